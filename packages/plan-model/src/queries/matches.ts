import {nounMarkers} from '../lexicons/model-words.js'
import type {LexiconMatch, Sentence, Token} from '../types.js'
import {wordsAsWritten} from './words.js'

/** Questions rules ask of a sentence's lexicon matches. */

/** Matches of `category` in the plan's own voice and not under a negation. */
export function liveMatches(sentence: Sentence, category: string): LexiconMatch[] {
  return sentence.matches.filter(
    (match) => match.category === category && !match.negated && !match.quoted
  )
}

/**
 * Whether a match is written in one of the forms its lexicon lists, not just
 * a form with the same stem: “likes” and not “like”, “followers” and not
 * “following”. With `fromToken`, only the tokens from that offset on are
 * compared, so a leading verb may still inflect (“raising awareness”).
 */
export function writtenAsListed(match: LexiconMatch, fromToken = 0): boolean {
  const listed = match.entry.phrase
    .toLowerCase()
    .split(/[\s-]+/)
    .filter((word) => word !== '')
  const written = match.sentence.tokens
    .slice(match.first, match.last + 1)
    .filter((token) => token.kind !== 'punctuation' || token.text !== '-')
  if (listed.length !== written.length) return true
  for (let index = fromToken; index < written.length; index++) {
    if (baseForm(written[index]!) !== listed[index]) return false
  }
  return true
}

function baseForm(token: Token): string {
  const lower = token.lower.replace(/\u2019/g, "'")
  return lower.endsWith("'s") ? lower.slice(0, -2) : lower
}

const NOUN_MARKERS = new Set(nounMarkers)

/**
 * The growth verbs of a sentence that stand as verbs: “reach” in “Facebook
 * reach” or “our reach” is a noun, not an aim.
 */
export function growthVerbsAsVerbs(sentence: Sentence): LexiconMatch[] {
  const platformEnds = new Set<number>()
  for (const match of sentence.matches)
    if (match.category === 'platform') platformEnds.add(match.last)
  return liveMatches(sentence, 'growth-verb').filter((verb) => {
    const before = sentence.tokens[verb.first - 1]
    if (!before) return true
    return !NOUN_MARKERS.has(before.lower) && !platformEnds.has(verb.first - 1)
  })
}

/**
 * Matches with those inside a longer one left out: “Instagram Reels” is one
 * channel, not also “reels”; “ticket sales” one number, not also “sales”.
 * A match goes when another starts no later and ends no sooner without being
 * the same range; sorted by start, that is one sweep, not a pair of loops.
 */
export function widestMatches(matches: readonly LexiconMatch[]): LexiconMatch[] {
  const order = matches
    .map((_, index) => index)
    .sort((a, b) => matches[a]!.first - matches[b]!.first)
  const inside = new Uint8Array(matches.length)
  let furthestBefore = Number.NEGATIVE_INFINITY
  for (let group = 0; group < order.length; ) {
    const first = matches[order[group]!]!.first
    let end = group
    let furthest = Number.NEGATIVE_INFINITY
    for (; end < order.length && matches[order[end]!]!.first === first; end++)
      furthest = Math.max(furthest, matches[order[end]!]!.last)
    for (let at = group; at < end; at++) {
      const last = matches[order[at]!]!.last
      if (furthestBefore >= last || furthest > last) inside[order[at]!] = 1
    }
    furthestBefore = Math.max(furthestBefore, furthest)
    group = end
  }
  return matches.filter((_, index) => inside[index] === 0)
}

/**
 * The words of a match as written, for messages: its tokens, spaced, with
 * hyphens and apostrophes kept tight (“TikTok-first”). Source offsets cannot
 * slice a sentence's text, because markup between them is not in it.
 */
export function matchText(match: LexiconMatch): string {
  return wordsAsWritten(match.sentence, match.first, match.last)
}

/** A count: “5,000”, “2.5”, and the shorthand of targets, “10k”, “50M”, “1.2bn”. */
export function isCount(token: Token): boolean {
  if (token.kind === 'number') return true
  return token.kind === 'word' && /^\d[\d.,]*(?:k|m|mn|bn|b)$/i.test(token.lower)
}
