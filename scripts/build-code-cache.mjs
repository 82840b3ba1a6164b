// A bundle that starts faster than a plain ESM bundle, for commands whose
// start-up is most of their run (`whatfor` in a pre-commit hook).
//
// Measured on Node 20 with the whatfor CLI (scripts/bench.mjs, (a)): of the
// time a plain 2 MB ESM bundle spends before the first file is linted, most is
// V8 compiling it, and Node 20 has no compile cache for ES modules
// (`module.enableCompileCache` is Node 22). A classic script does get one:
// `vm.Script` accepts `cachedData`. So the bundle is built in three parts:
//
//   <name>-<hash>.cjs          the command as one CommonJS script (the payload)
//   <name>-<hash>.cjs.v8cache  V8's code cache for it, made at build time by a
//                              warm-up run, so it holds the functions a lint uses
//   <name>.mjs                 a small loader: compiles the payload with the
//                              cache and runs it
//   <name>-lazy-<pkg>.cjs      dependencies only some runs need (YAML, plugins
//                              named by string), required on first use
//
// The payload's name carries its content hash because V8 checks a cache only
// against the length of the source, not its content: a stale cache must never
// meet a new payload. If V8 rejects the cache (another Node version) or it is
// missing, the loader compiles normally and writes a fresh one when it can.

import {spawnSync} from 'node:child_process'
import {createHash} from 'node:crypto'
import {readdirSync, rmSync, writeFileSync} from 'node:fs'
import {readFile} from 'node:fs/promises'
import path from 'node:path'
import {build} from 'esbuild'

/**
 * Build `bundle` (an entry of scripts/bundles.json with `"codeCache"`).
 * `bundle.lazy` maps a package (or a Node built-in) to the functions its
 * importers use (named exports, `default` for a default-exported function, or
 * `default.<method>` for a default-exported object): the first call loads it. `bundle.wrap` maps a package to a module whose `wrap`
 * function takes the package's default export and returns the one to use
 * instead (same results, faster). `bundle.codeCache.warmup` lists the
 * argument lists of the warm-up runs.
 */
export async function buildWithCodeCache(root, bundle, common) {
  const outfile = path.join(root, bundle.outfile)
  const outdir = path.dirname(outfile)
  const name = path.basename(outfile).replace(/\.m?js$/, '')
  const lazy = bundle.lazy ?? {}

  // Where each lazy package was imported from, to resolve it the same way.
  const importedFrom = new Map()
  const plugins = [
    lazyPlugin(name, lazy, importedFrom),
    wrapPlugin(root, bundle.wrap ?? {}),
    dynamicImportBridge()
  ]
  const payload = await build({
    ...common,
    entryPoints: [path.join(root, bundle.entry)],
    format: 'cjs',
    write: false,
    outfile: path.join(outdir, `${name}.cjs`),
    plugins
  })
  await Promise.all(
    Object.keys(lazy).map((pkg) =>
      build({
        ...common,
        stdin: {
          contents: `import * as namespace from ${JSON.stringify(pkg)}\nexport default namespace\n`,
          resolveDir: importedFrom.get(pkg) ?? path.dirname(path.join(root, bundle.entry)),
          loader: 'js'
        },
        outfile: path.join(outdir, lazyFile(name, pkg)),
        format: 'cjs'
      })
    )
  )

  const code = payload.outputFiles[0].contents
  const leftover = /(?<![\w$.])import\(/.exec(Buffer.from(code).toString('utf8'))
  if (leftover)
    throw new Error(
      `${bundle.entry}: a dynamic import() is left in the code-cached payload; route it through the bridge (dynamicImportBridge)`
    )
  const payloadName = `${name}-${createHash('sha256').update(code).digest('hex').slice(0, 12)}.cjs`
  for (const old of readdirSync(outdir)) {
    if (
      old.startsWith(`${name}-`) &&
      !old.startsWith(`${name}-lazy-`) &&
      /\.cjs(\.v8cache)?$/.test(old)
    )
      rmSync(path.join(outdir, old), {force: true})
  }
  writeFileSync(path.join(outdir, payloadName), code)
  writeFileSync(outfile, loaderSource(payloadName))

  // Warm-up: run the command once so the cache holds what a real run compiles.
  for (const args of bundle.codeCache.warmup ?? [['--version']]) {
    spawnSync(process.execPath, [outfile, ...args], {
      cwd: root,
      stdio: 'ignore',
      env: {...process.env, WHATFOR_WRITE_CODE_CACHE: '1'}
    })
  }
}

function lazyFile(name, pkg) {
  return `${name}-lazy-${pkg.replace(/[^a-z0-9]+/gi, '-')}.cjs`
}

/** Replace each lazy package by a module whose functions import it on first call. */
function lazyPlugin(name, lazy, importedFrom) {
  const filter = new RegExp(
    `^(${
      Object.keys(lazy)
        .map((pkg) => pkg.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&'))
        .join('|') || '(?!)'
    })$`
  )
  return {
    name: 'whatfor-lazy',
    setup(pluginBuild) {
      pluginBuild.onResolve({filter}, (args) => {
        if (!importedFrom.has(args.path)) importedFrom.set(args.path, args.resolveDir)
        return {path: args.path, namespace: 'whatfor-lazy'}
      })
      pluginBuild.onLoad({filter: /.*/, namespace: 'whatfor-lazy'}, (args) => {
        const pkg = args.path
        const lines = [
          'let loaded',
          `const load = () => (loaded ??= require(require('node:path').join(__dirname, ${JSON.stringify(lazyFile(name, pkg))})).default)`
        ]
        const defaults = []
        for (const exported of lazy[pkg]) {
          if (exported === 'default') {
            lines.push('export default (...args) => load().default(...args)')
          } else if (exported.startsWith('default.')) {
            const method = exported.slice('default.'.length)
            defaults.push(`${method}: (...args) => load().default.${method}(...args)`)
          } else {
            lines.push(`export const ${exported} = (...args) => load().${exported}(...args)`)
          }
        }
        if (defaults.length > 0) lines.push(`export default {${defaults.join(', ')}}`)
        return {contents: lines.join('\n'), loader: 'js', resolveDir: '.'}
      })
    }
  }
}

/** Replace the default export of each wrapped package by `wrap(original)` from its wrapper module. */
function wrapPlugin(root, wraps) {
  const filter = new RegExp(
    `^(${
      Object.keys(wraps)
        .map((pkg) => pkg.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&'))
        .join('|') || '(?!)'
    })$`
  )
  return {
    name: 'whatfor-wrap',
    setup(pluginBuild) {
      pluginBuild.onResolve({filter}, async (args) => {
        if (args.pluginData?.unwrapped) return undefined
        // Each importer keeps the version it resolves to.
        const real = await pluginBuild.resolve(args.path, {
          resolveDir: args.resolveDir,
          kind: args.kind,
          pluginData: {unwrapped: true}
        })
        if (real.errors.length > 0) return {errors: real.errors}
        return {
          path: real.path,
          namespace: 'whatfor-wrap',
          pluginData: {wrapper: path.join(root, wraps[args.path])}
        }
      })
      pluginBuild.onLoad({filter: /.*/, namespace: 'whatfor-wrap'}, (args) => ({
        contents: `import original from ${JSON.stringify(args.path)}\nimport {wrap} from ${JSON.stringify(args.pluginData.wrapper)}\nexport default wrap(original)\n`,
        loader: 'js',
        resolveDir: path.dirname(args.path)
      }))
    }
  }
}

// V8 on Node 20 drops a script's dynamic-import callback from functions it
// restores from a code cache: an `import()` in the payload then fails with
// "A dynamic import callback was not specified" (that is how `.whatforrc.js`
// and plugins given by path broke in the CLI alone). So every `import(x)` whose
// argument is computed (a literal one esbuild bundles) calls a function the
// loader, an ES module whose own import() always works, puts on globalThis.
const IMPORT_BRIDGE = "globalThis[Symbol.for('whatfor.import')]"
const DYNAMIC_IMPORT = /(?<![\w$.])import\((?=\s*[^\s'"`])/g

function dynamicImportBridge() {
  return {
    name: 'whatfor-dynamic-import-bridge',
    setup(pluginBuild) {
      pluginBuild.onLoad({filter: /\.[cm]?js$/}, async (args) => {
        if (!/[\\/]node_modules[\\/]/.test(args.path)) return undefined
        const source = await readFile(args.path, 'utf8')
        if (!source.includes('import(')) return undefined
        // In JSDoc (`import('x').Type`) the argument is a literal: left alone.
        const contents = source.replace(DYNAMIC_IMPORT, `${IMPORT_BRIDGE}(`)
        return contents === source ? undefined : {contents, loader: 'js'}
      })
    }
  }
}

function loaderSource(payloadName) {
  return `// Generated by scripts/build-code-cache.mjs: runs ${payloadName} with V8's code cache.
import {readFileSync, renameSync, writeFileSync} from 'node:fs'
import {createRequire} from 'node:module'
import {fileURLToPath} from 'node:url'
import path from 'node:path'
import vm from 'node:vm'
import {isMainThread} from 'node:worker_threads'

const file = fileURLToPath(new URL(${JSON.stringify(`./${payloadName}`)}, import.meta.url))
const require = createRequire(file)
// The payload's dynamic imports (config files, plugins by path) come here: see build-code-cache.mjs.
globalThis[Symbol.for('whatfor.import')] = (specifier) => import(specifier)
// Lets the payload import its lazy parts; without it (older Node 20), load it plainly.
const importer = vm.constants?.USE_MAIN_CONTEXT_DEFAULT_LOADER
if (importer === undefined || process.env.WHATFOR_NO_CODE_CACHE) {
  require(file)
} else {
  const cacheFile = file + '.v8cache'
  let cachedData
  try {
    cachedData = readFileSync(cacheFile)
  } catch {}
  const script = new vm.Script(
    '(function (exports, require, module, __filename, __dirname) {' + readFileSync(file, 'utf8') + '\\n})',
    {filename: file, cachedData, importModuleDynamically: importer}
  )
  // Only the main thread writes: lint workers run this loader too.
  if (isMainThread && (cachedData === undefined || script.cachedDataRejected || process.env.WHATFOR_WRITE_CODE_CACHE)) {
    // After the run, so the cache holds every function the run compiled.
    process.once('exit', () => {
      try {
        const temporary = cacheFile + '.' + process.pid
        writeFileSync(temporary, script.createCachedData())
        renameSync(temporary, cacheFile)
      } catch {}
    })
  }
  const module = {exports: {}}
  script.runInThisContext()(module.exports, require, module, file, path.dirname(file))
}
`
}
