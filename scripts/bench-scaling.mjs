// `pnpm bench --scaling`: each family of scripts/scaling-families.mjs at 1×,
// 2×, 4× and 8× its base size, linted by the whole pipeline in a fresh process
// per size (scripts/scaling-run.mjs), so the peak memory is that size's own.
// Prints processor time (what the lint costs, without the time spent waiting
// for a core on a shared machine), wall time, peak resident memory and the
// growth of processor time per doubling; linear input gives 2× per doubling,
// the target is at most 2.5×.
//
// Options: --families=id,id  --scale=N (base sizes × N)  --factors=1,2,4,8
// --timeout=SECONDS (per size; a size past it is reported as such and the
// family's larger sizes are skipped)  --cli (also time the built `whatfor`
// command on each document)  --json (the results as one JSON line at the end)
import {spawnSync} from 'node:child_process'
import os from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {loadTs} from './load-ts.mjs'
import {table} from './markdown-table.mjs'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const TARGET = 2.5

function option(argv, name, fallback) {
  const found = argv.find((arg) => arg.startsWith(`--${name}=`))
  return found ? found.slice(name.length + 3) : fallback
}

const kb = (bytes) =>
  bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.round(bytes / 1024)} KB`
const seconds = (ms) => (ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${Math.round(ms)} ms`)
const megabytes = (kilobytes) => `${Math.round(kilobytes / 1024)} MB`

/** One size of one family in its own process; undefined when it ran past the timeout. */
function measure(family, bytes, {timeout, cli}) {
  const args = [path.join(root, 'scripts/scaling-run.mjs'), family.id, String(bytes)]
  if (cli) args.push('--cli')
  const run = spawnSync(process.execPath, args, {
    cwd: root,
    encoding: 'utf8',
    timeout: timeout * 1000,
    maxBuffer: 16 * 1024 * 1024
  })
  if (run.signal) return {timedOut: true}
  if (run.status !== 0) {
    const reason = String(run.stderr).trim().split('\n').slice(-3).join(' ')
    return {failed: reason || `exit ${run.status}`}
  }
  return JSON.parse(run.stdout.trim().split('\n').at(-1))
}

export async function benchScaling(argv, say = console.log) {
  const wanted = option(argv, 'families', undefined)?.split(',')
  const scale = Number(option(argv, 'scale', '1'))
  const factors = option(argv, 'factors', '1,2,4,8').split(',').map(Number)
  const timeout = Number(option(argv, 'timeout', '300'))
  const cli = argv.includes('--cli')
  const {families} = await loadTs(
    "export * from './scripts/scaling-families.ts'",
    'scaling-families'
  )
  const chosen = families.filter((family) => !wanted || wanted.includes(family.id))
  const results = []
  say(
    `scaling: whole pipeline in process (one fresh process per size; load average ${os.loadavg()[0].toFixed(1)} on ${os.cpus().length} cores), sizes ${factors.map((f) => `${f}×`).join(', ')}; growth per doubling, target ≤ ${TARGET}×`
  )
  const rows = []
  for (const family of chosen) {
    const base = Math.round(family.bench * scale)
    const points = []
    for (const factor of factors) {
      const bytes = base * factor
      const inProcess = measure(family, bytes, {timeout, cli: false})
      const point = {factor, bytes, ...inProcess}
      if (cli && !inProcess.timedOut && !inProcess.failed)
        point.cli = measure(family, bytes, {timeout, cli: true})
      points.push(point)
      if (inProcess.timedOut || inProcess.failed) break
    }
    results.push({family: family.id, name: family.name, points})
    const cells = factors.map((factor) => {
      const point = points.find((candidate) => candidate.factor === factor)
      if (!point) return 'skipped'
      if (point.timedOut) return `> ${timeout} s`
      if (point.failed) return `failed: ${point.failed.slice(0, 60)}`
      const cliCell = point.cli?.ms ? `, CLI ${seconds(point.cli.ms)}` : ''
      return `${seconds(point.cpuMs)} (wall ${seconds(point.ms)}) / ${megabytes(point.peakRssKb)}${cliCell}`
    })
    const growth = []
    for (let index = 1; index < points.length; index++) {
      const [before, after] = [points[index - 1], points[index]]
      if (!before.cpuMs || !after.cpuMs) break
      // Per doubling, whatever the step between the two factors.
      const doublings = Math.log2(after.factor / before.factor)
      growth.push((after.cpuMs / before.cpuMs) ** (1 / doublings))
    }
    const worst = growth.length > 0 ? Math.max(...growth) : undefined
    const mark =
      points.some((point) => point.timedOut || point.failed) || (worst ?? 0) > TARGET
        ? 'MISSED'
        : 'met'
    rows.push([
      `${family.name} (${kb(base)} at 1×)`,
      ...cells,
      growth.map((value) => `${value.toFixed(2)}×`).join(' → ') || '–',
      mark
    ])
    say(`  ${family.id}: ${cells.join(' | ')}`)
  }
  say()
  say(
    table(
      [
        'family',
        ...factors.map((factor) => `${factor}× (processor time / peak RSS)`),
        'growth per doubling',
        'target'
      ],
      rows
    )
  )
  return results
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const results = await benchScaling(process.argv.slice(2))
  if (process.argv.includes('--json')) console.log(JSON.stringify(results))
}
