import {irregularPast} from '../lexicons/model-words.js'
import type {LexiconMatch, Sentence, Token} from '../types.js'

const IRREGULAR_PAST = new Set(irregularPast)

/**
 * A sentence that describes an activity: a tactic verb (post, publish, run
 * ads) or a cadence, about a channel or inside a tactics or channels section.
 */
export function isTacticStatement(sentence: Sentence): boolean {
  const live = new Set<string>()
  for (const match of sentence.matches) if (isLive(sentence, match)) live.add(match.category)
  if (!live.has('tactic-verb') && !live.has('schedule')) return false
  const roles = sentence.block.section.roles
  return (
    live.has('platform') ||
    live.has('channel') ||
    live.has('schedule') ||
    roles.has('tactics') ||
    roles.has('channels')
  )
}

/** In the plan's own voice, not negated, and not a tactic told in the past (“we met on MySpace”). */
function isLive(sentence: Sentence, match: LexiconMatch): boolean {
  if (match.negated || match.quoted) return false
  return match.category !== 'tactic-verb' || !isPastTense(sentence.tokens[match.first]!)
}

function isPastTense(token: Token): boolean {
  return (token.lower.endsWith('ed') && token.lower.length > 4) || IRREGULAR_PAST.has(token.lower)
}
