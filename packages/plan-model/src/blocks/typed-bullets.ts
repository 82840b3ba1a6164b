import type {ListPlace} from '../types.js'
import {changed, type RawBlock} from './raw-block.js'
import {segmentsBetween, toSource} from './segments.js'

// Bullets typed as characters, as chat messages, slide exports and plain-text
// plans have them: Markdown sees one paragraph, the writer wrote a list.
const BULLETS = new Set([
  '\u2022',
  '\u00B7',
  '\u25AA',
  '\u25E6',
  '\u2023',
  '\u2043',
  '\u25CF',
  '\u25A0'
])
const MIN_BULLETED_LINES = 2

/** A line of a block's text; `bullet` is the offset of its typed bullet, or -1. */
interface Line {
  readonly start: number
  readonly end: number
  readonly bullet: number
}

/**
 * A paragraph with lines that start with a typed bullet (“• TikTok 5x/week”),
 * as the blocks the writer meant: the lines before the bullets, one list item
 * per bulleted line, and the lines after them. Undefined when it has none.
 */
export function splitBulletedLines(
  block: RawBlock,
  nextListId: () => number,
  listDepth: number
): RawBlock[] | undefined {
  const lines = linesOf(block.text)
  if (lines.filter((line) => line.bullet !== -1).length < MIN_BULLETED_LINES) return undefined
  const parts: RawBlock[] = []
  let list: ListPlace | undefined
  let item = 0
  let prose: {start: number; end: number} | undefined
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]!
    if (line.bullet === -1) {
      // A blank line between bullets keeps the list going.
      if (list && line.start < line.end) list = undefined
      prose = {start: prose?.start ?? line.start, end: line.end}
      continue
    }
    if (prose) parts.push(part(block, prose.start, prose.end, undefined))
    prose = undefined
    if (!list) {
      item = 0
      list = listFrom(block, lines, index, nextListId(), listDepth)
    }
    let textStart = line.bullet + 1
    while (textStart < line.end && block.text[textStart] === ' ') textStart++
    parts.push(part(block, textStart, line.end, itemOf(list, item++)))
  }
  if (prose) parts.push(part(block, prose.start, prose.end, undefined))
  return parts.filter((part) => part.text.trim() !== '')
}

function linesOf(text: string): Line[] {
  const lines: Line[] = []
  for (let start = 0; start <= text.length; ) {
    const newline = text.indexOf('\n', start)
    const end = newline === -1 ? text.length : newline
    let first = start
    while (first < end && (text[first] === ' ' || text[first] === '\t')) first++
    lines.push({start, end, bullet: BULLETS.has(text[first] ?? '') ? first : -1})
    if (newline === -1) break
    start = newline + 1
  }
  return lines
}

/** The list that the bulleted lines from `index` on make: its size is their run. */
function listFrom(
  block: RawBlock,
  lines: readonly Line[],
  index: number,
  id: number,
  listDepth: number
): ListPlace {
  let size = 0
  while (index + size < lines.length && lines[index + size]!.bullet !== -1) size++
  return {
    id,
    ordered: false,
    item: 0,
    size,
    depth: listDepth + 1,
    start: sourceOffset(block, lines[index]!.start),
    end: sourceOffset(block, lines[index + size - 1]!.end)
  }
}

function sourceOffset(block: RawBlock, offset: number): number {
  return block.segments.length === 0 ? block.start : toSource(block.segments, offset)
}

/** The place of one item in a list. */
function itemOf(list: ListPlace, item: number): ListPlace {
  const {id, ordered, size, depth, start, end} = list
  return {id, ordered, item, size, depth, start, end}
}

/** Part of a block's text as a block of its own, its segments moved with it. */
function part(block: RawBlock, from: number, to: number, list: ListPlace | undefined): RawBlock {
  const start = sourceOffset(block, from)
  return changed(block, {
    text: block.text.slice(from, to),
    segments: segmentsBetween(block.segments, from, to, start),
    start,
    end: sourceOffset(block, to),
    list: list ?? block.list,
    leadsListItem: false,
    firstInItem: list !== undefined,
    emphasisOnly: false
  })
}
