import {stemmer} from 'stemmer'

/**
 * Splitting a block's text into sentences and tokens in one linear pass.
 * No regular expressions run over the whole text: each character is looked at
 * a bounded number of times, so cost stays linear in document size.
 */

/**
 * A token as the tokenizer makes it: offsets into the block text, and its
 * index within its sentence once sentences are split. The plan model turns the
 * same object into its `Token` (offsets moved to the source) instead of
 * copying it: a document has hundreds of thousands of tokens.
 */
export interface RawToken {
  index: number
  text: string
  lower: string
  stem: string
  kind: 'word' | 'number' | 'punctuation'
  /** Offsets into the block text. */
  start: number
  end: number
  quoted: boolean
}

export interface RawSentence {
  start: number
  end: number
  tokens: RawToken[]
}

const ABBREVIATIONS = new Set([
  'e.g',
  'i.e',
  'etc',
  'mr',
  'mrs',
  'ms',
  'dr',
  'vs',
  'st',
  'no',
  'inc',
  'ltd',
  'co',
  'approx',
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec'
])

const OPEN_QUOTES = new Set(['"', '\u201C', '\u201E', '\u00AB'])
const CLOSE_QUOTES = new Set(['"', '\u201D', '\u00BB'])

function isLetterOrDigit(code: number, char: string): boolean {
  if (code < 128) {
    return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122)
  }
  return /[\p{L}\p{N}]/u.test(char)
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57
}

function isWhitespace(char: string): boolean {
  return char === ' ' || char === '\n' || char === '\t' || char === '\r' || char === '\u00A0'
}

const stemCache = new Map<string, string>()

// Porter stems “communication” and “community” alike (“commun”): a launch
// communication is no community. Words with these prefixes stem to the prefix.
const OVERSTEMMED = ['communicat']

/** Stem a lowercased word, with a cache: plans reuse a small vocabulary. */
export function stem(lower: string): string {
  let cached = stemCache.get(lower)
  if (cached === undefined) {
    // Possessives and `n't` forms are stemmed on their base.
    const base = lower.endsWith("'s") || lower.endsWith('\u2019s') ? lower.slice(0, -2) : lower
    cached = /^[a-z]+$/.test(base)
      ? (OVERSTEMMED.find((prefix) => base.startsWith(prefix)) ?? stemmer(base))
      : base
    if (stemCache.size > 50000) stemCache.clear()
    stemCache.set(lower, cached)
  }
  return cached
}

/** Tokenize `text`: words (with inner apostrophes, dots in numbers), numbers, punctuation. */
export function tokenize(text: string): RawToken[] {
  const tokens: RawToken[] = []
  let index = 0
  while (index < text.length) {
    const char = text.charAt(index)
    const code = text.charCodeAt(index)
    if (isWhitespace(char)) {
      index++
      continue
    }
    if (isLetterOrDigit(code, char)) {
      const start = index
      let numeric = isDigit(code)
      index++
      while (index < text.length) {
        const next = text.charAt(index)
        const nextCode = text.charCodeAt(index)
        if (isLetterOrDigit(nextCode, next)) {
          if (!isDigit(nextCode)) numeric = false
          index++
          continue
        }
        // Inner apostrophe (won't, people's) or decimal/thousands separator (2.5, 10,000).
        const after = text.charCodeAt(index + 1)
        const afterChar = text.charAt(index + 1)
        if (
          (next === "'" || next === '\u2019') &&
          index + 1 < text.length &&
          isLetterOrDigit(after, afterChar) &&
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
        if (next === '+' && text.slice(start, index).toLowerCase() === 'google') {
          index++
        }
        break
      }
      const raw = text.slice(start, index)
      const lowerCase = raw.toLowerCase()
      const lower = lowerCase.includes('\u2019') ? lowerCase.replaceAll('\u2019', "'") : lowerCase
      tokens.push({
        index: 0,
        text: raw,
        lower,
        stem: numeric ? lower : stem(lower),
        kind: numeric ? 'number' : 'word',
        start,
        end: index,
        quoted: false
      })
      continue
    }
    tokens.push({
      index: 0,
      text: char,
      lower: char,
      stem: char,
      kind: 'punctuation',
      start: index,
      end: index + 1,
      quoted: false
    })
    index++
  }
  markQuotations(tokens)
  return tokens
}

/**
 * Mark tokens inside double quotation marks as quoted when the quotation has
 * three or more words: that is someone else's voice. One- or two-word scare
 * quotes (“influence”) stay the writer's own words.
 */
function markQuotations(tokens: RawToken[]): void {
  let open = -1
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index]!
    if (token.kind !== 'punctuation') continue
    const isStraight = token.text === '"'
    if (open === -1 && OPEN_QUOTES.has(token.text)) {
      open = index
    } else if (open !== -1 && (CLOSE_QUOTES.has(token.text) || isStraight)) {
      let words = 0
      for (let inner = open + 1; inner < index; inner++)
        if (tokens[inner]!.kind !== 'punctuation') words++
      if (words >= 3)
        for (let inner = open + 1; inner < index; inner++) tokens[inner]!.quoted = true
      open = -1
    }
  }
}

const TERMINATORS = new Set(['.', '!', '?', '\u2026'])

/**
 * Split tokens into sentences: at terminal punctuation followed by a capital,
 * digit or quote (not after an abbreviation), and at line breaks that start a
 * new line item (plain-text plans often have no full stops).
 */
export function splitSentences(text: string, tokens: RawToken[]): RawSentence[] {
  const sentences: RawSentence[] = []
  let current: RawToken[] = []
  // A question or exclamation inside brackets (“(the form asks “how did you
  // hear about us?” — it's on the form)”) ends no sentence. Only brackets that
  // close later count, so a stray “(” cannot swallow the rest of a block.
  const closesAfter = new Array<number>(tokens.length + 1).fill(0)
  for (let index = tokens.length - 1; index >= 0; index--)
    closesAfter[index] = closesAfter[index + 1]! + (tokens[index]!.text === ')' ? 1 : 0)
  let depth = 0
  const flush = (): void => {
    if (current.length === 0) return
    for (let index = 0; index < current.length; index++) current[index]!.index = index
    sentences.push({
      start: current[0]!.start,
      end: current[current.length - 1]!.end,
      tokens: current
    })
    current = []
  }
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index]!
    const previous = current[current.length - 1]
    if (
      previous &&
      startsNewLine(text, previous.end, token.start) &&
      lineBreakEndsSentence(previous, token) &&
      !isWrappedLine(text, previous)
    ) {
      flush()
      depth = 0
    }
    current.push(token)
    if (token.text === '(' && closesAfter[index + 1]! > depth) depth++
    else if (token.text === ')' && depth > 0) depth--
    if (token.kind === 'punctuation' && TERMINATORS.has(token.text) && depth === 0) {
      const before = tokens[index - 1]
      const next = tokens[index + 1]
      if (
        token.text === '.' &&
        before &&
        before.kind === 'word' &&
        ABBREVIATIONS.has(before.lower) &&
        before.end === token.start
      )
        continue
      if (token.text === '.' && before && isInitialism(tokens, index - 1)) continue
      // Keep closing quotes and brackets with the sentence they close.
      while (
        next &&
        index + 1 < tokens.length &&
        (CLOSE_QUOTES.has(tokens[index + 1]!.text) || tokens[index + 1]!.text === ')') &&
        tokens[index + 1]!.start === tokens[index]!.end
      ) {
        index++
        current.push(tokens[index]!)
      }
      const following = tokens[index + 1]
      if (!following || following.start > tokens[index]!.end) flush()
    }
  }
  flush()
  return sentences
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

// Prose wrapped at a fixed width breaks lines mid-sentence (“not a\nFacebook
// strategy”); a line this long that ends in a word was wrapped, not finished.
const WRAP_WIDTH = 50

function isWrappedLine(text: string, previous: RawToken): boolean {
  if (previous.kind !== 'word') return false
  const lineStart = text.lastIndexOf('\n', previous.start) + 1
  return previous.end - lineStart >= WRAP_WIDTH
}

function startsNewLine(text: string, from: number, to: number): boolean {
  for (let index = from; index < to; index++) if (text.charAt(index) === '\n') return true
  return false
}

function lineBreakEndsSentence(previous: RawToken, next: RawToken): boolean {
  if (
    previous.kind === 'punctuation' &&
    (previous.text === ',' ||
      previous.text === ';' ||
      previous.text === '-' ||
      previous.text === '&')
  )
    return false
  if (
    previous.kind === 'word' &&
    (previous.lower === 'and' ||
      previous.lower === 'or' ||
      previous.lower === 'the' ||
      previous.lower === 'to' ||
      previous.lower === 'of')
  )
    return false
  const first = next.text.charAt(0)
  return next.kind === 'number' || first !== first.toLowerCase() || next.kind === 'punctuation'
}
