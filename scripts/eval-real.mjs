#!/usr/bin/env node
// `pnpm eval --real`: the two headline rules on the real-plan corpus
// (fixtures/real): doc-level precision and recall with 95% intervals
// (bootstrap over repositories), span agreement, per batch, and which
// documents are missing (their texts are restored into the ignored
// fixtures/real/texts/, never committed).
// --cv: grouped cross-validation of the learned judgements instead of the
//       shipped weights (no repository in both training and test folds).
// --batch B[,B]: only those batches. --written: the cross-validation also
//       trains on fixtures/corpus (its documents are never scored here).
import path from 'node:path'
import {loadTs, root} from './load-ts.mjs'

const args = process.argv.slice(2)
const option = (name) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined)
const evaluation = await loadTs("export * from './packages/eval/src/index.ts'", 'eval')
const corpus = evaluation.loadRealCorpus(path.resolve(root, 'fixtures/real'))
const batches = option('--batch')?.split(',')
const chosen = corpus.present.filter((document) => !batches || batches.includes(document.batch))
const wanted = corpus.labelled.filter((document) => !batches || batches.includes(document.batch))
console.log(
  `real corpus: ${wanted.length} labelled, ${chosen.length} present, ${wanted.length - chosen.length} missing`
)
if (chosen.length < wanted.length) {
  console.log('missing (restore them with fixtures/real/restore.sh):')
  for (const document of corpus.missing
    .filter((document) => !batches || batches.includes(document.batch))
    .slice(0, 20))
    console.log(
      `  ${document.file} (${document.repo} ${document.path} @ ${document.commit.slice(0, 10)})`
    )
}
if (chosen.length === 0) process.exit(0)

let predictions
if (args.includes('--cv')) {
  const prepared = chosen.map((document) =>
    evaluation.prepare(evaluation.realTrainingDocument(document))
  )
  const written = args.includes('--written')
    ? evaluation
        .writtenTrainingDocuments(path.resolve(root, 'fixtures/corpus'))
        .map(evaluation.prepare)
    : []
  const options = {...evaluation.defaultTrainOptions}
  if (option('--l2')) options.l2 = Number(option('--l2'))
  if (option('--iterations')) options.iterations = Number(option('--iterations'))
  if (option('--min-groups')) options.minGroups = Number(option('--min-groups'))
  predictions = evaluation.crossValidateWith(prepared, written, 5, options)
  console.log(
    'grouped 5-fold cross-validation (folds by repository; thresholds chosen on training folds)'
  )
} else {
  predictions = new Map()
  for (const document of chosen)
    predictions.set(
      document.file,
      await evaluation.headlinePrediction(document.text, document.file)
    )
  console.log(
    'shipped whatfor — its weights were fitted on the batches pnpm train saw, so on those this is in-sample: `--cv` measures the method'
  )
}
console.log(
  evaluation.formatHeadlineScores(
    evaluation.scoreHeadlines(chosen, predictions),
    args.includes('--verbose')
  )
)
if (!args.includes('--no-batches')) {
  const names = [...new Set(chosen.map((document) => document.batch))].sort()
  if (names.length > 1) {
    for (const name of names) {
      console.log(`\nbatch ${name}:`)
      console.log(
        evaluation.formatHeadlineScores(
          evaluation.scoreHeadlines(
            chosen.filter((document) => document.batch === name),
            predictions
          ),
          args.includes('--verbose')
        )
      )
    }
  }
}
