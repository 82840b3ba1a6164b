import type {Nodes} from 'mdast'
import type {ListPlace, TablePlace} from '../types.js'

/** Where a stretch of block text starts, in the block text and in the source. */
export interface Segment {
  readonly textStart: number
  readonly sourceStart: number
}

/**
 * A heading, paragraph or table cell in the plan's own voice, as the blocks
 * pass reads it from mdast: its text without markup, and the segments that map
 * that text back to the source.
 */
export interface RawBlock {
  readonly kind: 'heading' | 'paragraph' | 'tableCell'
  readonly node: Nodes
  readonly text: string
  readonly segments: readonly Segment[]
  readonly start: number
  readonly end: number
  /** Heading depth; 0 for paragraphs and cells. */
  readonly depth: number
  readonly list: ListPlace | undefined
  readonly table: TablePlace | undefined
  /** The first paragraph of a list item that has more content under it. */
  readonly leadsListItem: boolean
  /** The first paragraph of a list item. */
  readonly firstInItem: boolean
  /** A paragraph that is only strong or emphasised text: a bold pseudo-heading. */
  readonly emphasisOnly: boolean
}

/**
 * A copy of a raw block with some fields changed, written out field by field:
 * a spread copy (`{...block}`) takes four times the memory, once per block.
 */
export function changed(block: RawBlock, changes: Partial<RawBlock>): RawBlock {
  const pick = <Key extends keyof RawBlock>(key: Key): RawBlock[Key] =>
    key in changes ? (changes[key] as RawBlock[Key]) : block[key]
  return {
    kind: pick('kind'),
    node: pick('node'),
    text: pick('text'),
    segments: pick('segments'),
    start: pick('start'),
    end: pick('end'),
    depth: pick('depth'),
    list: pick('list'),
    table: pick('table'),
    leadsListItem: pick('leadsListItem'),
    firstInItem: pick('firstInItem'),
    emphasisOnly: pick('emphasisOnly')
  }
}
