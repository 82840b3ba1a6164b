import {liveMatches} from '../queries/matches.js'
import type {Sentence} from '../types.js'

/** Lexicon categories of what tactics are made of: cadences, formats and tools, platforms, channels. */
export const TACTIC_MEANS = ['schedule', 'tactic-format', 'platform', 'channel'] as const

/** Whether a sentence names, in its own voice and not negated, something tactics are made of. */
export function namesTacticMeans(sentence: Sentence): boolean {
  return TACTIC_MEANS.some((category) => liveMatches(sentence, category).length > 0)
}
