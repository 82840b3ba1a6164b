#!/usr/bin/env node
import {execFileSync} from 'node:child_process'
// Bundles that are committed to the repository because their users install
// nothing: the pre-commit hook (hooks/whatfor.mjs) and the GitHub Action
// (packages/action/bundle/main.mjs). Beside each one, `<bundle>.inputs.json`
// records a content hash of every file it is made from (see inputsOf), and of
// the bundle itself.
//
// `pnpm bundles` (this script with --from-head) writes the bundles and their
// records from the sources as committed at HEAD, which is what must be
// committed with them, and leaves a bundle alone when its recorded inputs have
// not changed: a README or test edit needs no rebuild commit. `--check` (run
// by tests/committed-bundles.test.ts) fails when a bundle's inputs in the
// working tree are not the ones it was built from. `pnpm build` writes the
// bundles from the working tree like every other bundle, unless their record
// says they are current (scripts/build.mjs), and never writes a record.
import {createHash} from 'node:crypto'
import {chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync} from 'node:fs'
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
    // Module substitutions for one bundle, paths relative to the repository root.
    alias: bundle.alias ?? {},
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

/** Whether a path (relative to the repository root) is the workspace's own, not a dependency's. */
function isOwn(relative) {
  return !relative.startsWith('..') && !relative.split(/[\\/]/).includes('node_modules')
}

function gitShow(root, relative) {
  return execFileSync('git', ['show', `HEAD:${relative.split(path.sep).join('/')}`], {
    cwd: root,
    maxBuffer: 64 * 1024 * 1024
  })
}

/** An esbuild plugin that reads the workspace's own files as committed at HEAD (dependencies come from node_modules). */
export function headSources(root) {
  return {
    name: 'head-sources',
    setup(pluginBuild) {
      pluginBuild.onLoad({filter: /.*/}, (args) => {
        const relative = path.relative(root, args.path)
        if (!isOwn(relative)) return undefined
        const loader = LOADERS[path.extname(args.path)]
        if (!loader) return undefined
        const contents = gitShow(root, relative).toString('utf8')
        return {contents, loader, resolveDir: path.dirname(args.path)}
      })
    }
  }
}

export function committedBundles(root) {
  return JSON.parse(readFileSync(path.join(root, 'scripts/bundles.json'), 'utf8')).filter(
    (bundle) => bundle.committed
  )
}

/** Where a bundle's record of its inputs lives: beside it. */
export function recordFile(bundle) {
  return `${bundle.outfile}.inputs.json`
}

// What decides a bundle besides its own sources: the dependencies it bundles
// (their versions and patches are in the lockfile), the compiler settings
// esbuild reads, and how it is built (the options above, its bundles.json entry).
const SETTINGS = ['pnpm-lock.yaml', 'tsconfig.json', 'scripts/committed-bundles.mjs']
// The bundle's own entry of scripts/bundles.json, not the whole file (the other bundles' entries do not count).
const ENTRY = 'scripts/bundles.json#'

/**
 * The files a bundle is made from, relative to the repository root: the
 * workspace sources esbuild read (its metafile), the package.json of each
 * workspace package they belong to (its exports decide what resolves), and
 * SETTINGS. A file newly imported shows up as a change to the file importing
 * it, so the list recorded at build time is enough to check against.
 */
function inputsOf(root, metafile, bundle) {
  const sources = Object.keys(metafile.inputs).filter(isOwn)
  const manifests = new Set()
  for (const source of sources) {
    for (let dir = path.dirname(source); dir !== '.' && dir !== ''; dir = path.dirname(dir)) {
      if (existsSync(path.join(root, dir, 'package.json'))) {
        manifests.add(path.join(dir, 'package.json'))
        break
      }
    }
  }
  return [...sources, ...manifests, ...SETTINGS, `${ENTRY}${bundle.outfile}`].sort()
}

function sha256(bytes) {
  return createHash('sha256').update(bytes).digest('hex')
}

/** The bytes of an input as committed at HEAD or as in the working tree; undefined when it is gone. */
function readInput(root, bundle, input, fromHead) {
  try {
    if (input.startsWith(ENTRY)) {
      const bundles = JSON.parse(
        fromHead
          ? gitShow(root, 'scripts/bundles.json')
          : readFileSync(path.join(root, 'scripts/bundles.json'))
      )
      const entry = bundles.find((candidate) => candidate.outfile === bundle.outfile)
      return entry ? Buffer.from(JSON.stringify(entry)) : undefined
    }
    return fromHead ? gitShow(root, input) : readFileSync(path.join(root, input))
  } catch {
    return undefined
  }
}

function hashInputs(root, bundle, inputs, fromHead) {
  const files = {}
  for (const input of inputs) {
    const bytes = readInput(root, bundle, input, fromHead)
    files[input] = bytes === undefined ? 'missing' : sha256(bytes)
  }
  return files
}

/** One hash for all inputs: their names and contents, in order. */
function combined(files) {
  return sha256(
    Object.entries(files)
      .map(([name, hash]) => `${name}\0${hash}\n`)
      .join('')
  )
}

function readRecord(root, bundle) {
  try {
    return JSON.parse(readFileSync(path.join(root, recordFile(bundle)), 'utf8'))
  } catch {
    return undefined
  }
}

/**
 * Why a committed bundle is not what its recorded inputs build to, or
 * undefined when it is: no record, a bundle changed by hand, or inputs
 * (as committed at HEAD, or in the working tree) changed since it was built.
 */
export function staleness(root, bundle, {fromHead = false} = {}) {
  const record = readRecord(root, bundle)
  if (!record) return `${recordFile(bundle)} is missing`
  let bundleBytes
  try {
    bundleBytes = readFileSync(path.join(root, bundle.outfile))
  } catch {
    return `${bundle.outfile} is missing`
  }
  if (sha256(bundleBytes) !== record.bundle)
    return `${bundle.outfile} is not the bundle its record was written for`
  const files = hashInputs(root, bundle, Object.keys(record.inputs), fromHead)
  if (combined(files) === record.sha256) return undefined
  const changed = Object.keys(files).filter((input) => files[input] !== record.inputs[input])
  const shown =
    changed.slice(0, 5).join(', ') + (changed.length > 5 ? `, and ${changed.length - 5} more` : '')
  return `${bundle.outfile} was built from other inputs than these: ${shown} changed`
}

/** Build a bundle from HEAD's sources and record what it was built from. */
export async function writeFromHead(root, bundle) {
  const result = await build({
    ...committedBundleOptions(root, bundle),
    write: false,
    metafile: true,
    plugins: [headSources(root)]
  })
  const bytes = result.outputFiles[0].contents
  const files = hashInputs(root, bundle, inputsOf(root, result.metafile, bundle), true)
  if (Object.values(files).includes('missing'))
    throw new Error(`${bundle.outfile}: an input is not committed at HEAD`)
  const outfile = path.join(root, bundle.outfile)
  mkdirSync(path.dirname(outfile), {recursive: true})
  writeFileSync(outfile, bytes)
  // A bundle with a hashbang line is a command (the hook): keep it executable.
  if (Buffer.from(bytes.subarray(0, 2)).toString() === '#!') chmodSync(outfile, 0o755)
  const record = {bundle: sha256(bytes), sha256: combined(files), inputs: files}
  writeFileSync(path.join(root, recordFile(bundle)), `${JSON.stringify(record, null, 2)}\n`)
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  // `--root DIR`: another checkout to act on (the tests use a scratch repository).
  const rootArgument = process.argv.indexOf('--root')
  const root =
    rootArgument === -1
      ? path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
      : path.resolve(process.argv[rootArgument + 1] ?? '.')
  if (process.argv.includes('--check')) {
    const stale = committedBundles(root)
      .map((bundle) => staleness(root, bundle))
      .filter((reason) => reason !== undefined)
    if (stale.length > 0) {
      console.error(
        `${stale.join('\n')}\nRun \`pnpm bundles\` and commit the bundles with their .inputs.json records.`
      )
      process.exitCode = 1
    }
  } else if (process.argv.includes('--from-head')) {
    for (const bundle of committedBundles(root)) {
      if (!staleness(root, bundle, {fromHead: true})) {
        console.log(`${bundle.outfile}: its inputs at HEAD are the ones it was built from`)
        continue
      }
      await writeFromHead(root, bundle)
      console.log(`wrote ${bundle.outfile} and ${recordFile(bundle)} from HEAD`)
    }
  } else {
    console.error('usage: committed-bundles.mjs --from-head | --check [--root DIR]')
    process.exitCode = 2
  }
}
