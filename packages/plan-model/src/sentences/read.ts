import type {RawBlock} from '../blocks/raw-block.js'
import {sourceMapper} from '../blocks/segments.js'
import type {Token} from '../types.js'
import {quotedTokens} from './quotations.js'
import {splitSentences, type TokenRange} from './split.js'
import {type RawToken, tokenize} from './tokenize.js'

/** A sentence of a block as the sentences pass reads it: its text and tokens. */
export interface SentenceText {
  readonly text: string
  /** Offsets into the block text. */
  readonly textStart: number
  readonly textEnd: number
  /** Offsets into the source. */
  readonly start: number
  readonly end: number
  readonly tokens: readonly Token[]
}

/**
 * The sentences pass: a block's text as sentences of tokens, with offsets
 * moved from the block text to the source.
 */
export function readSentences(block: RawBlock): SentenceText[] {
  const tokens = tokenize(block.text)
  const quoted = quotedTokens(tokens)
  const toSource = sourceMapper(block.segments)
  return splitSentences(block.text, tokens).map((range) => {
    const own = sentenceTokens(tokens, quoted, range, toSource)
    return {
      text: block.text.slice(tokens[range.from]!.start, tokens[range.to - 1]!.end),
      textStart: tokens[range.from]!.start,
      textEnd: tokens[range.to - 1]!.end,
      start: own[0]!.start,
      end: own[own.length - 1]!.end,
      tokens: own
    }
  })
}

/** A sentence's tokens, offsets moved to the source, in an array of their own size. */
function sentenceTokens(
  tokens: readonly RawToken[],
  quoted: Uint8Array,
  {from, to}: TokenRange,
  toSource: (textOffset: number) => number
): Token[] {
  return tokens.slice(from, to).map((token, index) => ({
    index,
    text: token.text,
    lower: token.lower,
    stem: token.stem,
    kind: token.kind,
    start: toSource(token.start),
    end: toSource(token.end - 1) + 1,
    quoted: quoted[from + index] === 1
  }))
}
