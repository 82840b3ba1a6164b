#!/usr/bin/env node
// `pnpm eval`: precision, recall and F1 per rule on fixtures/corpus, with the
// documents behind every false positive and false negative; then, apart, the two
// headline rules on the real-plan corpus (whatever of it is restored).
// Usage: pnpm eval [--rule RULE] [--quiet] [--holdout | --corpus DIR | --real [--cv]]
// --holdout scores fixtures/holdout instead: a corpus detection is never tuned on.
//   Its scores only, never its file names: nothing is chosen by looking at them.
// --real scores the real-plan corpus (fixtures/real): see scripts/eval-real.mjs.
// --corpus DIR scores another folder laid out the same way (docs/, labels/*.json).
import path from 'node:path'
import {loadTs, root} from './load-ts.mjs'

// --real: the real-plan corpus instead (scripts/eval-real.mjs reads the same arguments).
if (process.argv.includes('--real')) {
  await import('./eval-real.mjs')
  process.exit(process.exitCode ?? 0)
}

const evaluation = await loadTs("export * from './packages/eval/src/index.ts'", 'eval')
const args = process.argv.slice(2)
const only = args.includes('--rule') ? args[args.indexOf('--rule') + 1] : undefined
const corpus = args.includes('--corpus')
  ? args[args.indexOf('--corpus') + 1]
  : args.includes('--holdout')
    ? 'fixtures/holdout'
    : 'fixtures/corpus'
const documents = evaluation.loadCorpus(path.resolve(root, corpus))
const scores = (await evaluation.evaluate(documents)).filter(
  (score) => !only || score.rule === only
)
console.log(`whatfor on ${corpus}: ${documents.length} documents\n`)
console.log(
  evaluation.formatScores(scores, !args.includes('--quiet') && !args.includes('--holdout'))
)
const below = scores.filter((score) => {
  const floor = evaluation.floorOf(score.rule)
  return score.precision < floor.precision || score.recall < floor.recall
})
console.log(
  below.length === 0
    ? '\nevery rule at or above its floor'
    : `\n${below.length} rule(s) below floor: ${below.map((score) => score.rule).join(', ')}`
)
process.exitCode = below.length === 0 ? 0 : 1

// The real-plan corpus beside it, reported apart (its texts restored locally; see fixtures/real).
if (!args.includes('--holdout') && !args.includes('--corpus') && !only) {
  console.log('\n')
  if (!process.argv.includes('--no-batches')) process.argv.push('--no-batches')
  await import('./eval-real.mjs')
}
