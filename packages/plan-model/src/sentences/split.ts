import {monthAbbreviations} from '../lexicons/calendar.js'
import {abbreviations, lineCarryingWords} from '../lexicons/model-words.js'
import {CLOSE_QUOTES} from './quotations.js'
import type {RawToken} from './tokenize.js'

/** A sentence as a range of a block's tokens, `to` excluded. */
export interface TokenRange {
  readonly from: number
  readonly to: number
}

const TERMINATORS = new Set(['.', '!', '?', '\u2026'])
const ABBREVIATIONS = new Set([...abbreviations, ...monthAbbreviations])
const LINE_CARRYING_WORDS = new Set(lineCarryingWords)
const LINE_CARRYING_MARKS = new Set([',', ';', '-', '&'])
// Prose wrapped at a fixed width breaks lines mid-sentence (“not a\nFacebook
// strategy”); a line this long that ends in a word was wrapped, not finished.
const WRAP_WIDTH = 50

/**
 * Split tokens into sentences: at terminal punctuation followed by a space
 * (not after an abbreviation or an initialism, not inside brackets that close
 * later), and at line breaks that start a new line item: plain-text plans
 * often have no full stops.
 */
export function splitSentences(text: string, tokens: readonly RawToken[]): TokenRange[] {
  const sentences: TokenRange[] = []
  const closesAfter = closingBracketsFrom(tokens)
  let from = 0
  let depth = 0
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index]!
    if (index > from && endsAtLineBreak(text, tokens[index - 1]!, token)) {
      sentences.push({from, to: index})
      from = index
      depth = 0
    }
    // A question or exclamation inside brackets ends no sentence. Only brackets
    // that close later count, so a stray “(” cannot swallow the rest of a block.
    if (token.text === '(' && closesAfter[index + 1]! > depth) depth++
    else if (token.text === ')' && depth > 0) depth--
    if (depth > 0 || !isSentenceEnd(tokens, index)) continue
    // Keep closing quotes and brackets with the sentence they close.
    while (index + 1 < tokens.length && isTightCloser(tokens[index]!, tokens[index + 1]!)) index++
    const following = tokens[index + 1]
    if (!following || following.start > tokens[index]!.end) {
      sentences.push({from, to: index + 1})
      from = index + 1
    }
  }
  if (from < tokens.length) sentences.push({from, to: tokens.length})
  return sentences
}

/** How many closing brackets stand at or after each index. */
function closingBracketsFrom(tokens: readonly RawToken[]): Uint32Array {
  const closes = new Uint32Array(tokens.length + 1)
  for (let index = tokens.length - 1; index >= 0; index--)
    closes[index] = closes[index + 1]! + (tokens[index]!.text === ')' ? 1 : 0)
  return closes
}

function isSentenceEnd(tokens: readonly RawToken[], index: number): boolean {
  const token = tokens[index]!
  if (token.kind !== 'punctuation' || !TERMINATORS.has(token.text)) return false
  if (token.text !== '.' || index === 0) return true
  const before = tokens[index - 1]!
  if (before.kind === 'word' && ABBREVIATIONS.has(before.lower) && before.end === token.start)
    return false
  return !isInitialism(tokens, index - 1)
}

function isTightCloser(token: RawToken, next: RawToken): boolean {
  return (CLOSE_QUOTES.has(next.text) || next.text === ')') && next.start === token.end
}

/**
 * The last letter of a dotted initialism: “6 a.m. ET”, “the U.S. market”,
 * “e.g. a poster”. Its full stop ends no sentence.
 */
function isInitialism(tokens: readonly RawToken[], letter: number): boolean {
  const token = tokens[letter]!
  const dot = tokens[letter - 1]
  const first = tokens[letter - 2]
  return (
    token.kind === 'word' &&
    token.text.length === 1 &&
    dot?.text === '.' &&
    dot.end === token.start &&
    first?.kind === 'word' &&
    first.text.length === 1 &&
    first.end === dot.start
  )
}

/** A line break between two tokens that starts a new sentence (a new line item). */
function endsAtLineBreak(text: string, previous: RawToken, next: RawToken): boolean {
  if (!hasLineBreak(text, previous.end, next.start)) return false
  if (previous.kind === 'punctuation' && LINE_CARRYING_MARKS.has(previous.text)) return false
  if (previous.kind === 'word' && LINE_CARRYING_WORDS.has(previous.lower)) return false
  const first = next.text.charAt(0)
  const opensLine =
    next.kind === 'number' || first !== first.toLowerCase() || next.kind === 'punctuation'
  return opensLine && !isWrappedLine(text, previous)
}

/** Only the gap between two tokens is read: searching on would cost the rest of the line. */
function hasLineBreak(text: string, from: number, to: number): boolean {
  for (let index = from; index < to; index++) if (text.charCodeAt(index) === 10) return true
  return false
}

function isWrappedLine(text: string, previous: RawToken): boolean {
  if (previous.kind !== 'word') return false
  const lineStart = text.lastIndexOf('\n', previous.start) + 1
  return previous.end - lineStart >= WRAP_WIDTH
}
