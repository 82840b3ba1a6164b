import type {Sentence} from '../types.js'
import type {Models} from './judge.js'
import {maxOf, probability} from './model.js'
import type {PlanCore} from './types.js'

/** A sentence score the What For model is sure of. */
const SURE = 0.9

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
