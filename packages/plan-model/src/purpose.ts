import type {LexiconMatch, Section, Sentence} from './types.js'

/**
 * Deciding whether a sentence says why people should care. Explainable by
 * construction: a purpose cue (“we exist so that”, “so that”, “to help”) plus
 * the people it is for, and not merely a business number.
 */

// Cues that announce a purpose on their own, wherever they stand.
const STRONG_CUES = new Set([
  'we exist', 'exists to', 'exists so', 'exist so', 'exist to', 'exist because', 'our purpose', 'the purpose',
  'purpose is', 'why people should care', 'people should care', 'should care', 'what for', 'so that', 'in order that',
  'for people who', 'for those who', 'the change we', 'change we want', 'we want to change', 'difference we',
  'make a difference', 'we are here to', "we're here to", 'here to', 'mission is', 'our cause', 'why this matters',
  'why it matters', 'this matters because', 'it matters because', 'never have to', 'no longer', 'so nobody', 'so no one',
  'so everyone', 'so people', 'so they', 'so residents', 'so families', 'so customers', 'improve the lives',
  'improve lives', 'better lives', 'better life', 'less alone', 'we want people', 'we want every', 'because people',
  'because families', 'because residents', 'because customers'
])

function ownVoice(matches: readonly LexiconMatch[], category: string): LexiconMatch[] {
  return matches.filter((match) => match.category === category && !match.quoted)
}

function hasBusinessNumber(sentence: Sentence): boolean {
  for (const token of sentence.tokens) {
    if (token.text === '%' || token.text === '$' || token.text === '\u00A3' || token.text === '\u20AC') return true
  }
  return ownVoice(sentence.matches, 'business-metric').some((match) => !match.negated)
}

export function isPurposeStatement(sentence: Sentence, section: Section, isTactic: boolean): boolean {
  const cues = ownVoice(sentence.matches, 'purpose-cue').filter((match) => !match.negated)
  const people = ownVoice(sentence.matches, 'people')
  const business = hasBusinessNumber(sentence)
  const words = sentence.tokens.filter((token) => token.kind === 'word' && !token.quoted).length
  if (words < 4) return false
  if (section.roles.has('purpose') && section.heading !== undefined) {
    // In a purpose section, any sentence about people or change counts, unless
    // it is only a business number.
    return (people.length > 0 || cues.length > 0) && !(business && people.length === 0)
  }
  if (cues.length === 0 || people.length === 0) return false
  const strong = cues.some((match) => STRONG_CUES.has(match.entry.phrase))
  if (strong) return !business || people.length > 0
  // A weak cue (“help”, “enable”) counts outside tactic lists and without numbers.
  if (isTactic || section.roles.has('tactics') || section.roles.has('channels')) return false
  return !business
}
