import {statedPurposeCues} from './lexicons/purpose.js'
import type {LexiconMatch, Section, Sentence} from './types.js'

/**
 * Deciding whether a sentence says why people should care. Explainable by
 * construction: a purpose cue (“we exist so that”, “so that”, “to help”) plus
 * the people it is for, and not merely a business number.
 */

// Cues that announce a purpose on their own, wherever they stand.
const STRONG_CUES: ReadonlySet<string> = new Set(statedPurposeCues)

// Words that, right before the people they name, announce what changes for
// them: “because students …”, “so families can …”, “for home brewers who …”,
// “we want young people to …”.
const LINKS_TO_PEOPLE = new Set([
  'because',
  'so',
  'for',
  'helping',
  'help',
  'helps',
  'let',
  'lets',
  'enable',
  'enables',
  'empower',
  'want',
  'wants',
  'need'
])
// After these the people must go on to do something (“want students in halls
// to waste less”), and must not be counted (“want more customers”).
const NEEDS_INFINITIVE = new Set(['want', 'wants', 'need'])
const INFINITIVE_WINDOW = 8
const QUANTITY_WORDS = new Set([
  'more',
  'new',
  'extra',
  'additional',
  'million',
  'millions',
  'thousand',
  'thousands'
])
const PRONOUNS = new Set(['they', 'them', 'whoever', 'those who'])
const PEOPLE_WINDOW = 4

/**
 * A link word followed within a few words by the people it is about, the
 * people then doing or getting something. Structural, so it carries to
 * wordings no lexicon lists. Pronouns do not count: their antecedent could
 * be anything (“because they always do well”).
 */
function linksToPeople(
  sentence: Sentence,
  people: readonly LexiconMatch[],
  isTactic: boolean
): boolean {
  return people.some((person) => {
    if (person.negated || PRONOUNS.has(person.entry.phrase)) return false
    for (
      let index = person.first - 1;
      index >= 0 && index >= person.first - PEOPLE_WINDOW;
      index--
    ) {
      const token = sentence.tokens[index]!
      if (token.kind === 'punctuation') return false
      if (!LINKS_TO_PEOPLE.has(token.lower)) continue
      const next = sentence.tokens[person.last + 1]
      // “for people” alone names a target group, not a purpose: it needs “who”.
      // In a tactic it is the tactic's target (“a giveaway for anyone who follows us”).
      if (token.lower === 'for')
        return !isTactic && (next?.lower === 'who' || next?.lower === 'that')
      if (NEEDS_INFINITIVE.has(token.lower)) return goesOnToDo(sentence, index, person)
      return true
    }
    return false
  })
}

function goesOnToDo(sentence: Sentence, linkIndex: number, person: LexiconMatch): boolean {
  for (let index = linkIndex + 1; index < person.first; index++) {
    const token = sentence.tokens[index]!
    if (QUANTITY_WORDS.has(token.lower) || token.kind === 'number') return false
  }
  for (
    let index = person.last + 1;
    index < sentence.tokens.length && index <= person.last + INFINITIVE_WINDOW;
    index++
  ) {
    const token = sentence.tokens[index]!
    if (token.lower === 'to') return true
    if (token.kind === 'punctuation' && token.text !== ',') return false
  }
  return false
}

function ownVoice(matches: readonly LexiconMatch[], category: string): LexiconMatch[] {
  return matches.filter((match) => match.category === category && !match.quoted)
}

function hasBusinessNumber(sentence: Sentence): boolean {
  for (const token of sentence.tokens) {
    if (
      token.text === '%' ||
      token.text === '$' ||
      token.text === '\u00A3' ||
      token.text === '\u20AC'
    )
      return true
  }
  return ownVoice(sentence.matches, 'business-metric').some((match) => !match.negated)
}

// Reasons that are not a purpose: corporate boilerplate, fashion and gurus.
const NOT_A_REASON = new Set(['boilerplate', 'guru-authority', 'guru-claim', 'fashion-appeal'])

export function isPurposeStatement(
  sentence: Sentence,
  section: Section,
  isTactic: boolean
): boolean {
  const words = sentence.tokens.filter((token) => token.kind === 'word' && !token.quoted).length
  if (words < 4) return false
  const cues = ownVoice(sentence.matches, 'purpose-cue').filter((match) => !match.negated)
  const people = ownVoice(sentence.matches, 'people')
  const business = hasBusinessNumber(sentence)
  const hollow = sentence.matches.some(
    (match) => NOT_A_REASON.has(match.category) && !match.negated && !match.quoted
  )
  const stated = cues.some((match) => STRONG_CUES.has(match.entry.phrase))
  // “Position Payhive as the thought leader, so that … we're the name people
  // quote”: standing for the brand, with people only as its admirers. It is a
  // purpose only where the people follow right on the link (“so that tenants can”).
  if (ownVoice(sentence.matches, 'influence-goal').some((match) => !match.negated))
    return linksToPeople(sentence, people, isTactic)
  // A stated purpose about people stands even beside boilerplate (“… so that tenants can …”).
  if (stated && people.length > 0) return true
  if (hollow) return false
  if (linksToPeople(sentence, people, isTactic)) return true
  if (business) return false
  // In a purpose section, a sentence about people, or with a purpose cue, is the purpose.
  if (section.roles.has('purpose') && section.heading !== undefined)
    return people.length > 0 || cues.length > 0
  // A weak cue counts outside tactic lists.
  if (isTactic || section.roles.has('tactics') || section.roles.has('channels')) return false
  return cues.length > 0 && people.length > 0
}

const WRITERS = new Set(['we', 'us', 'our', 'i', 'me', 'my'])
const CAN_WORDS = new Set(['can', 'could'])
/** Tokens between “so” and “can” in “so swimmers can check before they go in”. */
const SUBJECT_WORDS = 3

/**
 * “…, so swimmers can check before they go in”: a clause saying what someone
 * other than the writer can do once this is done. “So we can …” does not
 * count: the writer's own next step is no reason (“so we can monitor mentions”).
 */
export function saysWhatOthersCanDo(sentence: Sentence): boolean {
  const tokens = sentence.tokens
  for (let index = 0; index < tokens.length; index++) {
    if (tokens[index]!.lower !== 'so' || tokens[index]!.quoted) continue
    const from = tokens[index + 1]?.lower === 'that' ? index + 2 : index + 1
    for (let at = from + 1; at <= from + SUBJECT_WORDS && at < tokens.length; at++) {
      if (!CAN_WORDS.has(tokens[at]!.lower)) continue
      const subject = tokens.slice(from, at)
      if (
        subject.length > 0 &&
        subject.every((token) => token.kind === 'word' && !WRITERS.has(token.lower))
      )
        return true
    }
  }
  return false
}
