// Builds the page into plain static files: index.html, app.css and app.js.
// app.js carries the lint worker's script as a string and starts the worker
// from a Blob URL, so the page needs nothing but these three files: no
// server-side code, no request after load, and it opens from disk too.
import {mkdir, readFile, rm, writeFile} from 'node:fs/promises'
import path from 'node:path'
import {fileURLToPath, pathToFileURL} from 'node:url'
import {build} from 'esbuild'

const here = path.dirname(fileURLToPath(import.meta.url))
export const webRoot = path.resolve(here, '..')
export const defaultOutdir = path.join(webRoot, 'site')

const common = {
  bundle: true,
  write: false,
  platform: 'browser',
  format: 'iife',
  target: ['chrome109', 'firefox115', 'safari16'],
  // Workspace packages from their TypeScript sources, as the tests use them.
  conditions: ['whatfor-source'],
  minify: true,
  legalComments: 'none',
  logLevel: 'warning',
  absWorkingDir: webRoot
}

/** Build the page into `outdir`; resolves to the files written, with their sizes. */
export async function buildSite(outdir = defaultOutdir) {
  const worker = await build({
    ...common,
    entryPoints: [path.join(webRoot, 'src/worker.ts')],
    // A worker has no DOM: packages that decode HTML entities with one in a
    // browser page have a `worker` build that does without.
    conditions: [...common.conditions, 'worker']
  })
  const workerSource = worker.outputFiles[0].text
  const app = await build({
    ...common,
    entryPoints: [path.join(webRoot, 'src/main.ts')],
    plugins: [
      {
        name: 'whatfor-worker-source',
        setup(pluginBuild) {
          pluginBuild.onResolve({filter: /^whatfor:worker-source$/}, (args) => ({
            path: args.path,
            namespace: 'whatfor-worker-source'
          }))
          pluginBuild.onLoad({filter: /.*/, namespace: 'whatfor-worker-source'}, () => ({
            contents: `export default ${JSON.stringify(workerSource)}`,
            loader: 'js'
          }))
        }
      }
    ]
  })
  const css = await build({
    ...common,
    entryPoints: [path.join(webRoot, 'src/app.css')],
    format: undefined
  })
  const html = await readFile(path.join(webRoot, 'src/index.html'), 'utf8')

  await rm(outdir, {recursive: true, force: true})
  await mkdir(outdir, {recursive: true})
  const files = {
    'index.html': html,
    'app.css': css.outputFiles[0].text,
    'app.js': app.outputFiles[0].text
  }
  for (const [name, text] of Object.entries(files)) await writeFile(path.join(outdir, name), text)
  return Object.entries(files).map(([name, text]) => ({name, bytes: Buffer.byteLength(text)}))
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const outdir = process.argv[2] ? path.resolve(process.argv[2]) : defaultOutdir
  const files = await buildSite(outdir)
  for (const file of files)
    console.log(`${file.name.padEnd(12)} ${(file.bytes / 1024).toFixed(1)} KB`)
  console.log(`Built the page in ${path.relative(process.cwd(), outdir) || '.'}`)
}
