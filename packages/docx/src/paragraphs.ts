import type {Element, RootContent as HastContent, Root as HastRoot} from 'hast'
import type {Root as MdastRoot, Nodes} from 'mdast'
import {toString as textOf} from 'mdast-util-to-string'

/**
 * Positions in a `.docx` are Word paragraph numbers.
 *
 * A Word user has no line numbers, but can count paragraphs (Word shows each
 * one's ¶ mark). Paragraph N is the Nth paragraph that is not empty, counted
 * from the top of the document in reading order: every heading, body
 * paragraph and list item counts one, and so does every paragraph inside a
 * table cell (row by row, left to right); empty paragraphs, which Word users
 * put in for spacing, do not count. Footnotes and endnotes follow the last
 * paragraph of the body. This is exactly the paragraphs mammoth keeps: it
 * drops empty ones and writes each other one as one HTML element (`p`,
 * `h1`–`h6`, or an `li` holding the item's text).
 *
 * The Markdown made from the document is then parsed again, and each of its
 * text blocks (heading, paragraph, table cell) is matched, in order, to the
 * same block of the tree it was written from, which knows its Word paragraph
 * from the HTML element it came from. The result is one anchor per block: its
 * Word paragraph, where the block starts in the Markdown (with the marks
 * before its text: `## `, `- `, a table cell's `| `) and where its text
 * starts. A finding at a Markdown offset is in the paragraph of the last
 * block starting at or before it; its column is the character within that
 * paragraph's text (a little off where Markdown adds marks inside the text,
 * such as `**` around bold words). A table cell's paragraphs are one cell in
 * Markdown: a finding in one is given at the cell's first paragraph.
 */
export interface ParagraphAnchor {
  /** Word paragraph number, from 1. */
  readonly paragraph: number
  /** Offset in the Markdown where the block holding this paragraph starts. */
  readonly start: number
  /** Offset in the Markdown where this paragraph's text starts. */
  readonly offset: number
}

/** A point in a Word document: its paragraph and the character in it, from 1. */
export interface WordPoint {
  readonly line: number
  readonly column: number
}

interface Start {
  readonly offset: number
  readonly paragraph: number
}

const HEADINGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6'])
const BLOCKS = new Set(['p', 'ul', 'ol', 'table', 'li', ...HEADINGS])

/** Where each Word paragraph starts in mammoth's HTML (hast offsets), in document order. */
export function wordParagraphStarts(tree: HastRoot): Start[] {
  const starts: Start[] = []
  const walk = (nodes: readonly HastContent[]): void => {
    for (const node of nodes) {
      if (node.type !== 'element') continue
      if (isParagraph(node)) {
        const offset = node.position?.start.offset
        if (offset !== undefined) starts.push({offset, paragraph: starts.length + 1})
      }
      walk(node.children)
    }
  }
  walk(tree.children)
  return starts
}

/** mammoth writes a list paragraph as an `li` whose own content is inline. */
function isParagraph(node: Element): boolean {
  if (node.tagName === 'p' || HEADINGS.has(node.tagName)) return true
  if (node.tagName !== 'li') return false
  return node.children.some((child) =>
    child.type === 'text'
      ? child.value.trim() !== ''
      : child.type === 'element' && !BLOCKS.has(child.tagName)
  )
}

/**
 * Match the text blocks of the Markdown (`reparsed`) to the blocks of the
 * tree it was written from (`written`, whose positions are HTML offsets), in
 * order, and anchor each at its Word paragraph.
 */
export function anchorsOf(
  written: MdastRoot,
  reparsed: MdastRoot,
  starts: readonly Start[]
): ParagraphAnchor[] {
  const from = textBlocks(written, false)
  const to = textBlocks(reparsed, true)
  const anchors: ParagraphAnchor[] = []
  const count = Math.min(from.length, to.length)
  for (let index = 0; index < count; index++) {
    const paragraph = firstStartAtOrAfter(starts, from[index]!.offset)
    const {offset, start} = to[index]!
    // Document order on both sides: anchors only move forward.
    const previous = anchors.at(-1)
    if (previous && (offset <= previous.offset || paragraph < previous.paragraph)) continue
    anchors.push({paragraph, start: Math.max(start, previous ? previous.offset + 1 : 0), offset})
  }
  return anchors
}

interface TextBlock {
  /** Where the block starts: its line for a heading or paragraph (marks and indent included), its cell for a table cell. */
  readonly start: number
  readonly offset: number
}

/**
 * Headings, paragraphs and table cells with text, in document order: where
 * each block starts, or with `atText` where its text starts. A paragraph that
 * hast-util-to-mdast made to wrap a list item's text has no position of its
 * own: it takes its list item's.
 */
function textBlocks(tree: MdastRoot, atText: boolean): TextBlock[] {
  const blocks: TextBlock[] = []
  const walk = (node: Nodes, inherited: number | undefined): void => {
    const own = node.position?.start.offset ?? inherited
    if (node.type === 'heading' || node.type === 'paragraph' || node.type === 'tableCell') {
      if (textOf(node, {includeImageAlt: false}).trim() !== '' && own !== undefined) {
        const first = node.children[0]?.position?.start.offset
        const start =
          node.type === 'tableCell' ? own : own - ((node.position?.start.column ?? 1) - 1)
        blocks.push({start, offset: atText && first !== undefined ? first : own})
      }
      return
    }
    if ('children' in node) for (const child of node.children) walk(child, own)
  }
  walk(tree, undefined)
  return blocks
}

function firstStartAtOrAfter(starts: readonly Start[], offset: number): number {
  let low = 0
  let high = starts.length
  while (low < high) {
    const middle = (low + high) >>> 1
    if (starts[middle]!.offset < offset) low = middle + 1
    else high = middle
  }
  return (starts[low] ?? starts.at(-1))?.paragraph ?? 1
}

/** The Word paragraph and character of a Markdown offset. */
export function wordPoint(anchors: readonly ParagraphAnchor[], offset: number): WordPoint {
  let low = 0
  let high = anchors.length
  while (low < high) {
    const middle = (low + high) >>> 1
    if (anchors[middle]!.start <= offset) low = middle + 1
    else high = middle
  }
  const anchor = anchors[low - 1] ?? anchors[0]
  if (!anchor) return {line: 1, column: 1}
  return {line: anchor.paragraph, column: Math.max(1, offset - anchor.offset + 1)}
}
