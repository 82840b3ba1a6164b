import {saysWhatOthersCanDo} from '../statements/others-can-do.js'
import type {Sentence} from '../types.js'
import {channelNames} from './channels.js'
import {
  addLexiconCategories,
  addSection,
  addWords,
  blockKind,
  countBucket,
  type Features,
  lengthBucket
} from './features.js'
import type {PlanCore} from './types.js'

/**
 * Features of one sentence for “does this state a What For?”. Without its
 * section's (`withSection` false) when the caller adds the section's share
 * once for all its sentences: the two sets of names never overlap.
 */
export function whatForFeatures(plan: PlanCore, sentence: Sentence, withSection = true): Features {
  const features: Features = new Map()
  const block = sentence.block
  const words = addWords(features, sentence.tokens, 'word')
  const first = sentence.tokens.find((token) => token.kind === 'word' && !token.quoted)
  if (first) features.set(`first-word:${first.stem}`, 1)
  // No position: rules.md accepts a What For wherever it sits.
  features.set(`length:${lengthBucket(words)}`, 1)
  features.set(`block:${blockKind(block)}`, 1)
  if (block.pseudoHeading) features.set('block:pseudo-heading', 1)
  if (block.sentences[0] === sentence) features.set('sentence:first-of-block', 1)
  if (withSection) addSection(features, block.section)
  addLexiconCategories(features, [sentence])
  features.set(`channels:${countBucket(channelNames(sentence).size)}`, 1)
  if (plan.purposeStatementSet.has(sentence)) features.set('model:purpose-statement', 1)
  if (plan.goalStatementSet.has(sentence)) features.set('model:goal-statement', 1)
  if (plan.tacticStatementSet.has(sentence)) features.set('model:tactic-statement', 1)
  if (saysWhatOthersCanDo(sentence)) features.set('model:others-can-do', 1)
  if (sentence.tokens.some((token) => token.kind === 'number')) features.set('has:number', 1)
  if (sentence.text.trimEnd().endsWith('?')) features.set('has:question', 1)
  return features
}
