#!/usr/bin/env node
// Bundles that are committed to the repository because their users install
// nothing: the pre-commit hook (hooks/whatfor.mjs) and the GitHub Action
// (packages/action/bundle/main.mjs). `pnpm build` writes them from the working
// tree like every other bundle. `pnpm bundles` (this script with --from-head)
// writes them from the sources as committed at HEAD, which is what must be
// committed with them; `--check` (run by tests/pre-commit.test.ts) fails when
// the committed bundles are not what the committed sources build to.
import {execFileSync} from 'node:child_process'
import {chmodSync, readFileSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {build} from 'esbuild'

/** esbuild options for one committed bundle: the same bytes from any folder, on any machine. */
export function committedBundleOptions(root, bundle) {
  return {
    entryPoints: [path.join(root, bundle.entry)],
    outfile: path.join(root, bundle.outfile),
    absWorkingDir: root,
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    conditions: ['whatfor-source'],
    banner: {
      // Bundled CommonJS dependencies still call require().
      js: "import {createRequire as __whatforCreateRequire} from 'node:module'; const require = __whatforCreateRequire(import.meta.url);"
    },
    legalComments: 'none',
    logLevel: 'warning'
  }
}

const LOADERS = {
  '.ts': 'ts',
  '.mts': 'ts',
  '.js': 'js',
  '.mjs': 'js',
  '.cjs': 'js',
  '.json': 'json'
}

/** An esbuild plugin that reads the workspace's own files as committed at HEAD (dependencies come from node_modules). */
export function headSources(root) {
  return {
    name: 'head-sources',
    setup(pluginBuild) {
      pluginBuild.onLoad({filter: /.*/}, (args) => {
        const relative = path.relative(root, args.path)
        if (relative.startsWith('..') || relative.split(path.sep).includes('node_modules'))
          return undefined
        const loader = LOADERS[path.extname(args.path)]
        if (!loader) return undefined
        const contents = execFileSync(
          'git',
          ['show', `HEAD:${relative.split(path.sep).join('/')}`],
          {cwd: root, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024}
        )
        return {contents, loader, resolveDir: path.dirname(args.path)}
      })
    }
  }
}

/** The bytes of a committed bundle built from HEAD's sources. */
export async function bundleFromHead(root, bundle) {
  const result = await build({
    ...committedBundleOptions(root, bundle),
    write: false,
    plugins: [headSources(root)]
  })
  return result.outputFiles[0].contents
}

export function committedBundles(root) {
  return JSON.parse(readFileSync(path.join(root, 'scripts/bundles.json'), 'utf8')).filter(
    (bundle) => bundle.committed
  )
}

/** Whether each committed bundle at HEAD is what HEAD's sources build to. */
export async function staleAtHead(root) {
  const stale = []
  for (const bundle of committedBundles(root)) {
    let committed
    try {
      committed = execFileSync('git', ['show', `HEAD:${bundle.outfile}`], {
        cwd: root,
        maxBuffer: 64 * 1024 * 1024
      })
    } catch {
      stale.push(`${bundle.outfile} (not committed)`)
      continue
    }
    if (!Buffer.from(await bundleFromHead(root, bundle)).equals(committed))
      stale.push(bundle.outfile)
  }
  return stale
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
  if (process.argv.includes('--check')) {
    const stale = await staleAtHead(root)
    if (stale.length > 0) {
      console.error(
        `Committed bundles differ from a build of the committed sources: ${stale.join(', ')}\nRun \`pnpm bundles\` (node scripts/committed-bundles.mjs --from-head) and commit them.`
      )
      process.exitCode = 1
    }
  } else {
    const fromHead = process.argv.includes('--from-head')
    for (const bundle of committedBundles(root)) {
      const outfile = path.join(root, bundle.outfile)
      if (fromHead) writeFileSync(outfile, await bundleFromHead(root, bundle))
      else await build(committedBundleOptions(root, bundle))
      // A bundle with a hashbang line is a command (the hook): keep it executable.
      if (readFileSync(outfile, 'utf8').startsWith('#!')) chmodSync(outfile, 0o755)
      console.log(`wrote ${bundle.outfile}${fromHead ? ' from HEAD' : ''}`)
    }
  }
}
