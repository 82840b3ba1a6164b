#!/usr/bin/env node
// Builds the workspace: every package's TypeScript is transpiled to dist/
// (so each package works as plain ESM for people who use it as a library),
// and the command-line tool is bundled into one file for a fast cold start.
import {existsSync, readdirSync, readFileSync} from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {build} from 'esbuild'
import {buildWithCodeCache} from './build-code-cache.mjs'
import {committedBundleOptions, staleness} from './committed-bundles.mjs'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')

function sourcesOf(dir) {
  const out = []
  for (const entry of readdirSync(dir, {withFileTypes: true})) {
    const full = path.join(dir, entry.name)
    if (entry.isDirectory()) {
      if (['node_modules', 'dist', 'test', 'bin'].includes(entry.name)) continue
      out.push(...sourcesOf(full))
    } else if (
      entry.name.endsWith('.ts') &&
      !entry.name.endsWith('.d.ts') &&
      !entry.name.endsWith('.test.ts')
    ) {
      out.push(full)
    }
  }
  return out
}

const packages = ['packages', 'rules'].flatMap((group) =>
  readdirSync(path.join(root, group), {withFileTypes: true})
    .filter(
      (entry) =>
        entry.isDirectory() && existsSync(path.join(root, group, entry.name, 'package.json'))
    )
    .map((entry) => path.join(root, group, entry.name))
)

await Promise.all(
  packages.map(async (dir) => {
    const sourceRoot = existsSync(path.join(dir, 'src')) ? path.join(dir, 'src') : dir
    const entryPoints = sourcesOf(sourceRoot)
    if (entryPoints.length === 0) return
    await build({
      entryPoints,
      outdir: path.join(dir, 'dist'),
      outbase: sourceRoot,
      format: 'esm',
      platform: 'neutral',
      target: 'node20',
      logLevel: 'warning'
    })
  })
)

// One bundle per command: nothing to resolve at start-up, so `whatfor` starts fast.
const bundles = JSON.parse(readFileSync(path.join(root, 'scripts/bundles.json'), 'utf8'))
await Promise.all(
  bundles.map((bundle) =>
    // The hook and the Action ship as committed files: see committed-bundles.mjs.
    // Left alone while their record says their inputs have not changed.
    bundle.committed
      ? staleness(root, bundle) && build(committedBundleOptions(root, bundle))
      : bundle.codeCache
        ? buildWithCodeCache(root, bundle, {
            bundle: true,
            platform: 'node',
            target: 'node20',
            conditions: ['whatfor-source'],
            external: bundle.external ?? [],
            alias: bundle.alias ?? {},
            absWorkingDir: root,
            // WHATFOR_READABLE_BUILD=1 keeps names and layout, for CPU profiles.
            minify: !process.env.WHATFOR_READABLE_BUILD,
            legalComments: 'none',
            logLevel: 'warning'
          })
        : build({
            entryPoints: [path.join(root, bundle.entry)],
            outfile: path.join(root, bundle.outfile),
            // Paths in the bundle's comments are relative to this folder: the same
            // bytes from any working folder, which committed bundles rely on.
            absWorkingDir: root,
            bundle: true,
            format: bundle.format ?? 'esm',
            // `neutral`: the preset, which runs in Node and in browsers alike.
            platform: bundle.platform ?? 'node',
            ...(bundle.platform === 'neutral' ? {mainFields: ['module', 'main']} : {}),
            target: 'node20',
            conditions: ['whatfor-source'],
            external: bundle.external ?? [],
            // Module substitutions for one bundle, paths relative to the repository root.
            alias: bundle.alias ?? {},
            banner:
              bundle.format === 'cjs' || bundle.platform === 'neutral'
                ? {}
                : {
                    // Bundled CommonJS dependencies still call require().
                    js: "import {createRequire as __whatforCreateRequire} from 'node:module'; const require = __whatforCreateRequire(import.meta.url);"
                  },
            legalComments: 'none',
            logLevel: 'warning'
          })
  )
)
