import {stemmer} from 'stemmer'
import {overstemmedPrefixes} from '../lexicons/model-words.js'
import type {Token} from '../types.js'

/**
 * Tokens of a block's text in one linear pass: words (with inner apostrophes,
 * dots and commas in numbers), numbers and punctuation. No regular expression
 * runs over the whole text; each character is looked at a bounded number of times.
 */

/** A token as the tokenizer makes it: a Token before its sentence is known, offsets into the block text. */
export type RawToken = Omit<Token, 'index' | 'quoted'>

/** What a word's text alone decides: its lower case, its stem and whether it is a number. */
interface Lexeme {
  readonly text: string
  readonly lower: string
  readonly stem: string
  readonly kind: 'word' | 'number'
}

// Plans reuse a small vocabulary: each written form is lower-cased and
// stemmed once, and its tokens share the strings.
const lexemes = new Map<string, Lexeme>()
const MAX_LEXEMES = 50000

function lexemeOf(written: string, numeric: boolean): Lexeme {
  let known = lexemes.get(written)
  if (known === undefined) {
    // A slice keeps the text it was cut from alive; the cache outlives the document.
    const text = ` ${written}`.slice(1)
    const lowerCase = text.toLowerCase()
    const lower = lowerCase.includes('\u2019') ? lowerCase.replaceAll('\u2019', "'") : lowerCase
    const kind = numeric ? 'number' : 'word'
    known = {text, lower, stem: numeric ? lower : stem(lower), kind}
    if (lexemes.size > MAX_LEXEMES) lexemes.clear()
    lexemes.set(text, known)
  }
  return known
}

/** The Porter stem of a lower-cased word; possessives and `n't` forms on their base. */
function stem(lower: string): string {
  const base = lower.endsWith("'s") || lower.endsWith('\u2019s') ? lower.slice(0, -2) : lower
  if (!/^[a-z]+$/.test(base)) return base
  return overstemmedPrefixes.find((prefix) => base.startsWith(prefix)) ?? stemmer(base)
}

export function tokenize(text: string): RawToken[] {
  const tokens: RawToken[] = []
  let index = 0
  while (index < text.length) {
    const code = text.charCodeAt(index)
    if (isWhitespace(code)) {
      index++
    } else if (isLetterOrDigit(text, index)) {
      const token = readWord(text, index)
      tokens.push(token)
      index = token.end
    } else {
      const char = text.charAt(index)
      tokens.push({
        text: char,
        lower: char,
        stem: char,
        kind: 'punctuation',
        start: index,
        end: ++index
      })
    }
  }
  return tokens
}

/** The word or number starting at `start`. */
function readWord(text: string, start: number): RawToken {
  let numeric = isDigit(text.charCodeAt(start))
  let index = start + 1
  while (index < text.length) {
    const next = text.charAt(index)
    if (isLetterOrDigit(text, index)) {
      if (!isDigit(text.charCodeAt(index))) numeric = false
      index++
      continue
    }
    // Inner apostrophe (won't, people's) or decimal/thousands separator (2.5, 10,000).
    const after = text.charCodeAt(index + 1)
    const apostrophe = next === "'" || next === '\u2019'
    if (
      apostrophe &&
      index + 1 < text.length &&
      isLetterOrDigit(text, index + 1) &&
      !isDigit(after)
    ) {
      index += 2
      continue
    }
    if ((next === '.' || next === ',') && numeric && isDigit(after)) {
      index += 2
      continue
    }
    // `Google+` is a network's name.
    if (next === '+' && text.slice(start, index).toLowerCase() === 'google') index++
    break
  }
  const {text: written, lower, stem, kind} = lexemeOf(text.slice(start, index), numeric)
  return {text: written, lower, stem, kind, start, end: index}
}

function isLetterOrDigit(text: string, index: number): boolean {
  const code = text.charCodeAt(index)
  if (code < 128) {
    return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122)
  }
  return /[\p{L}\p{N}]/u.test(text.charAt(index))
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57
}

function isWhitespace(code: number): boolean {
  // Space, line feed, tab, carriage return, no-break space.
  return code === 32 || code === 10 || code === 9 || code === 13 || code === 160
}
