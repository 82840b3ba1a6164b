import type {Token} from './types.js'

/**
 * Negation scope, kept small and explainable: a negator shortly before the
 * phrase in the same clause (“we will not chase likes”, “without going
 * viral”), or a negated copula right after it (“likes are not the goal”).
 */
const NEGATORS = new Set([
  'not',
  'no',
  'none',
  'nobody',
  'never',
  'without',
  'nor',
  'neither',
  'avoid',
  'avoiding',
  'stop',
  'stopped',
  'refuse',
  'resist',
  'rather',
  'instead',
  'against',
  'beyond',
  'ignore',
  'ignoring',
  'forget',
  'ditch',
  'drop',
  'reject',
  'rejecting',
  'nothing'
])
const CLAUSE_BREAKS = new Set([',', ';', ':', '.', '!', '?', '(', ')', '\u2014', '\u2013'])
// Conjunctions and relative pronouns open a new clause: “people who don't drive” negates the driving, not the people.
const CONTRAST_WORDS = new Set([
  'but',
  'so',
  'and',
  'because',
  'while',
  'whereas',
  'although',
  'though',
  'yet',
  'who',
  'which',
  'that',
  'whose',
  'where',
  'when'
])
const LOOK_BEHIND = 6
const LOOK_AHEAD = 4

function isNegator(token: Token): boolean {
  return NEGATORS.has(token.lower) || token.lower.endsWith("n't") || token.lower === 'cannot'
}

function negatesWhatCameBefore(token: Token): boolean {
  return (
    token.lower === 'not' ||
    token.lower === 'never' ||
    token.lower === 'cannot' ||
    token.lower.endsWith("n't")
  )
}

export function isNegated(tokens: readonly Token[], first: number, last: number): boolean {
  // “not about raising our profile or making us thought leaders”: a negation
  // reaches every item of an “or” list, so each “or” widens the look-behind.
  let reach = LOOK_BEHIND
  for (let index = first - 1, seen = 0; index >= 0 && seen < reach; index--, seen++) {
    const token = tokens[index]!
    if (CLAUSE_BREAKS.has(token.text) || CONTRAST_WORDS.has(token.lower)) break
    // A name in quotes (“the "Alert No Drop" skit”) negates nothing.
    if (isNegator(token) && !token.quoted) return true
    if (token.lower === 'or' || token.lower === 'nor') reach += LOOK_BEHIND
  }
  for (
    let index = last + 1, seen = 0;
    index < tokens.length && seen < LOOK_AHEAD;
    index++, seen++
  ) {
    const token = tokens[index]!
    if (CLAUSE_BREAKS.has(token.text) || CONTRAST_WORDS.has(token.lower)) break
    // Only a negated verb phrase after the phrase: “likes are not”, “virality isn't”.
    // “so that nobody …” negates what follows, not the phrase before it; verbs
    // like “stop” or “avoid” negate what follows them (“the Stop Smoking Service”).
    if (negatesWhatCameBefore(token)) return true
  }
  return false
}

// The words of a bare refusal: “We won't.”, “We will not do that.”, “No.”
const REFUSAL_WORDS = new Set([
  'we',
  'i',
  'will',
  'shall',
  'do',
  'does',
  'are',
  'am',
  'going',
  'to',
  'that',
  'this',
  'it',
  'so',
  'either',
  'not',
  'no',
  'never',
  "won't",
  "don't",
  "shan't",
  "aren't",
  "we're",
  "i'm",
  "we'll",
  "i'll"
])
const REFUSAL_NEGATORS = new Set(['not', 'no', 'never', "won't", "don't", "shan't", "aren't"])
const MAX_REFUSAL_WORDS = 6

/**
 * A sentence that only refuses what the sentence before it proposed: “We
 * won't.” The proposal is then negated as a whole.
 */
export function isRefusal(tokens: readonly Token[]): boolean {
  const words = tokens.filter((token) => token.kind !== 'punctuation')
  return (
    words.length > 0 &&
    words.length <= MAX_REFUSAL_WORDS &&
    words.every((token) => REFUSAL_WORDS.has(token.lower)) &&
    words.some((token) => REFUSAL_NEGATORS.has(token.lower))
  )
}
