#!/usr/bin/env node
// How the plan model alone grows with its input: the families of issue 13's
// "super-linear on ordinary-looking text" table, each at 1×, 2×, 4× and 8×,
// parsed outside the clock, then `analyse()` timed, and `analyse()` with the
// learned judgements read (what the headline rules pay). Linear is 2× per step.
//
//   node --expose-gc scripts/scaling-plan-model.mjs [--only=family,family] [--scale=N]
//
// --scale multiplies every family's 1× size (default 1). Prints a table; asserts
// nothing (`pnpm bench --scaling` is the CLI-wide benchmark).
import {loadPlanModel} from './load-ts.mjs'

const argv = process.argv.slice(2)
const only = argv
  .find((arg) => arg.startsWith('--only='))
  ?.slice(7)
  .split(',')
const scale = Number(argv.find((arg) => arg.startsWith('--scale='))?.slice(8) ?? 1)

const {analyse, parse} = await loadPlanModel('scaling-plan-model')

/** `unit` repeated until the text is about `kilobytes` long. */
const repeat = (unit, kilobytes) => unit.repeat(Math.ceil((kilobytes * 1024 * scale) / unit.length))

// Each family: its 1× size in KB and how to write it.
const families = {
  'one sentence': [512, (kb) => `Goal: ${repeat('likes followers views ', kb)}\n`],
  'one line of channels': [512, (kb) => `${repeat('Facebook ', kb)}\n`],
  'one heading': [512, (kb) => `# ${repeat('insta ', kb)}\n`],
  'paragraph, no sentence end': [
    512,
    (kb) => repeat('our team will post on facebook and share stories with people\n', kb)
  ],
  'typed-bullet lines': [128, (kb) => repeat('• Facebook daily\n', kb)],
  '"a &amp; b" lines': [128, (kb) => repeat('a &amp; b\n', kb)],
  'table rows': [
    256,
    (kb) => `| Channel | Why |\n| --- | --- |\n${repeat('| Facebook | so families see it |\n', kb)}`
  ],
  'list items': [256, (kb) => repeat('- Instagram: behind the scenes\n', kb)]
}

/**
 * Milliseconds of CPU the process spends on `run` (user and system): on a
 * shared machine that moves far less than the wall clock.
 */
function time(run) {
  // Started with --expose-gc: collect first, so one run does not pay for the last.
  globalThis.gc?.()
  const start = process.cpuUsage()
  run()
  const spent = process.cpuUsage(start)
  return (spent.user + spent.system) / 1000
}

const RUNS = 5
const rows = []
for (const [name, [kilobytes, write]] of Object.entries(families)) {
  if (only && !only.some((part) => name.includes(part))) continue
  const model = []
  const judged = []
  for (const factor of [1, 2, 4, 8]) {
    const text = write(kilobytes * factor)
    const tree = parse(text)
    // Best of five runs (others' work on the machine only ever adds), fewer where a run is long.
    let bestModel = Number.POSITIVE_INFINITY
    let bestJudged = Number.POSITIVE_INFINITY
    for (let run = 0; run < RUNS && (run < 2 || bestJudged < 2000); run++) {
      bestModel = Math.min(
        bestModel,
        time(() => analyse(tree, text))
      )
      bestJudged = Math.min(
        bestJudged,
        time(() => analyse(tree, text).whatForScore)
      )
    }
    model.push(bestModel)
    judged.push(bestJudged)
  }
  rows.push({name, kilobytes: kilobytes * scale, model, judged})
}

const ms = (value) => (value < 10 ? value.toFixed(1) : value.toFixed(0)).padStart(6)
// The largest growth from one size to the next: linear is 2×.
const worst = (times) => Math.max(...times.slice(1).map((time, index) => time / times[index]))
const columns = (times) =>
  `${times.map(ms).join('')} ${`${(times[3] / times[0]).toFixed(1)}×`.padStart(6)}` +
  ` ${`${worst(times).toFixed(1)}×`.padStart(5)}`
console.log('CPU ms at 1×, 2×, 4×, 8×; then 8×/1× (linear 8×) and the worst doubling (linear 2×)')
console.log(
  `${'family'.padEnd(28)}${'1× KB'.padStart(6)} │ ${'analyse()'.padEnd(37)}│ with judgements`
)
for (const row of rows) {
  const size = String(row.kilobytes).padStart(6)
  console.log(`${row.name.padEnd(28)}${size} │ ${columns(row.model)} │ ${columns(row.judged)}`)
}
