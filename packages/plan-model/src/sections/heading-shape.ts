import type {RawBlock} from '../blocks/raw-block.js'
import type {SentenceText} from '../sentences/read.js'
import type {Token} from '../types.js'
import {rolesAtStart} from './roles.js'

const MAX_HEADING_WORDS = 6
const MAX_LABEL_WORDS = 4
const MAX_ROLE_QUESTION_WORDS = 10
const MAX_BOLD_HEADING_WORDS = 8

/**
 * Whether a block works as a heading: a real heading, a bold-only line, the
 * short lead of an outline item (“1. Purpose”), or a short line that names a
 * section role or is written in capitals (“GOALS”, “Channels:”). With
 * 'first-line', only its first line is the heading and the rest is its content.
 */
export function headingShape(
  raw: RawBlock,
  sentences: readonly SentenceText[]
): 'whole' | 'first-line' | 'none' {
  if (raw.kind === 'heading') return 'whole'
  if (raw.kind !== 'paragraph' || sentences.length === 0) return 'none'
  if (raw.emphasisOnly && isBoldHeading(sentences)) return 'whole'
  const first = sentences[0]!
  if (!looksLikeHeadingLine(first.tokens)) return 'none'
  if (raw.list && !raw.firstInItem) return 'none'
  if (sentences.length === 1) return raw.list && !raw.leadsListItem ? 'none' : 'whole'
  // Only the first line: it must stand on a line of its own.
  const after = raw.text.charAt(first.textEnd)
  return /\s/.test(after) && raw.text.slice(first.textEnd, first.textEnd + 3).includes('\n')
    ? 'first-line'
    : 'none'
}

/** A short bold line, or “**Q7. Are we going to do social listening?**” (split in two sentences). */
function isBoldHeading(sentences: readonly SentenceText[]): boolean {
  const first = wordCount(sentences[0]!.tokens)
  if (sentences.length === 1) return first <= MAX_BOLD_HEADING_WORDS
  return (
    sentences.length === 2 &&
    first <= 2 &&
    first + wordCount(sentences[1]!.tokens) <= MAX_ROLE_QUESTION_WORDS
  )
}

export function wordCount(tokens: readonly Token[]): number {
  let words = 0
  for (const token of tokens) if (token.kind === 'word') words++
  return words
}

function looksLikeHeadingLine(tokens: readonly Token[]): boolean {
  const words = tokens.filter((token) => token.kind === 'word')
  if (words.length === 0) return false
  const last = tokens[tokens.length - 1]!
  if (last.kind === 'punctuation' && last.text !== ':' && last.text !== '?') return false
  // A question or label that opens with a role may run longer (“Why are we doing any of this?”).
  if (words.length > MAX_HEADING_WORDS)
    return (
      words.length <= MAX_ROLE_QUESTION_WORDS &&
      last.kind === 'punctuation' &&
      rolesAtStart(tokens).size > 0
    )
  const shouting = words.every(
    (token) => token.text === token.text.toUpperCase() && /[A-Z]/.test(token.text)
  )
  // A line of a few capitalised words with no sentence punctuation is a
  // plain-text heading (“Formats”, “Paid media”), whatever it names.
  const first = words[0]!.text.charAt(0)
  const label =
    words.length <= MAX_LABEL_WORDS &&
    first !== first.toLowerCase() &&
    (last.kind !== 'punctuation' || last.text === ':')
  return shouting || label || rolesAtStart(tokens).size > 0
}
