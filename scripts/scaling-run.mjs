#!/usr/bin/env node
// One measurement of the scaling benchmark, in a fresh process so that its
// peak memory is its own: `node scripts/scaling-run.mjs FAMILY BYTES`.
// Warms the pipeline on a small document of the same family, then lints the
// document once and prints one JSON line: milliseconds, the peak resident
// memory of the process before and after the lint, and the message count.
// With --cli the built `whatfor` command is timed on the document instead;
// with --cpu-prof=FILE the lint alone is profiled (node:inspector) into FILE,
// for scripts/profile-summary.mjs.
import {spawnSync} from 'node:child_process'
import {mkdtempSync, rmSync, writeFileSync} from 'node:fs'
import {Session} from 'node:inspector/promises'
import os from 'node:os'
import path from 'node:path'
import {performance} from 'node:perf_hooks'
import {fileURLToPath} from 'node:url'
import {lintInProcess} from './bench-in-process.mjs'
import {loadTs} from './load-ts.mjs'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const [id, size] = process.argv.slice(2)
const {familyById} = await loadTs(
  "export * from './scripts/scaling-families.ts'",
  'scaling-families'
)
const family = familyById(id)
const text = family.text(Number(size))

if (process.argv.includes('--cli')) {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'whatfor-scaling-'))
  try {
    const file = path.join(dir, 'plan.md')
    writeFileSync(file, text)
    const start = performance.now()
    const result = spawnSync(
      process.execPath,
      [path.join(root, 'packages/cli/bin/whatfor.mjs'), '--report', 'json', file],
      {cwd: dir, stdio: ['ignore', 'ignore', 'pipe'], env: {...process.env, WHATFOR_WORKERS: '0'}}
    )
    const ms = performance.now() - start
    // Wall time only: the command's own memory is not visible from here.
    console.log(JSON.stringify({bytes: Buffer.byteLength(text), ms, status: result.status}))
  } finally {
    rmSync(dir, {recursive: true, force: true})
  }
} else {
  // The families measure the parser and the rules: the table-cell guard would
  // refuse the larger table sizes in milliseconds, which says nothing of how
  // the parse grows (the guard's own cost is in every other family).
  const lint = await lintInProcess({maxTableCells: Number.POSITIVE_INFINITY})
  for (let warm = 0; warm < 3; warm++) await lint(family.text(2048))
  globalThis.gc?.()
  const profileTo = process.argv.find((arg) => arg.startsWith('--cpu-prof='))?.slice(11)
  const session = profileTo ? new Session() : undefined
  if (session) {
    session.connect()
    await session.post('Profiler.enable')
    await session.post('Profiler.start')
  }
  const before = process.resourceUsage().maxRSS
  const start = performance.now()
  const cpuStart = process.cpuUsage()
  const messages = await lint(text)
  const ms = performance.now() - start
  const cpu = process.cpuUsage(cpuStart)
  if (session) {
    const {profile} = await session.post('Profiler.stop')
    writeFileSync(profileTo, JSON.stringify(profile))
    session.disconnect()
  }
  const after = process.resourceUsage().maxRSS
  console.log(
    JSON.stringify({
      bytes: Buffer.byteLength(text),
      ms,
      // Processor time: on a shared machine, the time spent waiting for a core is left out.
      cpuMs: (cpu.user + cpu.system) / 1000,
      peakRssKb: after,
      baseRssKb: before,
      messages: messages.length,
      crashed: messages.some((message) => message.ruleId === 'crash')
    })
  )
}
