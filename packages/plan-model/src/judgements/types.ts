import type {Block, PlanModel, Sentence} from '../types.js'
import type {Judgements} from './judge.js'

/** The plan model before the learned judgements: what they read. */
export type PlanCore = Omit<
  PlanModel,
  keyof Judgements | 'sentenceWhatForScore' | 'explainWhatFor' | 'explainLineUp'
>

/** A logistic model: weights by feature name, shipped as data (see weights.ts). */
export interface LinearModel {
  readonly bias: number
  /** Probability at or above which the judgement is yes. */
  readonly threshold: number
  readonly weights: Readonly<Record<string, number>>
}

/** One feature's share of a decision, for explanations. */
export interface Contribution {
  readonly feature: string
  readonly value: number
  readonly weight: number
}

export interface Judged<Unit extends Sentence | Block> {
  readonly unit: Unit
  /** Probability from the model, 0 to 1. */
  readonly score: number
}
