import type {Block, Section, Sentence} from '../types.js'
import {sectionFeatures} from './features.js'
import {groupShape} from './group-shape.js'
import {lineUpFeatures} from './line-up-features.js'
import {sigmoid, weightedSum} from './model.js'
import {blockEvidence, decideOpening, type OpeningEvidence, openingEnd} from './opening.js'
import type {Judged, LinearModel, PlanCore} from './types.js'
import {lineUpModel, openingModel, whatForDocumentModel, whatForModel} from './weights.js'
import {decideWhatFor, sentenceEvidence} from './what-for.js'
import {whatForFeatures} from './what-for-features.js'

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
  /**
   * Blocks before the What For judged channel line-ups, account lists, channel
   * tables, per-channel headings or schedules (later blocks are not read).
   */
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

/**
 * Runs both learned judgements over a plan: every sentence once, the blocks
 * before its What For once, then the doc-level decisions.
 */
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
