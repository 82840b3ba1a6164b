import {statedPurposeCues} from '../lexicons/purpose.js'
import type {LexiconMatch, Section, Sentence} from '../types.js'
import {linksToPeopleIn} from './people-links.js'

/**
 * Deciding whether a sentence says why people should care. Explainable by
 * construction: a purpose cue (“we exist so that”, “so that”, “to help”) plus
 * the people it is for, and not merely a business number.
 */

// Cues that announce a purpose on their own, wherever they stand.
const STATED_CUES: ReadonlySet<string> = new Set(statedPurposeCues)
// Reasons that are not a purpose: corporate boilerplate, fashion and gurus.
const NOT_A_REASON = new Set(['boilerplate', 'guru-authority', 'guru-claim', 'fashion-appeal'])
const MONEY_MARKS = new Set(['%', '$', '\u00A3', '\u20AC'])
const MIN_WORDS = 4

export function isPurposeStatement(
  sentence: Sentence,
  section: Section,
  isTactic: boolean
): boolean {
  const words = sentence.tokens.filter((token) => token.kind === 'word' && !token.quoted).length
  if (words < MIN_WORDS) return false
  const cues = ownVoice(sentence.matches, 'purpose-cue').filter((match) => !match.negated)
  const people = ownVoice(sentence.matches, 'people')
  const stated = cues.some((match) => STATED_CUES.has(match.entry.phrase))
  // “Position Payhive as the thought leader, so that … we're the name people
  // quote”: standing for the brand, with people only as its admirers. It is a
  // purpose only where the people follow right on the link (“so that tenants can”).
  if (ownVoice(sentence.matches, 'influence-goal').some((match) => !match.negated))
    return linksToPeopleIn(sentence, people, isTactic)
  // A stated purpose about people stands even beside boilerplate (“… so that tenants can …”).
  if (stated && people.length > 0) return true
  if (
    sentence.matches.some(
      (match) => NOT_A_REASON.has(match.category) && !match.negated && !match.quoted
    )
  )
    return false
  if (linksToPeopleIn(sentence, people, isTactic)) return true
  if (hasBusinessNumber(sentence)) return false
  // In a purpose section, a sentence about people, or with a purpose cue, is the purpose.
  if (section.roles.has('purpose') && section.heading !== undefined)
    return people.length > 0 || cues.length > 0
  // A weak cue counts outside tactic lists.
  if (isTactic || section.roles.has('tactics') || section.roles.has('channels')) return false
  return cues.length > 0 && people.length > 0
}

function ownVoice(matches: readonly LexiconMatch[], category: string): LexiconMatch[] {
  return matches.filter((match) => match.category === category && !match.quoted)
}

function hasBusinessNumber(sentence: Sentence): boolean {
  if (sentence.tokens.some((token) => MONEY_MARKS.has(token.text))) return true
  return ownVoice(sentence.matches, 'business-metric').some((match) => !match.negated)
}
