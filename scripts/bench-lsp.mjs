#!/usr/bin/env node
// Re-lint latency of the language server over the protocol: a 50 KB plan is
// opened in the built server (spawned over stdio, as an editor does), then
// edited again and again, each time a different sentence typed in the middle.
// For each edit: the time from sending textDocument/didChange to receiving
// the diagnostics published for that version. Prints the median over the
// measured edits (a benchmark, not a timed test; the target is ≤ 50 ms).
//
//   node scripts/bench-lsp.mjs [--edits N] [--json]
//
// Needs `pnpm build` first (it runs the bundle the `whatfor-language-server`
// command and the VS Code extension ship).
import {spawn} from 'node:child_process'
import {existsSync, mkdtempSync, readdirSync, readFileSync, rmSync} from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {performance} from 'node:perf_hooks'
import {fileURLToPath, pathToFileURL} from 'node:url'
import incrementalParse from '@whatfor/incremental-parse'
import inputGuard from '@whatfor/input-guard'
import whatforParse from '@whatfor/parse'
import preset from '@whatfor/preset'
import remarkFrontmatter from 'remark-frontmatter'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import {unified} from 'unified'
import {VFile} from 'vfile'
import {
  createProtocolConnection,
  DidChangeTextDocumentNotification,
  DidOpenTextDocumentNotification,
  ExitNotification,
  InitializedNotification,
  InitializeRequest,
  PublishDiagnosticsNotification,
  ShutdownRequest,
  StreamMessageReader,
  StreamMessageWriter
} from 'vscode-languageserver-protocol/node'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const argv = process.argv.slice(2)
const wantJson = argv.includes('--json')
const editsIndex = argv.indexOf('--edits')
const measuredEdits = editsIndex === -1 ? 30 : Math.max(20, Number(argv[editsIndex + 1]))
const warmupEdits = 5
const targetBytes = 50 * 1024
const bundle = path.join(root, 'packages/language-server/dist/whatfor-language-server.mjs')

if (!existsSync(bundle)) {
  console.error('bench-lsp: the language server is not built; run `pnpm build` first')
  process.exit(2)
}

/** About 50 KB of real plans: the fixture plans, then corpus documents, joined. */
function fiftyKilobytePlan() {
  const folders = [path.join(root, 'fixtures/plans'), path.join(root, 'fixtures/corpus/docs')]
  const parts = []
  let size = 0
  for (const folder of folders) {
    if (!existsSync(folder)) continue
    for (const name of readdirSync(folder)
      .filter((file) => file.endsWith('.md'))
      .sort()) {
      const text = readFileSync(path.join(folder, name), 'utf8').replace(
        /^---\n[\s\S]*?\n---\n/,
        ''
      )
      parts.push(text.trim())
      size += Buffer.byteLength(text)
      if (size >= targetBytes) return parts.join('\n\n')
    }
  }
  return parts.join('\n\n')
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
}

const workspace = mkdtempSync(path.join(os.tmpdir(), 'whatfor-bench-lsp-'))
const server = spawn(
  process.execPath,
  [...(process.env.WHATFOR_BENCH_NODE_FLAGS ?? '').split(' ').filter(Boolean), bundle, '--stdio'],
  {cwd: workspace, stdio: ['pipe', 'pipe', 'inherit']}
)
const connection = createProtocolConnection(
  new StreamMessageReader(server.stdout),
  new StreamMessageWriter(server.stdin)
)
const waiting = new Map()
let lastCount = 0
connection.onNotification(PublishDiagnosticsNotification.type, (params) => {
  lastCount = params.diagnostics.length
  waiting.get(params.version)?.(performance.now())
})
connection.onRequest('workspace/configuration', (params) => params.items.map(() => ({})))
connection.onRequest('client/registerCapability', () => null)
connection.listen()

const rootUri = pathToFileURL(workspace).href
await connection.sendRequest(InitializeRequest.type, {
  processId: process.pid,
  rootUri,
  workspaceFolders: [{uri: rootUri, name: 'bench'}],
  capabilities: {workspace: {configuration: true}}
})
await connection.sendNotification(InitializedNotification.type, {})

const text = fiftyKilobytePlan()
const uri = pathToFileURL(path.join(workspace, 'plan.md')).href
const middle = text.indexOf('\n\n', Math.floor(text.length / 2))
let version = 1

function published(forVersion) {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`no diagnostics for version ${forVersion} within 30 s`)),
      30000
    )
    waiting.set(forVersion, (at) => {
      clearTimeout(timer)
      waiting.delete(forVersion)
      resolve(at)
    })
  })
}

const opened = published(version)
const openStart = performance.now()
await connection.sendNotification(DidOpenTextDocumentNotification.type, {
  textDocument: {uri, languageId: 'markdown', version, text}
})
const firstLint = (await opened) - openStart

const samples = []
let cpuBefore
for (let edit = 0; edit < warmupEdits + measuredEdits; edit++) {
  if (edit === warmupEdits) cpuBefore = cpuTimeOf(server.pid)
  version++
  // A different sentence each time, as typing would make (it also defeats any cache).
  const edited = `${text.slice(0, middle)}\n\nWe post on Instagram every day, round ${edit}.${text.slice(middle)}`
  const done = published(version)
  const start = performance.now()
  await connection.sendNotification(DidChangeTextDocumentNotification.type, {
    textDocument: {uri, version},
    contentChanges: [{text: edited}]
  })
  const elapsed = (await done) - start
  if (edit >= warmupEdits) samples.push(elapsed)
}
const cpuAfter = cpuTimeOf(server.pid)

// Typing: bursts of keystrokes 30 ms apart, not waiting for diagnostics in
// between. What counts is how long after the last keystroke its diagnostics
// arrive (the server lints only the newest text once a running lint ends).
const bursts = []
for (let burst = 0; burst < 5; burst++) {
  let done
  let start = 0
  for (let key = 0; key < 10; key++) {
    version++
    const typed = `${text.slice(0, middle)}\n\nWe post on Instagram every day, burst ${burst}${'!'.repeat(key + 1)}${text.slice(middle)}`
    if (key === 9) {
      done = published(version)
      start = performance.now()
    }
    await connection.sendNotification(DidChangeTextDocumentNotification.type, {
      textDocument: {uri, version},
      contentChanges: [{text: typed}]
    })
    if (key < 9) await new Promise((resolve) => setTimeout(resolve, 30))
  }
  bursts.push((await done) - start)
}

// The same edits linted in this process (no protocol, no engine), and bare
// Markdown parsing: what the figure above is made of, measured alongside it
// because a loaded machine moves all three together. The lint uses the
// server's parser (incremental: only the edited heading section is parsed
// again); the bare parse is of the whole document.
const lintProcessor = unified()
  .use(whatforParse)
  .use(incrementalParse)
  .use(inputGuard)
  .use(preset)
  .freeze()
const parseProcessor = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter).freeze()
const inProcess = []
const parseOnly = []
for (let edit = 0; edit < warmupEdits + measuredEdits; edit++) {
  const edited = `${text.slice(0, middle)}\n\nWe post on Instagram every day, in-process round ${edit}.${text.slice(middle)}`
  let start = performance.now()
  const file = new VFile({path: path.join(workspace, 'plan.md'), value: edited})
  await lintProcessor.run(lintProcessor.parse(file), file)
  const linted = performance.now() - start
  start = performance.now()
  parseProcessor.parse(edited)
  const parsed = performance.now() - start
  if (edit >= warmupEdits) {
    inProcess.push(linted)
    parseOnly.push(parsed)
  }
}

await connection.sendRequest(ShutdownRequest.type)
await connection.sendNotification(ExitNotification.type)
connection.dispose()
// Let the server exit on its own (it writes a --cpu-prof profile then), or stop it.
await new Promise((resolve) => {
  const timer = setTimeout(() => {
    server.kill()
    resolve()
  }, 3000)
  server.once('exit', () => {
    clearTimeout(timer)
    resolve()
  })
})
rmSync(workspace, {recursive: true, force: true})

const sorted = [...samples].sort((a, b) => a - b)
const result = {
  documentBytes: Buffer.byteLength(text),
  diagnostics: lastCount,
  firstLintMs: round(firstLint),
  edits: samples.length,
  warmupEdits,
  median: round(median(samples)),
  p90: round(sorted[Math.floor(sorted.length * 0.9)]),
  min: round(sorted[0]),
  max: round(sorted.at(-1)),
  targetMs: 50,
  typingBurstMedian: round(median(bursts)),
  // CPU time the server spent per measured edit (Linux, all its threads): on a
  // loaded machine wall time stretches with other work, CPU time much less.
  serverCpuPerEditMs:
    cpuBefore === undefined || cpuAfter === undefined
      ? null
      : round((cpuAfter - cpuBefore) / measuredEdits),
  inProcessLintMedian: round(median(inProcess)),
  parseOnlyMedian: round(median(parseOnly)),
  loadAverage: os.loadavg().map((value) => round(value)),
  cpus: os.cpus().length
}
console.log(
  `language server re-lint of a ${(result.documentBytes / 1024).toFixed(1)} KB plan after an edit (${result.diagnostics} diagnostics)`
)
console.log(`  first lint on open: ${result.firstLintMs} ms`)
console.log(
  `  ${result.edits} edits after ${warmupEdits} warm-up edits: median ${result.median} ms, p90 ${result.p90} ms, min ${result.min} ms, max ${result.max} ms`
)
console.log(
  `  typing (5 bursts of 10 keystrokes 30 ms apart): last keystroke to its diagnostics, median ${result.typingBurstMedian} ms`
)
if (result.serverCpuPerEditMs !== null)
  console.log(
    `  server CPU time per measured edit (all threads, GC included): ${result.serverCpuPerEditMs} ms`
  )
console.log(
  `  same edits in-process (incremental parse + rules, no protocol): median ${result.inProcessLintMedian} ms; whole-document Markdown parse: median ${result.parseOnlyMedian} ms`
)
console.log(
  `  server overhead over in-process: ${round(result.median - result.inProcessLintMedian)} ms; load average ${result.loadAverage.join(' ')} on ${result.cpus} CPUs`
)
console.log(`  target ≤ 50 ms median: ${result.median <= 50 ? 'met' : 'missed'}`)
if (wantJson) console.log(JSON.stringify(result))

/** User + system CPU milliseconds of a process, from /proc (undefined elsewhere). */
function cpuTimeOf(pid) {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ')
    // utime and stime are fields 14 and 15 of stat, in clock ticks (100 per second on Linux).
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100
  } catch {
    return undefined
  }
}

function round(value) {
  return Math.round(value * 10) / 10
}
