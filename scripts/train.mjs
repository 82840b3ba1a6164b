#!/usr/bin/env node
// `pnpm train [--batch B,…]`: fits the plan model's learned judgements (What For sentences,
// channel line-up blocks, and the doc-level channel-first decision) on the
// labelled real plans present in fixtures/real/texts plus the written corpus,
// and writes their weights to packages/plan-model/src/judgements/weights.ts.
// Deterministic: the same documents give the same file.
import {writeFileSync} from 'node:fs'
import path from 'node:path'
import {loadTs, root} from './load-ts.mjs'

const evaluation = await loadTs("export * from './packages/eval/src/index.ts'", 'eval')
const all = evaluation.loadRealCorpus(path.resolve(root, 'fixtures/real'))
// --batch s0,b1,…: train on those batches only (to freeze a model before later batches are first scored).
const batchArg = process.argv.includes('--batch')
  ? process.argv[process.argv.indexOf('--batch') + 1].split(',')
  : undefined
const inBatch = (document) => !batchArg || batchArg.includes(document.batch)
const corpus = {present: all.present.filter(inBatch), missing: all.missing.filter(inBatch)}
if (corpus.missing.length > 0) {
  console.error(
    `${corpus.missing.length} labelled real plans are missing (restore them first: fixtures/real/restore.sh); training on fewer documents changes the weights`
  )
  if (!process.argv.includes('--allow-missing')) process.exit(1)
}
const real = corpus.present.map((document) =>
  evaluation.prepare(evaluation.realTrainingDocument(document))
)
const written = evaluation
  .writtenTrainingDocuments(path.resolve(root, 'fixtures/corpus'))
  .map(evaluation.prepare)
const models = evaluation.trainModels([...real, ...written])
const repositories = new Set(corpus.present.map((document) => document.repo)).size
const literal = (model) => {
  const weights = Object.keys(model.weights)
    .sort()
    .map((name) => `    ${JSON.stringify(name)}: ${model.weights[name]}`)
  return `{\n  bias: ${model.bias},\n  threshold: ${model.threshold},\n  weights: {\n${weights.join(',\n')}\n  }\n}`
}
const out = path.join(root, 'packages/plan-model/src/judgements/weights.ts')
writeFileSync(
  out,
  `// Written by scripts/train.mjs, which fits the models with packages/eval/src/train.ts on
// ${corpus.present.length} labelled real plans (${repositories} repositories) and ${written.length} written plans. Do not edit by hand:
// regenerate with \`pnpm train\`, after restoring the real plans' texts (fixtures/real/README.md).
// Each model is logistic: probability = 1 / (1 + e^-(bias + sum of weight × feature value)),
// the features named by whatForFeatures, whatForDocumentFeatures, lineUpFeatures and
// openingFeatures (the comment above each model says which).
import type {LinearModel} from './types.js'

/** Does this sentence state a What For? (features: whatForFeatures) */
export const whatForModel: LinearModel = ${literal(models.whatFor)}

/** Does the plan state a What For anywhere? (features: whatForDocumentFeatures, from the model above) */
export const whatForDocumentModel: LinearModel = ${literal(models.whatForDocument)}

/**
 * Is this block a channel line-up, account list, channel table, per-channel heading or schedule?
 * (features: lineUpFeatures)
 */
export const lineUpModel: LinearModel = ${literal(models.lineUp)}

/** Does the plan start from its channels? (features: openingFeatures, from the two models above) */
export const openingModel: LinearModel = ${literal(models.opening)}
`
)
console.log(
  `wrote ${path.relative(root, out)}: what-for ${Object.keys(models.whatFor.weights).length} weights (threshold ${models.whatFor.threshold}), what-for document ${Object.keys(models.whatForDocument.weights).length} (threshold ${models.whatForDocument.threshold}), line-up ${Object.keys(models.lineUp.weights).length}, opening ${Object.keys(models.opening.weights).length} (threshold ${models.opening.threshold})`
)
