import {readdirSync, readFileSync} from 'node:fs'
import path from 'node:path'
import whatforParse from '@whatfor/parse'
import {
  type BlockEvidence,
  blockEvidence,
  decideOpening,
  decideWhatFor,
  type Features,
  getPlan,
  groupShape,
  type LinearModel,
  lineUpFeatures,
  type OpeningEvidence,
  openingEnd,
  openingFeatures,
  type PlanCore,
  probability,
  type SentenceEvidence,
  sentenceEvidence,
  whatForDocumentFeatures,
  whatForFeatures
} from '@whatfor/plan-model'
import {unified} from 'unified'
import {VFile} from 'vfile'
import type {HeadlinePrediction, LineRange, RealDocument} from './real.js'

/**
 * Training the two learned judgements of the plan model from labelled
 * documents, and measuring them honestly: logistic regression over the
 * features of `@whatfor/plan-model/judgements`, cross-validated with folds
 * grouped by repository (no repository on both sides), thresholds chosen on
 * the training folds only. Deterministic: zero start, full-batch steps,
 * documents in name order.
 */

export interface TrainingDocument {
  readonly file: string
  /** The grouping unit: a repository, or a writer's batch of the written corpus. */
  readonly group: string
  /** `undefined`: not scored for that rule (unsure), but its units may still teach. */
  readonly channelFirst: boolean | undefined
  readonly hasWhatFor: boolean | undefined
  readonly channelRanges: readonly LineRange[]
  readonly purposeRanges: readonly LineRange[]
  /** Unit labels can be read from the ranges (real corpus), or only the doc-level labels are known. */
  readonly unitLabels: boolean
  readonly text: string
}

/** A sentence or block: its features, its line, its label, and what the doc-level decisions read of it. */
export interface Unit<Evidence> {
  readonly features: Features
  readonly line: number
  /** 1, 0, or undefined when the document gives no label for it. */
  readonly label: 0 | 1 | undefined
  readonly evidence: Evidence
}

export interface PreparedDocument {
  readonly document: TrainingDocument
  readonly sentences: ReadonlyArray<Unit<SentenceEvidence>>
  readonly blocks: ReadonlyArray<Unit<BlockEvidence>>
  /** Length of the source, for the share of it that counts as the opening. */
  readonly length: number
}

function overlaps(from: number, to: number, ranges: readonly LineRange[]): boolean {
  return ranges.some(([low, high]) => from <= high && to >= low)
}

/**
 * A sentence's label. Real plans give it by line range, except where their
 * What For is unsure (the marked lines are candidates, not labels). The
 * written corpus gives only doc-level labels: a plan with no What For says
 * every sentence is none, and in one that has a What For the rule-based
 * purpose reading (tuned on that corpus to 0.97 precision) stands in.
 */
function sentenceLabel(
  document: TrainingDocument,
  inRange: boolean,
  ruleBasedPurpose: boolean
): 0 | 1 | undefined {
  if (document.unitLabels) return document.hasWhatFor === undefined ? undefined : inRange ? 1 : 0
  if (document.hasWhatFor === false) return 0
  return document.hasWhatFor === true && ruleBasedPurpose ? 1 : undefined
}

/** Parses a document once and reads every unit's features and label. */
export function prepare(document: TrainingDocument): PreparedDocument {
  const processor = unified().use(whatforParse)
  const file = new VFile({path: document.file, value: document.text})
  const tree = processor.runSync(processor.parse(file), file)
  const plan: PlanCore = getPlan(tree as Parameters<typeof getPlan>[0], file)
  const line = (offset: number): number => plan.point(offset).line
  const sentences = plan.sentences.map((sentence) => ({
    features: whatForFeatures(plan, sentence),
    line: line(sentence.start),
    label: sentenceLabel(
      document,
      overlaps(line(sentence.start), line(sentence.end), document.purposeRanges),
      plan.purposeStatementSet.has(sentence)
    ),
    evidence: sentenceEvidence(plan, sentence, 0)
  }))
  const shape = groupShape(plan)
  const opening = openingEnd(plan)
  const blocks = plan.blocks.map((block) => ({
    features: lineUpFeatures(plan, shape, block),
    line: line(block.start),
    label: document.unitLabels
      ? ((overlaps(line(block.start), line(block.end), document.channelRanges) ? 1 : 0) as 0 | 1)
      : undefined,
    evidence: blockEvidence(block, 0, opening, shape)
  }))
  return {document, length: document.text.length, sentences, blocks}
}

export interface TrainOptions {
  /** A feature is kept only if units from this many groups (repositories) have it. */
  readonly minGroups: number
  readonly l2: number
  readonly iterations: number
  readonly learningRate: number
}

export const defaultTrainOptions: TrainOptions = {
  minGroups: 3,
  l2: 0.01,
  iterations: 300,
  learningRate: 0.1
}

interface Row {
  readonly indices: Int32Array
  readonly values: Float64Array
  readonly label: 0 | 1
  readonly weight: number
}

/**
 * Logistic regression with L2, full-batch Adam from zero, positives weighted
 * up to balance the classes (purpose sentences and line-ups are rare).
 */
export function trainLogistic(
  units: ReadonlyArray<{features: Features; label: 0 | 1; group: string}>,
  options: TrainOptions = defaultTrainOptions
): LinearModel {
  const groupsOf = new Map<string, Set<string>>()
  for (const unit of units) {
    for (const name of unit.features.keys()) {
      const groups = groupsOf.get(name) ?? new Set<string>()
      groups.add(unit.group)
      groupsOf.set(name, groups)
    }
  }
  const vocabulary = [...groupsOf.entries()]
    .filter(([, groups]) => groups.size >= options.minGroups)
    .map(([name]) => name)
    .sort()
  const index = new Map(vocabulary.map((name, position) => [name, position]))
  const positives = units.filter((unit) => unit.label === 1).length
  const negatives = units.length - positives
  const positiveWeight = positives === 0 ? 1 : Math.min(20, negatives / positives)
  const rows: Row[] = units.map((unit) => {
    const kept = [...unit.features].filter(([name]) => index.has(name))
    return {
      indices: Int32Array.from(kept.map(([name]) => index.get(name)!)),
      values: Float64Array.from(kept.map(([, value]) => value)),
      label: unit.label,
      weight: unit.label === 1 ? positiveWeight : 1
    }
  })
  const size = vocabulary.length
  const weights = new Float64Array(size)
  let bias = 0
  const m = new Float64Array(size + 1)
  const v = new Float64Array(size + 1)
  const gradient = new Float64Array(size + 1)
  const total = rows.reduce((sum, row) => sum + row.weight, 0) || 1
  for (let step = 1; step <= options.iterations; step++) {
    gradient.fill(0)
    for (const row of rows) {
      let z = bias
      for (let k = 0; k < row.indices.length; k++) z += weights[row.indices[k]!]! * row.values[k]!
      const error = (1 / (1 + Math.exp(-z)) - row.label) * row.weight
      for (let k = 0; k < row.indices.length; k++)
        gradient[row.indices[k]!]! += error * row.values[k]!
      gradient[size]! += error
    }
    for (let j = 0; j <= size; j++) {
      const g = gradient[j]! / total + (j < size ? options.l2 * weights[j]! : 0)
      m[j] = 0.9 * m[j]! + 0.1 * g
      v[j] = 0.999 * v[j]! + 0.001 * g * g
      const mHat = m[j]! / (1 - 0.9 ** step)
      const vHat = v[j]! / (1 - 0.999 ** step)
      const delta = (options.learningRate * mHat) / (Math.sqrt(vHat) + 1e-8)
      if (j < size) weights[j]! -= delta
      else bias -= delta
    }
  }
  const kept: Record<string, number> = {}
  vocabulary.forEach((name, position) => {
    const weight = weights[position]!
    // Weights too small to move a decision are dropped: a smaller, readable model.
    if (Math.abs(weight) >= 0.005) kept[name] = Math.round(weight * 10000) / 10000
  })
  return {bias: Math.round(bias * 10000) / 10000, threshold: 0.5, weights: kept}
}

export interface ScoredDocument {
  readonly prepared: PreparedDocument
  readonly sentenceScores: Float64Array
  readonly blockScores: Float64Array
}

function scoreDocuments(
  prepared: readonly PreparedDocument[],
  whatFor: LinearModel,
  lineUp: LinearModel
): ScoredDocument[] {
  return prepared.map((document) => ({
    prepared: document,
    sentenceScores: Float64Array.from(
      document.sentences.map((unit) => probability(whatFor, unit.features))
    ),
    blockScores: Float64Array.from(
      document.blocks.map((unit) => probability(lineUp, unit.features))
    )
  }))
}

function sentencesOf(document: ScoredDocument): SentenceEvidence[] {
  return document.prepared.sentences.map((sentence, index) => ({
    ...sentence.evidence,
    score: document.sentenceScores[index]!
  }))
}

/** The first What For sentence, as the plan model finds it (judge.ts), or -1. */
function whatForIndex(
  document: ScoredDocument,
  models: Pick<TrainedModels, 'whatFor' | 'whatForDocument'>
): number {
  return decideWhatFor(sentencesOf(document), models).indices[0] ?? -1
}

function evidenceOf(document: ScoredDocument, purpose: number): OpeningEvidence {
  return {
    blockScores: document.prepared.blocks.map((block, index) => ({
      ...block.evidence,
      score: document.blockScores[index]!
    })),
    whatForStart: purpose === -1 ? undefined : document.prepared.sentences[purpose]!.evidence.start,
    length: document.prepared.length
  }
}

/** The doc-level decision of the two headline rules, as the plan model makes it (judge.ts). */
export function decide(document: ScoredDocument, models: TrainedModels): HeadlinePrediction {
  const purpose = whatForIndex(document, models)
  const evidence = evidenceOf(document, purpose)
  const line = decideOpening(evidence, models).index
  return {
    channelFirstLine: line === -1 ? undefined : document.prepared.blocks[line]!.line,
    noWhatFor: purpose === -1,
    purposeLine: purpose === -1 ? undefined : document.prepared.sentences[purpose]!.line
  }
}

const THRESHOLDS = Array.from({length: 19}, (_, index) => (index + 1) / 20)

function f1(pairs: ReadonlyArray<readonly [boolean, boolean]>): number {
  let tp = 0
  let fp = 0
  let fn = 0
  for (const [predicted, expected] of pairs) {
    if (predicted && expected) tp++
    else if (predicted) fp++
    else if (expected) fn++
  }
  return tp === 0 ? 0 : (2 * tp) / (2 * tp + fp + fn)
}

/** Mean of the F1 of both classes: a doc-level threshold that does not simply flag the majority. */
function macroF1(pairs: ReadonlyArray<readonly [boolean, boolean]>): number {
  return (
    (f1(pairs) + f1(pairs.map(([predicted, expected]) => [!predicted, !expected] as const))) / 2
  )
}

function bestThreshold(
  pairsAt: (threshold: number) => ReadonlyArray<readonly [boolean, boolean]>,
  measure = f1
): number {
  let chosen = 0.5
  let best = -1
  for (const threshold of THRESHOLDS) {
    const value = measure(pairsAt(threshold))
    if (value > best) {
      best = value
      chosen = threshold
    }
  }
  return chosen
}

function unitsFor(
  prepared: readonly PreparedDocument[],
  kind: 'sentences' | 'blocks'
): Array<{features: Features; label: 0 | 1; group: string}> {
  const units: Array<{features: Features; label: 0 | 1; group: string}> = []
  for (const document of prepared) {
    for (const unit of document[kind])
      if (unit.label !== undefined)
        units.push({features: unit.features, label: unit.label, group: document.document.group})
  }
  return units
}

export interface TrainedModels {
  readonly whatFor: LinearModel
  /** The doc-level What For model over `whatForDocumentFeatures`. */
  readonly whatForDocument: LinearModel
  readonly lineUp: LinearModel
  /** The doc-level channel-first model over `openingFeatures`. */
  readonly opening: LinearModel
}

const INNER_FOLDS = 3

/**
 * Both unit models trained on these documents; the What For threshold and the
 * doc-level opening model fitted on out-of-fold unit scores (an inner grouped
 * cross-validation), so the second stage learns from scores like those it
 * will meet on unseen plans, not from the first stage's memory of its own
 * training data.
 */
export function trainModels(
  prepared: readonly PreparedDocument[],
  options: TrainOptions = defaultTrainOptions
): TrainedModels {
  const whatForUnits = trainLogistic(unitsFor(prepared, 'sentences'), options)
  const lineUpUnits = trainLogistic(unitsFor(prepared, 'blocks'), options)
  const outOfFold: ScoredDocument[] = []
  for (let fold = 0; fold < INNER_FOLDS; fold++) {
    const inner = prepared.filter(
      (document) => foldOf(`inner:${document.document.group}`, INNER_FOLDS) !== fold
    )
    const held = prepared.filter(
      (document) => foldOf(`inner:${document.document.group}`, INNER_FOLDS) === fold
    )
    if (held.length === 0) continue
    outOfFold.push(
      ...scoreDocuments(
        held,
        trainLogistic(unitsFor(inner, 'sentences'), options),
        trainLogistic(unitsFor(inner, 'blocks'), options)
      )
    )
  }
  const sentencePairs = (threshold: number): Array<readonly [boolean, boolean]> =>
    outOfFold.flatMap((document) =>
      document.prepared.sentences.flatMap((sentence, index) =>
        sentence.label === undefined
          ? []
          : [[document.sentenceScores[index]! >= threshold, sentence.label === 1] as const]
      )
    )
  const whatForThreshold = bestThreshold(sentencePairs)
  const docLevel = {minGroups: 1, l2: 0.001, iterations: 500, learningRate: 0.05}
  const whatForDocs = outOfFold
    .filter((document) => document.prepared.document.hasWhatFor !== undefined)
    .map((document) => ({
      features: whatForDocumentFeatures(sentencesOf(document)),
      label: (document.prepared.document.hasWhatFor ? 1 : 0) as 0 | 1,
      group: document.prepared.document.group
    }))
  const whatForDocumentUnits = trainLogistic(whatForDocs, docLevel)
  const whatForDocument = {
    ...whatForDocumentUnits,
    threshold: bestThreshold(
      (threshold) =>
        whatForDocs.map(
          (unit) =>
            [
              probability(whatForDocumentUnits, unit.features) >= threshold,
              unit.label === 1
            ] as const
        ),
      macroF1
    )
  }
  const whatFor = {...whatForUnits, threshold: whatForThreshold}
  // A block is a line-up from the score that best separates labelled line-ups from other blocks.
  const lineUpThreshold = bestThreshold((threshold) =>
    outOfFold.flatMap((document) =>
      document.prepared.blocks.flatMap((block, index) =>
        block.label === undefined
          ? []
          : [[document.blockScores[index]! >= threshold, block.label === 1] as const]
      )
    )
  )
  const judged = outOfFold.filter(
    (document) => document.prepared.document.channelFirst !== undefined
  )
  const docUnits = judged.map((document) => ({
    features: openingFeatures(
      evidenceOf(document, whatForIndex(document, {whatFor, whatForDocument})),
      lineUpThreshold
    ),
    label: (document.prepared.document.channelFirst ? 1 : 0) as 0 | 1,
    group: document.prepared.document.group
  }))
  const opening = trainLogistic(docUnits, docLevel)
  const openingThreshold = bestThreshold(
    (threshold) =>
      docUnits.map(
        (unit) => [probability(opening, unit.features) >= threshold, unit.label === 1] as const
      ),
    macroF1
  )
  return {
    whatFor,
    whatForDocument,
    lineUp: {...lineUpUnits, threshold: lineUpThreshold},
    opening: {...opening, threshold: openingThreshold}
  }
}

/** A stable fold for a group: the same repository always lands in the same fold. */
export function foldOf(group: string, folds: number): number {
  let hash = 2166136261
  for (let index = 0; index < group.length; index++) {
    hash ^= group.charCodeAt(index)
    hash = Math.imul(hash, 16777619)
  }
  return (hash >>> 0) % folds
}

export function realTrainingDocument(
  document: RealDocument & {readonly text: string}
): TrainingDocument {
  return {
    file: document.file,
    group: document.repo,
    channelFirst: document.channelFirst === 'unsure' ? undefined : document.channelFirst === 'yes',
    hasWhatFor: document.hasWhatFor === 'unsure' ? undefined : document.hasWhatFor === 'yes',
    channelRanges: document.channelRanges,
    purposeRanges: document.purposeRanges,
    unitLabels: true,
    text: document.text
  }
}

/**
 * The written corpus as training documents: doc-level labels only. Its
 * writers are its groups (a file's letter: one writer per batch), so a
 * feature needs more than one writer as well as more than one repository.
 */
export function writtenTrainingDocuments(corpusDir: string): TrainingDocument[] {
  const labels: Record<string, {labels: Record<string, string>}> = {}
  for (const name of readdirSync(path.join(corpusDir, 'labels'))
    .filter((file) => file.endsWith('.json'))
    .sort()) {
    Object.assign(labels, JSON.parse(readFileSync(path.join(corpusDir, 'labels', name), 'utf8')))
  }
  return readdirSync(path.join(corpusDir, 'docs'))
    .sort()
    .filter((name) => labels[name])
    .map((name) => ({
      file: `written/${name}`,
      group: `written-${name[0]}`,
      channelFirst: labels[name]!.labels['no-channel-first'] === 'flag',
      hasWhatFor: labels[name]!.labels['what-for'] !== 'flag',
      channelRanges: [],
      purposeRanges: [],
      unitLabels: false,
      text: readFileSync(path.join(corpusDir, 'docs', name), 'utf8')
    }))
}

/** Cross-validation over `scored` documents; `extra` documents only ever train (never scored, never in a test fold). */
export function crossValidateWith(
  scored: readonly PreparedDocument[],
  extra: readonly PreparedDocument[],
  folds = 5,
  options: TrainOptions = defaultTrainOptions
): Map<string, HeadlinePrediction> {
  const predictions = new Map<string, HeadlinePrediction>()
  for (let fold = 0; fold < folds; fold++) {
    const training = [
      ...scored.filter((document) => foldOf(document.document.group, folds) !== fold),
      ...extra
    ]
    const testing = scored.filter((document) => foldOf(document.document.group, folds) === fold)
    if (testing.length === 0) continue
    const models = trainModels(training, options)
    for (const result of scoreDocuments(testing, models.whatFor, models.lineUp)) {
      predictions.set(result.prepared.document.file, decide(result, models))
    }
  }
  return predictions
}
