#!/usr/bin/env node
// `pnpm fuzz`: Markdown from a grammar and mutated fixtures through the whole
// pipeline in this process (scripts/fuzz/campaign.ts). Exits 1 on a throw, a
// finding without a rule id or position, or a document far slower per KB
// than the median; each such failure is shrunk and written to fixtures/fuzz/,
// where tests/fuzz.test.ts keeps it as a regression test.
//
//   pnpm fuzz [--seed N] [--count N] [--start I] [--only I,J] [--out DIR | --no-write] [--json]
//
// Defaults: seed 1, 10,000 documents, reproducers in fixtures/fuzz/.
import {rmSync} from 'node:fs'
import path from 'node:path'
import {loadTs, root} from './load-ts.mjs'

const argv = process.argv.slice(2)
function value(name, fallback) {
  const index = argv.indexOf(`--${name}`)
  if (index !== -1) return argv[index + 1]
  const inline = argv.find((arg) => arg.startsWith(`--${name}=`))
  return inline ? inline.slice(name.length + 3) : fallback
}

const seed = Number(value('seed', '1'))
const count = Number(value('count', '10000'))
const start = Number(value('start', '0'))
const only = value('only', undefined)
  ?.split(',')
  .map((index) => Number(index))
const outDir = argv.includes('--no-write')
  ? undefined
  : path.resolve(value('out', path.join(root, 'fixtures/fuzz')))
if (!Number.isInteger(seed) || !Number.isInteger(count) || count < 1) {
  console.error('whatfor fuzz: --seed and --count take whole numbers (count at least 1)')
  process.exit(2)
}

// One bundle per process: shards of a long run start side by side.
const bundle = `fuzz-campaign-${process.pid}`
const {runCampaign} = await loadTs("export * from './scripts/fuzz/campaign.ts'", bundle)
rmSync(path.join(root, 'node_modules/.cache/whatfor-scripts', `${bundle}.mjs`), {force: true})
const log = (line) => console.error(`fuzz: ${line}`)
log(`seed ${seed}, ${only ? `documents ${only.join(', ')}` : `${count} documents from #${start}`}`)
const result = await runCampaign({root, seed, count, start, only, outDir, log})

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`
console.log(
  `${result.documents} documents (${(result.bytes / 1024 / 1024).toFixed(1)} MB) in ${result.seconds.toFixed(0)} s, seed ${result.seed}`
)
console.log(
  `throws: ${result.throws}; findings without rule id or position: ${result.badMessages}; slow documents: ${result.failures.filter((failure) => failure.kind === 'slow').length}`
)
console.log(`median time per KB: ${result.medianMsPerKb.toFixed(3)} ms`)
for (const timing of result.slowest)
  console.log(
    `  slow per KB: #${timing.index}, ${kb(timing.bytes)} in ${timing.ms.toFixed(1)} ms = ${timing.msPerKb.toFixed(2)} ms/KB (${(timing.msPerKb / result.medianMsPerKb).toFixed(1)}× the median)`
  )
for (const failure of result.failures)
  console.log(
    `FAIL ${failure.kind}: ${failure.detail} — ${failure.count} documents, first #${failure.index}${failure.file ? `, reproducer ${path.relative(process.cwd(), failure.file)}` : ''}`
  )
if (argv.includes('--json'))
  console.log(
    JSON.stringify({...result, failures: result.failures.map(({reproducer, ...rest}) => rest)})
  )
process.exit(result.failures.length > 0 ? 1 : 0)
