import {type GroupShape, groupShape} from './judgements/group-shape.js'
import {type Judgements, judge, shippedModels} from './judgements/judge.js'
import {lineUpFeatures} from './judgements/line-up-features.js'
import {contributions, probability} from './judgements/model.js'
import type {PlanCore} from './judgements/types.js'
import {whatForFeatures} from './judgements/what-for-features.js'
import type {PlanModel} from './types.js'

/**
 * The plan model with the learned judgements on it. They run on first use: a
 * configuration without the headline rules, or the trainer reading features,
 * does not pay for them.
 */
export function withJudgements(core: PlanCore): PlanModel {
  let judged: Judgements | undefined
  const judgements = (): Judgements => {
    judged ??= judge(core)
    return judged
  }
  let shape: GroupShape | undefined
  const shapeOf = (): GroupShape => {
    shape ??= groupShape(core)
    return shape
  }
  return {
    ...core,
    get whatForStatements() {
      return judgements().whatForStatements
    },
    get whatForStart() {
      return judgements().whatForStart
    },
    get channelLineUps() {
      return judgements().channelLineUps
    },
    get channelOpening() {
      return judgements().channelOpening
    },
    get channelFirstScore() {
      return judgements().channelFirstScore
    },
    get whatForScore() {
      return judgements().whatForScore
    },
    sentenceWhatForScore: (sentence) =>
      probability(shippedModels.whatFor, whatForFeatures(core, sentence)),
    explainWhatFor: (sentence) =>
      contributions(shippedModels.whatFor, whatForFeatures(core, sentence)),
    explainLineUp: (block) =>
      contributions(shippedModels.lineUp, lineUpFeatures(core, shapeOf(), block))
  }
}
