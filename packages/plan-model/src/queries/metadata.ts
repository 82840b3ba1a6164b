import {headerFields} from '../lexicons/model-words.js'
import type {Block} from '../types.js'

const FIELD_SEPARATORS = [':', '|', '\u00B7', '\u2022']
const MAX_SHORT_LINE_WORDS = 6
const MAX_KEY_WORDS = 4
const PLAN_CATEGORIES = new Set(['platform', 'channel', 'schedule'])

/**
 * Whether a paragraph is document metadata rather than plan content:
 * “Version 1.3 · Owner: Talent · Approved January 2025”, “Prepared for:
 * Leadership”, a byline, a date. Every line is short or a set of
 * `Key: value` / `a | b` fields. Such paragraphs belong to the title block.
 */
export function isMetadataBlock(block: Block): boolean {
  if (block.kind !== 'paragraph' || block.list || block.table || block.pseudoHeading) return false
  const lines = block.text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
  if (lines.length === 0) return false
  // A memo's or minutes' header (From, To, Subject, Present…) is metadata even
  // when its subject names a channel: it names the topic, not the plan.
  if (lines.length <= 8 && lines.every(isHeaderField)) return true
  // Lines that name channels or a cadence are a plan, however terse (“MON  Strava: routes”).
  if (
    block.sentences.some((sentence) =>
      sentence.matches.some((match) => PLAN_CATEGORIES.has(match.category))
    )
  )
    return false
  if (lines.length > 6) return false
  return lines.every(isMetadataLine)
}

const HEADER_FIELDS = new Set(headerFields)

function isHeaderField(line: string): boolean {
  const colon = line.indexOf(':')
  return colon > 0 && HEADER_FIELDS.has(line.slice(0, colon).trim().toLowerCase())
}

function isMetadataLine(line: string): boolean {
  if (line.endsWith('.') && !/\d\.$/.test(line)) return false
  const words = line.split(/\s+/)
  if (words.length <= MAX_SHORT_LINE_WORDS) return true
  for (const separator of FIELD_SEPARATORS) {
    const at = line.indexOf(separator)
    if (at === -1) continue
    if (separator !== ':') return true
    if (line.slice(0, at).split(/\s+/).length <= MAX_KEY_WORDS) return true
  }
  return false
}
