// Load a TypeScript module of the workspace from a plain node script: bundle it
// with esbuild (workspace packages from their sources) into node_modules/.cache
// and import the result. Scripts stay one command with no TS runtime to install.
import {mkdirSync} from 'node:fs'
import path from 'node:path'
import {fileURLToPath, pathToFileURL} from 'node:url'
import {build} from 'esbuild'

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')

export async function loadTs(contents, name) {
  const outdir = path.join(root, 'node_modules/.cache/whatfor-scripts')
  mkdirSync(outdir, {recursive: true})
  const outfile = path.join(outdir, `${name}.mjs`)
  await build({
    stdin: {contents, resolveDir: root, loader: 'ts'},
    outfile,
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    conditions: ['whatfor-source'],
    banner: {
      js: "import {createRequire as __whatforRequire} from 'node:module'; const require = __whatforRequire(import.meta.url);"
    },
    logLevel: 'warning'
  })
  return import(`${pathToFileURL(outfile).href}?t=${Date.now()}`)
}
