import type {Block, Section, Sentence} from '../types.js'
import {
  channelNames,
  type GroupShape,
  groupShape,
  lineUpFeatures,
  sectionFeatures,
  whatForFeatures
} from './features.js'
import {probability, sigmoid, weightedSum} from './model.js'
import type {Judged, LinearModel, PlanCore} from './types.js'
import {lineUpModel, openingModel, whatForDocumentModel, whatForModel} from './weights.js'

/** A block judged a channel line-up, with the extent a finding should cover. */
export interface LineUp extends Judged<Block> {
  /** The whole list or table it belongs to, else the block. */
  readonly start: number
  readonly end: number
}

export interface Judgements {
  /** Sentences that state why people should care, by the learned What For model. */
  readonly whatForStatements: readonly Sentence[]
  /** Where the first of them starts. */
  readonly whatForStart: number | undefined
  /** Blocks before the What For judged channel line-ups, account lists, channel tables, per-channel headings or schedules (later blocks are not read). */
  readonly channelLineUps: readonly LineUp[]
  /** The line-up the plan opens with, when the doc-level model judges that it starts from its channels. */
  readonly channelOpening: LineUp | undefined
  /** That model's probability that the plan starts from its channels. */
  readonly channelFirstScore: number
  /** The doc-level model's probability that the plan states a What For. */
  readonly whatForScore: number
}

export interface Models {
  /** Sentence level: does this sentence state a What For? */
  readonly whatFor: LinearModel
  /** Doc level, over whatForDocumentFeatures: does the plan state a What For anywhere? */
  readonly whatForDocument: LinearModel
  /** Block level: is this block a channel line-up? */
  readonly lineUp: LinearModel
  /** Doc level, over openingFeatures: does the plan start from its channels? */
  readonly opening: LinearModel
}

export const shippedModels: Models = {
  whatFor: whatForModel,
  whatForDocument: whatForDocumentModel,
  lineUp: lineUpModel,
  opening: openingModel
}

function lineUpOf(block: Block, score: number): LineUp {
  const group = block.list ?? block.table
  return {unit: block, score, start: group?.start ?? block.start, end: group?.end ?? block.end}
}

/**
 * Does the plan state a What For, and in which sentences? The doc-level model
 * decides; a sentence that both the sentence model is sure of and the
 * rule-based reading takes for a purpose (“We exist so that first-time
 * founders never launch alone”) is a What For wherever it sits, in a
 * ten-line plan as in a long one (rules.md).
 */
export function decideWhatFor(
  sentences: readonly SentenceEvidence[],
  models: Pick<Models, 'whatFor' | 'whatForDocument'>
): {score: number; indices: number[]} {
  const score = probability(models.whatForDocument, whatForDocumentFeatures(sentences))
  const agreed = sentences.some((sentence) => sentence.ruleBased && sentence.score >= SURE)
  const has = score >= models.whatForDocument.threshold || agreed
  return {score, indices: has ? whatForIndices(sentences, models.whatFor.threshold) : []}
}

/**
 * Does the plan start from its channels, and where? The doc-level model
 * decides; a line-up of three channels or more standing in the opening itself
 * (the title block or the first section, before any What For) is rules.md's
 * own case and starts from channels whatever else the plan holds.
 */
export function decideOpening(
  evidence: OpeningEvidence,
  models: Pick<Models, 'lineUp' | 'opening'>
): {score: number; index: number} {
  const strong = models.lineUp.threshold
  const score = probability(models.opening, openingFeatures(evidence, strong))
  if (score >= models.opening.threshold) return {score, index: openingLineUpIndex(evidence, strong)}
  const limit = evidence.whatForStart ?? evidence.length
  return {
    score,
    index: evidence.blockScores.findIndex(
      (block) =>
        block.inOpening && block.start < limit && block.score >= strong && block.groupChannels >= 3
    )
  }
}

/** A model's score for units of one section after another: the section's share is summed once. */
function scorerBySection(
  model: LinearModel
): (section: Section, features: Map<string, number>) => number {
  const shares = new Map<Section, number>()
  return (section, features) => {
    let share = shares.get(section)
    if (share === undefined) {
      share = weightedSum(model, sectionFeatures(section))
      shares.set(section, share)
    }
    return sigmoid(model.bias + share + weightedSum(model, features))
  }
}

/** Runs both learned judgements over a plan: every sentence once, the blocks before its What For once, then the doc-level decisions. */
export function judge(plan: PlanCore, models: Models = shippedModels): Judgements {
  const scoreSentence = scorerBySection(models.whatFor)
  const sentences = plan.sentences.map((sentence) =>
    sentenceEvidence(
      plan,
      sentence,
      scoreSentence(sentence.block.section, whatForFeatures(plan, sentence, false))
    )
  )
  const {score: whatForScore, indices} = decideWhatFor(sentences, models)
  const whatForStatements = indices.map((index) => plan.sentences[index]!)
  const whatForStart = whatForStatements[0]?.start
  const shape = groupShape(plan)
  const opening = openingEnd(plan)
  // Only what comes before the What For can open a plan from its channels: later blocks are not read.
  const limit = whatForStart ?? Number.POSITIVE_INFINITY
  const candidates = plan.blocks.filter((block) => block.start < limit)
  const scoreBlock = scorerBySection(models.lineUp)
  const blockScores = candidates.map((block) =>
    blockEvidence(
      block,
      scoreBlock(block.section, lineUpFeatures(plan, shape, block, false)),
      opening,
      shape
    )
  )
  const strong = models.lineUp.threshold
  const channelLineUps = candidates.flatMap((block, index) =>
    blockScores[index]!.score >= strong ? [lineUpOf(block, blockScores[index]!.score)] : []
  )
  const evidence: OpeningEvidence = {blockScores, whatForStart, length: plan.source.length}
  const {score: channelFirstScore, index: at} = decideOpening(evidence, models)
  const channelOpening = at === -1 ? undefined : lineUpOf(candidates[at]!, blockScores[at]!.score)
  return {
    whatForStatements,
    whatForStart,
    channelLineUps,
    channelOpening,
    channelFirstScore,
    whatForScore
  }
}

/** What the doc-level What For decision knows of one sentence. */
export interface SentenceEvidence {
  readonly start: number
  /** The What For model's probability. */
  readonly score: number
  /** The rule-based reading (purpose.ts) takes it for a purpose statement. */
  readonly ruleBased: boolean
  /** It stands in a section headed as a purpose (“Why”, “Mission”, “Purpose”). */
  readonly inPurposeSection: boolean
}

export function sentenceEvidence(
  plan: PlanCore,
  sentence: Sentence,
  score: number
): SentenceEvidence {
  return {
    start: sentence.start,
    score,
    ruleBased: plan.purposeStatementSet.has(sentence),
    inPurposeSection: sentence.block.section.roles.has('purpose')
  }
}

/**
 * Doc-level features for “does this plan state a What For anywhere?”: how
 * sure the sentence model is of its best sentences, whether the rule-based
 * reading found one, and how sure it is inside sections headed as a purpose.
 * Nothing about where: rules.md accepts a What For wherever it sits.
 */
export function whatForDocumentFeatures(
  sentences: readonly SentenceEvidence[]
): Map<string, number> {
  const scores = sentences.map((sentence) => sentence.score).sort((a, b) => b - a)
  const features = new Map<string, number>()
  features.set('what-for:best', scores[0] ?? 0)
  features.set('what-for:second-best', scores[1] ?? 0)
  const sure = scores.filter((score) => score >= SURE).length
  features.set('what-for:sure-sentences', Math.min(5, sure) / 5)
  // As a share too: one sure sentence says more in a ten-line plan than in a long handbook page.
  features.set(
    'what-for:sure-share',
    scores.length === 0 ? 0 : Math.min(1, (sure * 10) / scores.length)
  )
  features.set(
    'what-for:best-in-purpose-section',
    maxOf(
      sentences.filter((sentence) => sentence.inPurposeSection).map((sentence) => sentence.score)
    )
  )
  const ruleBased = sentences.filter((sentence) => sentence.ruleBased).length
  features.set('rule-based:purpose-statements', Math.min(5, ruleBased) / 5)
  if (ruleBased > 0) features.set('rule-based:any', 1)
  return features
}

/** The sentences a plan's What For rests on: those above the sentence threshold, else its best one. */
export function whatForIndices(
  sentences: readonly SentenceEvidence[],
  threshold: number
): number[] {
  const above = sentences.flatMap((sentence, index) => (sentence.score >= threshold ? [index] : []))
  if (above.length > 0 || sentences.length === 0) return above
  let best = 0
  for (let index = 1; index < sentences.length; index++)
    if (sentences[index]!.score > sentences[best]!.score) best = index
  return [best]
}

/** What the doc-level decision knows of one block. */
export interface BlockEvidence {
  readonly start: number
  /** The line-up model's probability. */
  readonly score: number
  readonly heading: boolean
  /** Distinct channel names the block names in the plan's own voice. */
  readonly channels: number
  /** Channels its whole list or table names (items or cells naming one); the block's own count otherwise. */
  readonly groupChannels: number
  /** The block says “channels”, “platforms”, “social media” and the like. */
  readonly channelCue: boolean
  /** In the title block or the first section with content: rules.md's “opening”. */
  readonly inOpening: boolean
}

/**
 * Where the opening ends: after the title block and the first section that
 * has content of its own (a lone title heading and its section do not count
 * as that first section).
 */
export function openingEnd(plan: PlanCore): number {
  const first = plan.sections.find(
    (section) => section.depth > 0 && section.heading?.index !== 0 && section.blocks.length > 0
  )
  if (!first) return plan.source.length
  const next = plan.sections
    .slice(first.index + 1)
    .find((section) => section.depth > 0 && section.depth <= first.depth)
  return next?.start ?? plan.source.length
}

/** Evidence for one block, from the plan model. */
export function blockEvidence(
  block: Block,
  score: number,
  opening: number,
  shape: GroupShape
): BlockEvidence {
  const names = new Set<string>()
  let channelCue = false
  // Where its channels start: a paragraph can state the What For and name channels after it.
  let start = block.start
  for (const sentence of block.sentences) {
    const named = channelNames(sentence)
    if (names.size === 0 && named.size > 0) start = sentence.start
    for (const name of named) names.add(name)
    channelCue ||= sentence.matches.some(
      (match) => match.category === 'channel-cue' && !match.quoted && !match.negated
    )
  }
  return {
    start,
    score,
    heading: block.kind === 'heading' || block.pseudoHeading,
    channels: names.size,
    groupChannels: Math.max(groupChannels(block, shape), names.size),
    channelCue,
    inOpening: block.start < opening
  }
}

/** A list or table is judged whole: its items, or its body cells in the channel column, that name a channel. */
function groupChannels(block: Block, shape: GroupShape): number {
  if (block.list) return shape.listChannelItems.get(block.list.id)?.count ?? 0
  if (!block.table) return 0
  return Math.round(
    (shape.tableChannelColumn.get(block.table.id)?.share ?? 0) * Math.max(0, block.table.rows - 1)
  )
}

/** The inputs of the doc-level channel-first decision, from the unit scores. */
export interface OpeningEvidence {
  /** Line-up scores of the blocks in document order, with where each starts. */
  readonly blockScores: ReadonlyArray<BlockEvidence>
  /** Where the first What For starts, if any. */
  readonly whatForStart: number | undefined
  readonly length: number
}

/**
 * Doc-level features for “does this plan start from its channels?”: how much
 * of what comes before the What For is line-up, how early the first line-up
 * stands, how many headings are channels. Read by a small second model, so
 * one stray channel list deep in a long plan weighs less than an opening one.
 */
export function openingFeatures(evidence: OpeningEvidence, strong: number): Map<string, number> {
  const limit = evidence.whatForStart ?? evidence.length
  const before = evidence.blockScores.filter((block) => block.start < limit)
  const opening = before.slice(0, OPENING_BLOCKS)
  const firstStrong = before.findIndex((block) => block.score >= strong)
  const features = new Map<string, number>()
  features.set('opening:max-line-up', maxOf(opening.map((block) => block.score)))
  features.set('before-what-for:max-line-up', maxOf(before.map((block) => block.score)))
  features.set(
    'before-what-for:line-up-share',
    before.length === 0 ? 0 : before.filter((block) => block.score >= strong).length / before.length
  )
  features.set(
    'before-what-for:channel-headings',
    Math.min(5, before.filter((block) => block.heading && block.score >= strong).length) / 5
  )
  features.set(
    'first-line-up:position',
    firstStrong === -1 ? 1 : before[firstStrong]!.start / Math.max(1, evidence.length)
  )
  const share = (
    blocks: readonly BlockEvidence[],
    test: (block: BlockEvidence) => boolean
  ): number => (blocks.length === 0 ? 0 : blocks.filter(test).length / blocks.length)
  const headings = before.filter((block) => block.heading)
  const distinct = before.reduce((sum, block) => sum + block.channels, 0)
  features.set(
    'before-what-for:channel-block-share',
    share(before, (block) => block.channels > 0)
  )
  features.set(
    'opening:channel-block-share',
    share(before.slice(0, OPENING_BLOCKS * 2), (block) => block.channels > 0)
  )
  features.set(
    'before-what-for:channel-heading-share',
    share(headings, (block) => block.channels > 0 || block.channelCue)
  )
  features.set('before-what-for:channel-names', Math.min(20, distinct) / 20)
  // rules.md's second clause: built section by section per channel, no What For before those sections.
  const channelHeadings = headings.filter((block) => block.channels > 0).length
  if (channelHeadings >= 2)
    features.set('before-what-for:sections-per-channel', Math.min(4, channelHeadings) / 4)
  const firstSection = before.filter((block) => block.inOpening)
  features.set('first-section:max-line-up', maxOf(firstSection.map((block) => block.score)))
  features.set(
    'first-section:channel-block-share',
    share(firstSection, (block) => block.channels > 0)
  )
  features.set('what-for:none', evidence.whatForStart === undefined ? 1 : 0)
  features.set(
    'what-for:position',
    evidence.whatForStart === undefined ? 1 : evidence.whatForStart / Math.max(1, evidence.length)
  )
  return features
}

const OPENING_BLOCKS = 6

/** The largest of some scores; 0 for none. */
function maxOf(values: readonly number[]): number {
  return values.reduce((best, value) => Math.max(best, value), 0)
}
/** A sentence score the What For model is sure of. */
const SURE = 0.9

/**
 * The block a channel-first finding points at, before the What For: the first
 * strong line-up that names a channel; else the first strong one that is no
 * heading (a “## Channels” or “## Content calendar” heading is only the door
 * to the line-up); else the first strong one; else the strongest.
 */
export function openingLineUpIndex(evidence: OpeningEvidence, strong: number): number {
  const limit = evidence.whatForStart ?? evidence.length
  let firstStrong = -1
  let firstStrongContent = -1
  let strongest = -1
  for (let index = 0; index < evidence.blockScores.length; index++) {
    const block = evidence.blockScores[index]!
    if (block.start >= limit) break
    if (block.score >= strong) {
      if (block.channels > 0) return index
      if (firstStrong === -1) firstStrong = index
      if (firstStrongContent === -1 && !block.heading) firstStrongContent = index
    }
    if (strongest === -1 || block.score > evidence.blockScores[strongest]!.score) strongest = index
  }
  if (firstStrongContent !== -1) return firstStrongContent
  return firstStrong !== -1 ? firstStrong : strongest
}
