import {existsSync, readdirSync, readFileSync} from 'node:fs'
import path from 'node:path'

/**
 * The real-plan corpus: public documents other people wrote, known here only
 * by facts (repository, path, commit) and our labels. The texts are restored
 * into an ignored folder (`texts/`); scoring covers whatever is present and
 * says what is missing, so a clean clone without the texts still runs.
 */

export type Verdict = 'yes' | 'no' | 'unsure'
/** Inclusive 1-based line range of the document. */
export type LineRange = readonly [number, number]

export interface RealDocument {
  readonly file: string
  readonly batch: string
  readonly repo: string
  readonly path: string
  readonly commit: string
  readonly kind: string
  /** no-channel-first should fire. */
  readonly channelFirst: Verdict
  /** `no`: what-for should fire. */
  readonly hasWhatFor: Verdict
  /** Channel line-ups, handle lists, schedules, per-channel heading runs; the first is the opening when channelFirst is yes. */
  readonly channelRanges: readonly LineRange[]
  /** What For statements; the first is the one the note points at. */
  readonly purposeRanges: readonly LineRange[]
  readonly otherRules: readonly string[]
}

export interface RealCorpus {
  /** Every labelled document, text present or not. */
  readonly labelled: readonly RealDocument[]
  /** Documents whose text is restored, with it. */
  readonly present: ReadonlyArray<RealDocument & {readonly text: string}>
  readonly missing: readonly RealDocument[]
}

export function parseRanges(field: string): LineRange[] {
  const trimmed = field.trim()
  if (trimmed === '' || trimmed === '-') return []
  const ranges: LineRange[] = []
  for (const part of trimmed.split(',')) {
    // Trimmed first: white space at both ends of a pattern with optional
    // parts between is where a regex backtracks quadratically.
    const match = /^L?(\d+)(?:\s*-\s*L?(\d+))?$/.exec(part.trim())
    if (!match) throw new Error(`bad line range “${part}”`)
    const from = Number(match[1])
    const to = match[2] === undefined ? from : Number(match[2])
    ranges.push(from <= to ? [from, to] : [to, from])
  }
  return ranges
}

function verdict(value: string | undefined, where: string): Verdict {
  const cleaned = (value ?? '').trim().toLowerCase()
  if (cleaned === 'yes' || cleaned === 'no' || cleaned === 'unsure') return cleaned
  throw new Error(`${where}: expected yes, no or unsure, got “${value}”`)
}

/** Rows of a tab-separated file with a header line, as objects keyed by the header. */
function readTsv(file: string): Array<Record<string, string>> {
  const [header, ...rows] = readFileSync(file, 'utf8')
    .split(/\r?\n/)
    .filter((line) => line.trim() !== '')
  const keys = header!.split('\t').map((key) => key.trim())
  return rows.map((row) => {
    const cells = row.split('\t')
    return Object.fromEntries(keys.map((key, index) => [key, cells[index] ?? '']))
  })
}

/** Loads `batches/<batch>/{manifest,labels}.tsv` and whatever texts `texts/` holds. */
export function loadRealCorpus(
  corpusDir: string,
  textsDir = path.join(corpusDir, 'texts')
): RealCorpus {
  const batchesDir = path.join(corpusDir, 'batches')
  const labelled: RealDocument[] = []
  for (const batch of readdirSync(batchesDir).sort()) {
    const labelsFile = path.join(batchesDir, batch, 'labels.tsv')
    const manifestFile = path.join(batchesDir, batch, 'manifest.tsv')
    if (!existsSync(labelsFile) || !existsSync(manifestFile)) continue
    const sources = new Map(readTsv(manifestFile).map((row) => [row.file!, row]))
    for (const row of readTsv(labelsFile)) {
      const where = `${batch}/labels.tsv ${row.file}`
      const source = sources.get(row.file!)
      if (!source) throw new Error(`${where}: not in the manifest`)
      labelled.push({
        file: row.file!,
        batch,
        repo: source.repo!,
        path: source.path!,
        commit: source.commit!,
        kind: row.kind ?? '',
        channelFirst: verdict(row.channel_first, where),
        hasWhatFor: verdict(row.has_what_for, where),
        channelRanges: parseRanges(row.channel_lines ?? ''),
        purposeRanges: parseRanges(row.purpose_lines ?? ''),
        otherRules: (row.other_rules ?? '')
          .split(',')
          .map((rule) => rule.trim())
          .filter((rule) => rule !== '' && rule !== '-')
      })
    }
  }
  const present: Array<RealDocument & {text: string}> = []
  const missing: RealDocument[] = []
  for (const document of labelled) {
    const file = path.join(textsDir, document.file)
    if (existsSync(file)) present.push({...document, text: readFileSync(file, 'utf8')})
    else missing.push(document)
  }
  return {labelled, present, missing}
}

function inRanges(line: number, ranges: readonly LineRange[]): boolean {
  return ranges.some(([from, to]) => line >= from && line <= to)
}

/** What a detector said about one document, for the two headline rules. */
export interface HeadlinePrediction {
  /** Line of the no-channel-first finding, if it fired. */
  readonly channelFirstLine: number | undefined
  /** what-for fired. */
  readonly noWhatFor: boolean
  /** Line of the What For the detector found, if any (for span agreement). */
  readonly purposeLine: number | undefined
}

export interface Interval {
  readonly low: number
  readonly high: number
}

export interface HeadlineScore {
  readonly rule: 'no-channel-first' | 'what-for'
  readonly scored: number
  readonly truePositives: number
  readonly falsePositives: number
  readonly falseNegatives: number
  readonly precision: number
  readonly recall: number
  readonly precisionInterval: Interval
  readonly recallInterval: Interval
  /** True positives (no-channel-first) or true negatives (what-for: the What For found) whose line lands in the labelled range. */
  readonly spanHits: number
  readonly spanChecked: number
  readonly falsePositiveDocuments: readonly string[]
  readonly falseNegativeDocuments: readonly string[]
}

interface Outcome {
  readonly repo: string
  readonly predicted: boolean
  readonly expected: boolean
}

function ratio(numerator: number, denominator: number, empty: number): number {
  return denominator === 0 ? empty : numerator / denominator
}

function precisionRecall(outcomes: readonly Outcome[]): {
  precision: number
  recall: number
  tp: number
  fp: number
  fn: number
} {
  let tp = 0
  let fp = 0
  let fn = 0
  for (const outcome of outcomes) {
    if (outcome.predicted && outcome.expected) tp++
    else if (outcome.predicted) fp++
    else if (outcome.expected) fn++
  }
  return {
    precision: ratio(tp, tp + fp, fn === 0 ? 1 : 0),
    recall: ratio(tp, tp + fn, 1),
    tp,
    fp,
    fn
  }
}

/** A small seeded generator (mulberry32): the same intervals on every run. */
function seeded(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/**
 * 95% percentile intervals from a bootstrap that resamples repositories, not
 * documents: documents of one repository are alike, so resampling them one by
 * one would give intervals narrower than the evidence.
 */
export function repositoryBootstrap(
  outcomes: readonly Outcome[],
  replicates = 2000,
  seed = 12
): {precision: Interval; recall: Interval} {
  const byRepo = new Map<string, Outcome[]>()
  for (const outcome of outcomes) {
    const group = byRepo.get(outcome.repo)
    if (group) group.push(outcome)
    else byRepo.set(outcome.repo, [outcome])
  }
  const groups = [...byRepo.values()]
  const random = seeded(seed)
  const precisions: number[] = []
  const recalls: number[] = []
  for (let replicate = 0; replicate < replicates && groups.length > 0; replicate++) {
    const sample: Outcome[] = []
    for (let draw = 0; draw < groups.length; draw++)
      sample.push(...groups[Math.floor(random() * groups.length)]!)
    const score = precisionRecall(sample)
    if (score.tp + score.fp > 0) precisions.push(score.precision)
    if (score.tp + score.fn > 0) recalls.push(score.recall)
  }
  return {precision: percentileInterval(precisions), recall: percentileInterval(recalls)}
}

function percentileInterval(values: number[]): Interval {
  if (values.length === 0) return {low: Number.NaN, high: Number.NaN}
  const sorted = [...values].sort((a, b) => a - b)
  const at = (q: number): number =>
    sorted[Math.min(sorted.length - 1, Math.max(0, Math.floor(q * (sorted.length - 1))))]!
  return {low: at(0.025), high: at(0.975)}
}

/** Doc-level and span-level scores of the two headline rules; `unsure` labels are not scored. */
export function scoreHeadlines(
  documents: readonly RealDocument[],
  predictions: ReadonlyMap<string, HeadlinePrediction>
): HeadlineScore[] {
  const channel: Outcome[] = []
  const whatFor: Outcome[] = []
  const lists = {
    channel: {fp: [] as string[], fn: [] as string[]},
    whatFor: {fp: [] as string[], fn: [] as string[]}
  }
  let channelSpanHits = 0
  let channelSpanChecked = 0
  let purposeSpanHits = 0
  let purposeSpanChecked = 0
  for (const document of documents) {
    const prediction = predictions.get(document.file)
    if (!prediction) continue
    if (document.channelFirst !== 'unsure') {
      const predicted = prediction.channelFirstLine !== undefined
      const expected = document.channelFirst === 'yes'
      channel.push({repo: document.repo, predicted, expected})
      if (predicted && !expected) lists.channel.fp.push(document.file)
      if (!predicted && expected) lists.channel.fn.push(document.file)
      if (predicted && expected && document.channelRanges.length > 0) {
        channelSpanChecked++
        if (inRanges(prediction.channelFirstLine!, document.channelRanges.slice(0, 1)))
          channelSpanHits++
      }
    }
    if (document.hasWhatFor !== 'unsure') {
      const predicted = prediction.noWhatFor
      const expected = document.hasWhatFor === 'no'
      whatFor.push({repo: document.repo, predicted, expected})
      if (predicted && !expected) lists.whatFor.fp.push(document.file)
      if (!predicted && expected) lists.whatFor.fn.push(document.file)
      if (
        !predicted &&
        !expected &&
        document.purposeRanges.length > 0 &&
        prediction.purposeLine !== undefined
      ) {
        purposeSpanChecked++
        if (inRanges(prediction.purposeLine, document.purposeRanges)) purposeSpanHits++
      }
    }
  }
  const build = (
    rule: HeadlineScore['rule'],
    outcomes: Outcome[],
    fp: string[],
    fn: string[],
    spanHits: number,
    spanChecked: number
  ): HeadlineScore => {
    const score = precisionRecall(outcomes)
    const intervals = repositoryBootstrap(outcomes)
    return {
      rule,
      scored: outcomes.length,
      truePositives: score.tp,
      falsePositives: score.fp,
      falseNegatives: score.fn,
      precision: score.precision,
      recall: score.recall,
      precisionInterval: intervals.precision,
      recallInterval: intervals.recall,
      spanHits,
      spanChecked,
      falsePositiveDocuments: fp,
      falseNegativeDocuments: fn
    }
  }
  return [
    build(
      'no-channel-first',
      channel,
      lists.channel.fp,
      lists.channel.fn,
      channelSpanHits,
      channelSpanChecked
    ),
    build(
      'what-for',
      whatFor,
      lists.whatFor.fp,
      lists.whatFor.fn,
      purposeSpanHits,
      purposeSpanChecked
    )
  ]
}

export function formatHeadlineScores(scores: readonly HeadlineScore[], verbose = false): string {
  const interval = (value: Interval): string =>
    `[${value.low.toFixed(2)}, ${value.high.toFixed(2)}]`
  const lines = [
    'rule               docs  precision (95% CI)      recall (95% CI)         tp  fp  fn  span'
  ]
  for (const score of scores) {
    lines.push(
      `${score.rule.padEnd(17)} ${String(score.scored).padStart(5)}  ${score.precision.toFixed(2)} ${interval(score.precisionInterval).padEnd(14)}  ${score.recall.toFixed(2)} ${interval(score.recallInterval).padEnd(14)}  ${String(score.truePositives).padStart(3)} ${String(score.falsePositives).padStart(3)} ${String(score.falseNegatives).padStart(3)}  ${score.spanHits}/${score.spanChecked}`
    )
  }
  if (verbose) {
    for (const score of scores) {
      if (score.falsePositiveDocuments.length > 0)
        lines.push(`  ${score.rule} false positives: ${score.falsePositiveDocuments.join(', ')}`)
      if (score.falseNegativeDocuments.length > 0)
        lines.push(`  ${score.rule} false negatives: ${score.falseNegativeDocuments.join(', ')}`)
    }
  }
  return lines.join('\n')
}
