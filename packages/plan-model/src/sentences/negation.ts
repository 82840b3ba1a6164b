import {clauseOpeners, negators, refusalWords} from '../lexicons/model-words.js'
import {isNegativeWord} from '../shared/negative-word.js'
import type {Token} from '../types.js'

/**
 * Negation scope, kept small and explainable: a negator shortly before the
 * phrase in the same clause (“we will not chase likes”, “without going
 * viral”), or a negated verb right after it (“likes are not the goal”).
 */

const NEGATORS = new Set(negators)
const CLAUSE_OPENERS = new Set(clauseOpeners)
const CLAUSE_BREAKS = new Set([',', ';', ':', '.', '!', '?', '(', ')', '\u2014', '\u2013'])
const REFUSAL_WORDS = new Set(refusalWords)
const LOOK_BEHIND = 6
const LOOK_AHEAD = 4
const MAX_REFUSAL_WORDS = 6

/** “not”, “never”, “cannot” or an “n't” form: the words that negate a verb phrase. */
function isNegator(token: Token): boolean {
  return NEGATORS.has(token.lower) || isNegativeWord(token)
}

/** A clause ends here: punctuation that closes one, or a word that opens the next (“people who don't drive”). */
function isClauseBreak(token: Token): boolean {
  return CLAUSE_BREAKS.has(token.text) || CLAUSE_OPENERS.has(token.lower)
}

/** Negation in one sentence: the scope from behind is read once, for all its phrases. */
export class SentenceNegation {
  private behind: Uint8Array | undefined

  constructor(private readonly tokens: readonly Token[]) {}

  /** Whether the tokens `first`…`last` stand under a negation. */
  isNegated(first: number, last: number): boolean {
    this.behind ??= negatedBehind(this.tokens)
    if (first > 0 && this.behind[first - 1] === 1) return true
    // Only a negated verb after the phrase: “likes are not”, “virality isn't”.
    // “so that nobody …” negates what follows, not the phrase before it; verbs
    // like “stop” or “avoid” negate what follows them (“the Stop Smoking Service”).
    const tokens = this.tokens
    for (let index = last + 1; index < tokens.length && index <= last + LOOK_AHEAD; index++) {
      const token = tokens[index]!
      if (isClauseBreak(token)) return false
      if (isNegativeWord(token)) return true
    }
    return false
  }
}

// For rules that ask of a sentence's tokens one phrase at a time.
const negations = new WeakMap<readonly Token[], SentenceNegation>()

/** Whether the tokens `first`…`last` of a sentence stand under a negation. */
export function isNegated(tokens: readonly Token[], first: number, last: number): boolean {
  let negation = negations.get(tokens)
  if (!negation) {
    negation = new SentenceNegation(tokens)
    negations.set(tokens, negation)
  }
  return negation.isNegated(first, last)
}

/**
 * For each token, whether a phrase right after it is negated from behind.
 * Read back from it, a negator counts within six words in the same clause,
 * and each “or” (“not about raising our profile or making us thought
 * leaders”) reaches six words further. A name in quotes (“the "Alert No
 * Drop" skit”) negates nothing.
 *
 * One pass for the whole sentence instead of a look back per phrase, which a
 * long list of “or”s would make quadratic. With S(k) the running sum of +5
 * per “or” and -1 per other word, reading back from p reaches token q when
 * S(k) < S(p) + 6 for every k from q to p - 1: so the last negator counts
 * when no running sum since it reached S(p) + 6.
 */
function negatedBehind(tokens: readonly Token[]): Uint8Array {
  const behind = new Uint8Array(tokens.length)
  let sum = 0
  let lastNegator = -1
  let lastBreak = -1
  // The highest running sum from the last negator to the token before this one.
  let highest = Number.NEGATIVE_INFINITY
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index]!
    sum += token.lower === 'or' || token.lower === 'nor' ? LOOK_BEHIND - 1 : -1
    if (isClauseBreak(token)) lastBreak = index
    else if (isNegator(token) && !token.quoted) {
      lastNegator = index
      highest = Number.NEGATIVE_INFINITY
    }
    behind[index] = lastNegator > lastBreak && highest < sum + LOOK_BEHIND ? 1 : 0
    highest = Math.max(highest, sum)
  }
  return behind
}

/**
 * A sentence that only refuses what the sentence before it proposed: “We
 * won't.” The proposal is then negated as a whole.
 */
export function isRefusal(tokens: readonly Token[]): boolean {
  let words = 0
  let negated = false
  for (const token of tokens) {
    if (token.kind === 'punctuation') continue
    if (++words > MAX_REFUSAL_WORDS || !REFUSAL_WORDS.has(token.lower)) return false
    negated ||= isNegator(token)
  }
  return words > 0 && negated
}
