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

/**
 * The plan model from this tree's sources, with a parser that reads a plan as
 * the preset does (whatfor's parser, front matter, GFM where used): what the
 * scripts that measure or compare `analyse()` run.
 */
export function loadPlanModel(name) {
  return loadTs(
    [
      "import {unified} from 'unified'",
      "import remarkFrontmatter from 'remark-frontmatter'",
      "import {whatforParse, gfmWhereUsed} from './packages/parse/src/index.ts'",
      "export {analyse} from './packages/plan-model/src/index.ts'",
      'const processor = unified().use(whatforParse).use(remarkFrontmatter).use(gfmWhereUsed)',
      'export const parse = (text) => processor.parse(text)'
    ].join('\n'),
    name
  )
}
