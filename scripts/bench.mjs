#!/usr/bin/env node
// `pnpm bench`: whatfor side by side with alex (the unified/retext prose
// linter) and remark-cli with remark-preset-lint-recommended, on the same
// inputs in one run. Prints medians over repeated runs and ratios; it asserts
// nothing (a benchmark, not a timed test) but marks each target met or missed.
//
//   (a) one small plan linted by a cold process — what a pre-commit hook pays
//   (b) a ≥ 3 MB corpus generated from fixtures — what CI pays — with bare
//       Markdown parsing (mdast-util-from-markdown alone, one process) as the floor
//   (c) one document at 1×, 10× and 100× size, and a 5 MB document
//   (d) the language server's re-lint of a 50 KB document after an edit
//
// Every tool is called directly with node (no pnpm, no npx in between).
// Options: --quick (fewer repetitions), --only=a,b,c,d, --json (machine-readable
// result on stdout after the table). `--scaling` runs the scaling benchmark
// instead (scripts/bench-scaling.mjs, which lists its own options).
import {spawnSync} from 'node:child_process'
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync
} from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {performance} from 'node:perf_hooks'
import {fileURLToPath, pathToFileURL} from 'node:url'
import {table} from './markdown-table.mjs'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const argv = process.argv.slice(2)
const quick = argv.includes('--quick')
const only = new Set(
  (argv.find((arg) => arg.startsWith('--only='))?.slice(7) ?? 'a,b,c,d').split(',')
)
const wantJson = argv.includes('--json')

const node = process.execPath
const bins = {
  whatfor: path.join(root, 'packages/cli/bin/whatfor.mjs'),
  alex: path.join(root, 'node_modules/alex/cli.js'),
  remark: path.join(root, 'node_modules/remark-cli/cli.js')
}
const remarkPreset = path.join(root, 'node_modules/remark-preset-lint-recommended/index.js')

/** The command line of each tool for some inputs. */
const tools = {
  whatfor: (inputs) => [bins.whatfor, ...inputs],
  alex: (inputs) => [bins.alex, ...inputs],
  'remark-cli': (inputs) => [
    bins.remark,
    '--no-config',
    '--no-ignore',
    '--use',
    remarkPreset,
    '--quiet',
    ...inputs
  ]
}

// ---------------------------------------------------------------- helpers

function median(values) {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
}

/** Wall time of one process, in milliseconds; fails loudly when the tool crashed. */
function timeProcess(args, cwd, env = {}) {
  const start = performance.now()
  const result = spawnSync(node, args, {
    cwd,
    stdio: ['ignore', 'ignore', 'pipe'],
    env: {...process.env, ...env},
    maxBuffer: 256 * 1024 * 1024
  })
  const elapsed = performance.now() - start
  // 0 clean, 1 messages found: both are a completed lint.
  if (result.status !== 0 && result.status !== 1) {
    throw new Error(
      `\`node ${args.map((arg) => path.relative(root, arg) || arg).join(' ')}\` exited ${result.status}: ${String(result.stderr).slice(0, 400)}`
    )
  }
  return {elapsed, stderr: String(result.stderr)}
}

/**
 * Time several commands over the same input, interleaved (A B C, A B C, …) so
 * that load from other processes on the machine falls on all of them alike.
 */
function race(commands, repetitions, cwd, {warm = true} = {}) {
  const times = Object.fromEntries(Object.keys(commands).map((name) => [name, []]))
  // A command is its arguments, or {args, env, before}: `before` runs untimed first.
  const parts = (command) => (Array.isArray(command) ? {args: command} : command)
  // An untimed first run warms the file system cache (and fills --cache).
  if (warm)
    for (const command of Object.values(commands))
      timeProcess(parts(command).args, cwd, parts(command).env)
  for (let round = 0; round < repetitions; round++) {
    for (const [name, command] of Object.entries(commands)) {
      const {args, env, before} = parts(command)
      before?.()
      times[name].push(timeProcess(args, cwd, env).elapsed)
    }
  }
  return Object.fromEntries(Object.entries(times).map(([name, values]) => [name, median(values)]))
}

const ms = (value) =>
  value >= 10000 ? `${(value / 1000).toFixed(1)} s` : `${value.toFixed(value < 100 ? 1 : 0)} ms`
const ratio = (a, b) => `${(a / b).toFixed(2)}×`
const mark = (ok) => (ok ? 'met' : 'MISSED')
const kb = (bytes) =>
  bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.round(bytes / 1024)} KB`

// ---------------------------------------------------------------- inputs

/** Fixture plans in a fixed order: the material every generated input is made of. */
function fixturePlans() {
  const dir = path.join(root, 'fixtures/corpus/docs')
  return readdirSync(dir)
    .filter((name) => name.endsWith('.md'))
    .sort()
    .map((name) => ({name, text: readFileSync(path.join(dir, name), 'utf8')}))
}

/** Copies of the fixture plans in numbered folders until the corpus passes `minBytes`. */
function writeCorpus(dir, plans, minBytes) {
  let bytes = 0
  let files = 0
  for (let copy = 0; bytes < minBytes; copy++) {
    const folder = path.join(dir, `part-${String(copy).padStart(2, '0')}`)
    mkdirSync(folder, {recursive: true})
    for (const plan of plans) {
      writeFileSync(path.join(folder, plan.name), plan.text)
      bytes += Buffer.byteLength(plan.text)
      files++
    }
  }
  return {bytes, files}
}

/** The first plans, joined, until the text passes `minBytes`. */
function documentOf(plans, minBytes) {
  const parts = []
  let bytes = 0
  for (let index = 0; bytes < minBytes; index++) {
    const text = plans[index % plans.length].text
    parts.push(text)
    bytes += Buffer.byteLength(text) + 2
  }
  return parts.join('\n\n')
}

// ---------------------------------------------------------------- run

console.error('building whatfor (node scripts/build.mjs) …')
const build = spawnSync(node, [path.join(root, 'scripts/build.mjs')], {cwd: root, stdio: 'inherit'})
if (build.status !== 0) process.exit(build.status ?? 1)
for (const [name, bin] of Object.entries(bins))
  if (!existsSync(bin)) throw new Error(`${name} is not installed at ${bin}; run pnpm install`)

if (argv.includes('--scaling')) {
  const {benchScaling} = await import(
    pathToFileURL(path.join(root, 'scripts/bench-scaling.mjs')).href
  )
  const results = await benchScaling(argv)
  if (wantJson) console.log(JSON.stringify(results))
  process.exit(0)
}

const work = mkdtempSync(path.join(os.tmpdir(), 'whatfor-bench-'))
process.on('exit', () => rmSync(work, {recursive: true, force: true}))
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => process.exit(130))
const plans = fixturePlans()
const results = {
  machine: `${os.cpus()[0]?.model.trim() ?? 'unknown CPU'}, ${os.cpus().length} cores, ${Math.round(os.totalmem() / 2 ** 30)} GB, ${os.type()} ${os.release()}`,
  node: process.version,
  date: new Date().toISOString().slice(0, 10),
  loadBefore: os
    .loadavg()
    .map((value) => value.toFixed(2))
    .join(' ')
}
const out = []
const say = (text = '') => {
  out.push(text)
  console.log(text)
}
say(`whatfor benchmark — ${results.date}, ${results.machine}, node ${results.node}`)
say(`load average at start: ${results.loadBefore}${quick ? ' (quick run: fewer repetitions)' : ''}`)
say()

// (a) Cold process, one small plan.
if (only.has('a')) {
  const plan = path.join(root, 'fixtures/plans/good-bakery-cooperative.md')
  const repetitions = quick ? 7 : 21
  const times = race(
    {
      'node -e 0': ['-e', '0'],
      ...Object.fromEntries(Object.entries(tools).map(([name, args]) => [name, args([plan])]))
    },
    repetitions,
    work
  )
  results.a = times
  say(`(a) one small plan (${kb(statSync(plan).size)}), cold process; median of ${repetitions}`)
  say(
    table(
      ['tool', 'median', 'vs alex', 'vs remark-cli'],
      Object.entries(times).map(([name, value]) => [
        name,
        ms(value),
        ratio(value, times.alex),
        ratio(value, times['remark-cli'])
      ])
    )
  )
  const toAlex = times.whatfor / times.alex
  const toRemark = times.whatfor / times['remark-cli']
  say(
    `targets: ≤ 0.25× alex ${mark(toAlex <= 0.25)} (${toAlex.toFixed(2)}×; stretch ≤ 0.15× ${mark(toAlex <= 0.15)}), ≤ 0.5× remark-cli ${mark(toRemark <= 0.5)} (${toRemark.toFixed(2)}×)`
  )
  say()
}

// (b) A corpus of at least 3 MB.
if (only.has('b')) {
  const dir = path.join(work, 'corpus')
  const {bytes, files} = writeCorpus(dir, plans, 3 * 1024 * 1024)
  const floor = path.join(root, 'scripts/bench-parse-floor.mjs')
  const repetitions = quick ? 3 : 5
  const cacheDir = path.join(work, 'cache')
  const commands = {
    'bare parse (mdast-util-from-markdown)': [floor, dir],
    // What a linter that reads GFM tables and front matter must parse anyway.
    'parse + GFM + front matter (remark-gfm)': [floor, dir, '--gfm'],
    "parse + GFM + front matter (whatfor's parser)": [floor, dir, '--whatfor'],
    ...Object.fromEntries(Object.entries(tools).map(([name, args]) => [name, args([dir])])),
    // The same lint on one thread, to show what the worker threads bring.
    'whatfor, one thread': {args: tools.whatfor([dir]), env: {WHATFOR_WORKERS: '0'}},
    // A re-run over unchanged files with --cache (the cache is filled by the warm-up run).
    'whatfor --cache, unchanged files': {
      args: [...tools.whatfor([dir]), '--cache-location', cacheDir]
    }
  }
  const times = race(commands, repetitions, work)
  results.b = {bytes, files, times}
  const floorTime = times['bare parse (mdast-util-from-markdown)']
  say(`(b) corpus: ${files} files, ${kb(bytes)}, one process per tool; median of ${repetitions}`)
  say(
    table(
      ['tool', 'median', 'vs alex', 'vs remark-cli', 'vs bare parse'],
      Object.entries(times).map(([name, value]) => [
        name,
        ms(value),
        ratio(value, times.alex),
        ratio(value, times['remark-cli']),
        ratio(value, floorTime)
      ])
    )
  )
  const toAlex = times.whatfor / times.alex
  const toFloor = times.whatfor / floorTime
  const cached = times['whatfor --cache, unchanged files'] / times.whatfor
  say(
    `targets: ≤ 0.2× alex ${mark(toAlex <= 0.2)} (${toAlex.toFixed(2)}×), ≤ 1.5× bare parse ${mark(toFloor <= 1.5)} (${toFloor.toFixed(2)}×)`
  )
  const gfmParse = times["parse + GFM + front matter (whatfor's parser)"]
  say(
    `of which parsing GFM and front matter: ${ratio(gfmParse, floorTime)} the bare parse with whatfor's parser (${ratio(times['parse + GFM + front matter (remark-gfm)'], floorTime)} with remark-gfm); linting on top of that parse: ${ratio(times.whatfor, gfmParse)}`
  )
  say(
    `worker threads: ${ratio(times.whatfor, times['whatfor, one thread'])} the one-thread time; --cache re-run: ${(cached * 100).toFixed(0)}% of a full run (target ≤ 10%: ${mark(cached <= 0.1)})`
  )
  say()
}

// (c) Scaling: one document at 1×, 10× and 100×, and a 5 MB document.
const IN_PROCESS_ROUNDS = quick ? 5 : 9
const IN_PROCESS_ROUNDS_AT_100 = quick ? 3 : 5
if (only.has('c')) {
  const base = documentOf(plans, 10 * 1024)
  const sizes = [1, 10, 100]
  const documents = sizes.map((factor) => {
    const file = path.join(work, `scaled-${factor}x.md`)
    writeFileSync(file, Array.from({length: factor}, () => base).join('\n\n'))
    return {factor, file, bytes: statSync(file).size}
  })
  const repetitions = quick ? 3 : 5
  const rows = []
  results.c = {processes: {}, inProcess: {}}
  for (const document of documents) {
    const big = document.factor === 100
    const times = race(
      Object.fromEntries(
        Object.entries(tools).map(([name, args]) => [name, args([document.file])])
      ),
      big ? 3 : repetitions,
      work,
      {warm: !big}
    )
    results.c.processes[document.factor] = times
  }
  // The cost of the lint itself, without process start: the same pipeline in this process.
  const {lintInProcess} = await import(
    pathToFileURL(path.join(root, 'scripts/bench-in-process.mjs')).href
  )
  const texts = documents.map((document) => readFileSync(document.file, 'utf8'))
  const {fromMarkdown} = await import('mdast-util-from-markdown')
  const lint = await lintInProcess()
  for (let warm = 0; warm < 3; warm++) {
    await lint(texts[0])
    fromMarkdown(texts[0])
  }
  results.c.parse = {}
  // Round-robin over the sizes, so that load from other processes falls on all
  // of them alike: the ratios are what the target is about.
  const samples = documents.map(() => [])
  const parses = documents.map(() => [])
  for (let round = 0; round < IN_PROCESS_ROUNDS; round++) {
    for (const [index, document] of documents.entries()) {
      if (document.factor === 100 && round >= IN_PROCESS_ROUNDS_AT_100) continue
      let start = performance.now()
      await lint(texts[index])
      samples[index].push(performance.now() - start)
      start = performance.now()
      fromMarkdown(texts[index])
      parses[index].push(performance.now() - start)
    }
  }
  for (const [index, document] of documents.entries()) {
    results.c.inProcess[document.factor] = median(samples[index])
    results.c.parse[document.factor] = median(parses[index])
  }
  for (const document of documents) {
    const times = results.c.processes[document.factor]
    rows.push([
      `${document.factor}× (${kb(document.bytes)})`,
      ms(results.c.parse[document.factor]),
      ms(results.c.inProcess[document.factor]),
      ms(times.whatfor),
      ms(times.alex),
      ms(times['remark-cli']),
      ratio(times.whatfor, times.alex),
      ratio(times.whatfor, times['remark-cli'])
    ])
  }
  const big = path.join(work, 'five-megabytes.md')
  writeFileSync(big, documentOf(plans, 5 * 1024 * 1024))
  const bigRun = timeProcess(tools.whatfor([big]), work)
  results.c.fiveMegabytes = {bytes: statSync(big).size, elapsed: bigRun.elapsed}
  say(
    `(c) scaling: one document; bare parse and whatfor lint in this process (median of ${IN_PROCESS_ROUNDS}, ${IN_PROCESS_ROUNDS_AT_100} at 100×, sizes taken in turn), each tool as a process (median of ${repetitions})`
  )
  say(
    table(
      [
        'size',
        'bare parse',
        'whatfor lint',
        'whatfor',
        'alex',
        'remark-cli',
        'whatfor vs alex',
        'vs remark-cli'
      ],
      rows
    )
  )
  const tenfold = results.c.inProcess[10] / results.c.inProcess[1]
  const hundredfold = results.c.inProcess[100] / results.c.inProcess[10]
  say(
    `10× size costs ${tenfold.toFixed(1)}× time (1×→10×) and ${hundredfold.toFixed(1)}× (10×→100×); target ≤ 11×: ${mark(tenfold <= 11 && hundredfold <= 11)}`
  )
  say(
    `bare parse alone: ${(results.c.parse[10] / results.c.parse[1]).toFixed(1)}× and ${(results.c.parse[100] / results.c.parse[10]).toFixed(1)}×; whatfor lint minus parse: ${((results.c.inProcess[10] - results.c.parse[10]) / (results.c.inProcess[1] - results.c.parse[1])).toFixed(1)}× and ${((results.c.inProcess[100] - results.c.parse[100]) / (results.c.inProcess[10] - results.c.parse[10])).toFixed(1)}×`
  )
  say(
    `a ${kb(results.c.fiveMegabytes.bytes)} document: whatfor finished in ${ms(bigRun.elapsed)} (one process)`
  )
  say()
}

// (d) The language server's re-lint of a 50 KB document after an edit.
if (only.has('d')) {
  const lspBench = path.join(root, 'scripts/bench-lsp.mjs')
  let measured
  if (existsSync(lspBench)) {
    const run = spawnSync(node, [lspBench, '--json'], {
      cwd: root,
      encoding: 'utf8',
      timeout: 300000
    })
    const median = parseLspMedian(run.stdout)
    if (run.status === 0 && median !== undefined)
      measured = {kind: 'language server (scripts/bench-lsp.mjs)', median}
    else
      say(
        `scripts/bench-lsp.mjs did not give a median (exit ${run.status}); measuring the in-process re-lint instead`
      )
  }
  if (!measured) {
    const {lintInProcess} = await import(
      pathToFileURL(path.join(root, 'scripts/bench-in-process.mjs')).href
    )
    const lint = await lintInProcess()
    const text = documentOf(plans, 50 * 1024)
    const middle = text.indexOf('\n\n', Math.floor(text.length / 2))
    for (let warm = 0; warm < 5; warm++) await lint(text)
    const samples = []
    for (let edit = 0; edit < 30; edit++) {
      // Each round a different edit, as typing would make.
      const edited = `${text.slice(0, middle)}\n\nWe post on Instagram every day ${edit}.${text.slice(middle)}`
      const start = performance.now()
      await lint(edited)
      samples.push(performance.now() - start)
    }
    measured = {
      kind: 'in-process re-lint (processor.process on the edited text, the pipeline the server runs)',
      median: median(samples)
    }
  }
  results.d = measured
  say(
    `(d) re-lint of a 50 KB document after an edit: ${ms(measured.median)} median — ${measured.kind}; target ≤ 50 ms: ${mark(measured.median <= 50)}`
  )
  say()
}

results.loadAfter = os
  .loadavg()
  .map((value) => value.toFixed(2))
  .join(' ')
say(`load average at end: ${results.loadAfter}`)
if (wantJson) console.log(JSON.stringify(results))

/** The language-server benchmark's median, from the JSON line `--json` makes it print. */
function parseLspMedian(stdout) {
  for (const line of String(stdout).split('\n').reverse()) {
    try {
      const value = JSON.parse(line)
      const found = value?.median ?? value?.medianMs ?? value?.relint?.median
      if (typeof found === 'number') return found
    } catch {}
  }
  return undefined
}
