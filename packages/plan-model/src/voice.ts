import type {Blockquote, Nodes, Paragraph, Parents, PhrasingContent, Root} from 'mdast'
import type {ListPlace, TablePlace} from './types.js'

/**
 * Extracts the plan's own voice from mdast: headings, paragraphs and table
 * cells, with the text of code, inline code, HTML, URLs, images and block
 * quotes left out (those are not the writer speaking).
 */

/** A stretch of block text and where it starts in the source. */
export interface Segment {
  readonly textStart: number
  readonly sourceStart: number
}

export interface RawBlock {
  kind: 'heading' | 'paragraph' | 'tableCell'
  node: Nodes
  text: string
  segments: Segment[]
  start: number
  end: number
  depth: number
  list: ListPlace | undefined
  table: TablePlace | undefined
  /** The first paragraph of a list item that has more content under it. */
  leadsListItem: boolean
  /** The first paragraph of a list item. */
  firstInItem: boolean
  /** A paragraph that is only strong or emphasised text: a bold pseudo-heading. */
  emphasisOnly: boolean
}

/**
 * A block quote used as a callout panel: its text opens with an emoji or
 * symbol (ℹ️ 💡 ⚠️ 📌 ✅) or with GitHub's alert marker (`[!NOTE]`). A quote
 * opens with words, or with quotation marks.
 */
function isCallout(node: Blockquote, source: string): boolean {
  const start = node.children[0]?.position?.start.offset
  if (start === undefined) return false
  const text = source.slice(start, start + 16).replace(/^[\s>*_]+/, '')
  if (text.startsWith('[!')) return true
  const code = text.codePointAt(0)
  return code !== undefined && CALLOUT_SYMBOL.test(String.fromCodePoint(code))
}

/**
 * A whole document quoted, as an email reply quotes the draft it carries:
 * headings or lists among several blocks. Someone's words quoted in a plan
 * are a sentence or a paragraph.
 */
function isQuotedDocument(node: Blockquote): boolean {
  const blocks = node.children
  return (
    blocks.length >= QUOTED_DOCUMENT_BLOCKS &&
    blocks.some(
      (block) => block.type === 'list' || block.type === 'heading' || block.type === 'table'
    )
  )
}

const QUOTED_DOCUMENT_BLOCKS = 4

const CALLOUT_SYMBOL = /[\p{Extended_Pictographic}\u2139\u2757\u203C\u2049]/u

export function extractBlocks(tree: Root, source: string): RawBlock[] {
  const blocks: RawBlock[] = []
  let listCount = 0
  let tableCount = 0

  const visitChildren = (parent: Parents, list: ListPlace | undefined, listDepth: number): void => {
    parent.children.forEach((child, index) => {
      const heading = numberedSetextHeading(child, parent.children[index + 1])
      if (heading) blocks.push(inlineBlock(source, 'heading', heading, heading.children, 2, list))
      else visit(child, list, listDepth)
    })
  }

  const visit = (node: Nodes, list: ListPlace | undefined, listDepth: number): void => {
    switch (node.type) {
      case 'heading': {
        blocks.push(inlineBlock(source, 'heading', node, node.children, node.depth, list))
        return
      }
      case 'paragraph': {
        const block = inlineBlock(source, 'paragraph', node, node.children, 0, list)
        const parts = splitBulletedLines(block, () => ++listCount, listDepth)
        if (parts) blocks.push(...parts)
        else blocks.push(block)
        return
      }
      case 'list': {
        const id = ++listCount
        node.children.forEach((item, index) => {
          const place: ListPlace = {
            id,
            ordered: Boolean(node.ordered),
            item: index,
            size: node.children.length,
            depth: listDepth + 1,
            ...extent(node)
          }
          item.children.forEach((child, childIndex) => {
            const before = blocks.length
            visit(child, place, listDepth + 1)
            const first = blocks[before]
            if (childIndex === 0 && first && first.kind === 'paragraph') {
              first.firstInItem = true
              first.leadsListItem = item.children.length > 1
            }
          })
        })
        return
      }
      case 'table': {
        const id = ++tableCount
        node.children.forEach((row, rowIndex) => {
          row.children.forEach((cell, column) => {
            const block = inlineBlock(source, 'tableCell', cell, cell.children, 0, list)
            block.table = {id, row: rowIndex, column, rows: node.children.length, ...extent(node)}
            blocks.push(block)
          })
        })
        return
      }
      // A callout (“> ℹ️ **Why we are doing this**”, “> [!NOTE]”) is the
      // writer's own panel, as Notion and Confluence export it; any other
      // block quote is someone else's words.
      case 'blockquote': {
        if (isCallout(node, source) || isQuotedDocument(node)) visitChildren(node, list, listDepth)
        return
      }
      // Someone else's words, code, markup and metadata are not the plan's voice.
      case 'code':
      case 'html':
      case 'yaml':
      case 'definition':
      case 'thematicBreak':
        return
      default: {
        if ('children' in node) visitChildren(node as Parents, list, listDepth)
      }
    }
  }

  visitChildren(tree, undefined, 0)
  return blocks.filter((block) => block.text.trim() !== '')
}

/**
 * “1. Our Mission” underlined with dashes, as a setext heading is: Markdown
 * reads a one-item list and a thematic break, the writer meant a heading.
 * The paragraph to read as that heading, if this is one.
 */
function numberedSetextHeading(node: Nodes, next: Nodes | undefined): Paragraph | undefined {
  if (
    node.type !== 'list' ||
    !node.ordered ||
    node.children.length !== 1 ||
    next?.type !== 'thematicBreak'
  )
    return undefined
  const [item] = node.children
  const [paragraph, ...rest] = item!.children
  if (paragraph?.type !== 'paragraph' || rest.length > 0) return undefined
  const itemLine = paragraph.position?.end.line
  const ruleLine = next.position?.start.line
  return itemLine !== undefined && ruleLine === itemLine + 1 ? paragraph : undefined
}

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

/**
 * A paragraph with lines that start with a typed bullet (“• TikTok 5x/week”),
 * as the blocks the writer meant: the lines before the bullets, one list item
 * per bulleted line, and the lines after them. Undefined when it has none.
 */
function splitBulletedLines(
  block: RawBlock,
  nextListId: () => number,
  listDepth: number
): RawBlock[] | undefined {
  const lines: Array<{start: number; end: number; bullet: number}> = []
  for (let start = 0; start <= block.text.length; ) {
    const newline = block.text.indexOf('\n', start)
    const end = newline === -1 ? block.text.length : newline
    let first = start
    while (first < end && (block.text[first] === ' ' || block.text[first] === '\t')) first++
    lines.push({start, end, bullet: BULLETS.has(block.text[first] ?? '') ? first : -1})
    if (newline === -1) break
    start = newline + 1
  }
  const bulleted = lines.filter((line) => line.bullet !== -1)
  if (bulleted.length < MIN_BULLETED_LINES) return undefined
  const parts: RawBlock[] = []
  let list: ListPlace | undefined
  let item = 0
  let prose: {start: number; end: number} | undefined
  const flushProse = (): void => {
    if (prose) parts.push(slice(block, prose.start, prose.end, undefined))
    prose = undefined
  }
  for (const line of lines) {
    if (line.bullet === -1) {
      if (list && line.start < line.end) list = undefined
      prose = prose ? {start: prose.start, end: line.end} : {start: line.start, end: line.end}
      continue
    }
    flushProse()
    let textStart = line.bullet + 1
    while (textStart < line.end && block.text[textStart] === ' ') textStart++
    if (!list) {
      item = 0
      const size = countRun(lines, lines.indexOf(line))
      const startOffset = sourceOffset(block, line.start)
      list = {
        id: nextListId(),
        ordered: false,
        item: 0,
        size,
        depth: listDepth + 1,
        start: startOffset,
        end: sourceOffset(block, lastLineEnd(lines, lines.indexOf(line), size))
      }
    }
    parts.push(slice(block, textStart, line.end, {...list, item: item++}))
  }
  flushProse()
  return parts.filter((part) => part.text.trim() !== '')
}

/** Bulleted lines in a row from `index`. */
function countRun(lines: ReadonlyArray<{bullet: number}>, index: number): number {
  let count = 0
  while (index + count < lines.length && lines[index + count]!.bullet !== -1) count++
  return count
}

function lastLineEnd(lines: ReadonlyArray<{end: number}>, index: number, size: number): number {
  return lines[index + size - 1]!.end
}

/** The source offset of a block text offset. */
function sourceOffset(block: RawBlock, offset: number): number {
  let segment = block.segments[0]
  for (const candidate of block.segments) {
    if (candidate.textStart > offset) break
    segment = candidate
  }
  return segment ? segment.sourceStart + (offset - segment.textStart) : block.start
}

/** Part of a block's text as a block of its own, its segments moved with it. */
function slice(block: RawBlock, from: number, to: number, list: ListPlace | undefined): RawBlock {
  const segments: Segment[] = [{textStart: 0, sourceStart: sourceOffset(block, from)}]
  for (const segment of block.segments) {
    if (segment.textStart > from && segment.textStart < to)
      segments.push({textStart: segment.textStart - from, sourceStart: segment.sourceStart})
  }
  return {
    ...block,
    text: block.text.slice(from, to),
    segments,
    start: sourceOffset(block, from),
    end: sourceOffset(block, to),
    list: list ?? block.list,
    leadsListItem: false,
    firstInItem: list !== undefined,
    emphasisOnly: false
  }
}

function extent(node: Nodes): {start: number; end: number} {
  return {start: node.position?.start.offset ?? 0, end: node.position?.end.offset ?? 0}
}

function inlineBlock(
  source: string,
  kind: RawBlock['kind'],
  node: Nodes,
  children: PhrasingContent[],
  depth: number,
  list: ListPlace | undefined
): RawBlock {
  const segments: Segment[] = []
  let text = ''
  const append = (value: string, sourceStart: number): void => {
    segments.push({textStart: text.length, sourceStart})
    text += value
  }
  // mdast strips the indentation of continuation lines (in list items, block
  // quotes): map each line of a text node to where it really starts.
  const appendLines = (value: string, start: number): void => {
    let sourceCursor = start
    let lineStart = 0
    while (lineStart <= value.length) {
      const newline = value.indexOf('\n', lineStart)
      const line = value.slice(lineStart, newline === -1 ? value.length : newline + 1)
      const found = line.length > 1 ? source.indexOf(line.trimEnd(), sourceCursor) : -1
      const lineSource = found !== -1 && found - sourceCursor < 200 ? found : sourceCursor
      append(line, lineSource)
      sourceCursor = lineSource + line.length
      if (newline === -1) break
      lineStart = newline + 1
    }
  }
  const walk = (nodes: PhrasingContent[]): void => {
    for (const child of nodes) {
      const start = child.position?.start.offset ?? 0
      switch (child.type) {
        case 'text':
          appendLines(child.value, start)
          break
        case 'break':
          append('\n', start)
          break
        case 'link': {
          // An autolink (the URL written out) is an address, not words.
          const label = child.children
            .map((inner) => ('value' in inner ? inner.value : ''))
            .join('')
          if (
            label === child.url ||
            label === child.url.replace(/^mailto:/, '') ||
            /^(https?:|www\.)/i.test(label)
          )
            append(' ', start)
          else walk(child.children)
          break
        }
        case 'inlineCode':
        case 'html':
        case 'image':
        case 'imageReference':
        case 'footnoteReference':
          // Keep a gap so the words on either side do not run together.
          append(' ', start)
          break
        default:
          if ('children' in child) walk(child.children as PhrasingContent[])
      }
    }
  }
  walk(children)
  const emphasisOnly = kind === 'paragraph' && isEmphasisOnly(children)
  return {
    kind,
    node,
    text,
    segments,
    start: node.position?.start.offset ?? 0,
    end: node.position?.end.offset ?? 0,
    depth,
    list,
    table: undefined,
    leadsListItem: false,
    firstInItem: false,
    emphasisOnly
  }
}

function isEmphasisOnly(children: PhrasingContent[]): boolean {
  let emphasis = 0
  for (const child of children) {
    if (child.type === 'strong' || child.type === 'emphasis') emphasis++
    else if (child.type === 'text' && /^[\s:.\u2014-]*$/.test(child.value)) continue
    else return false
  }
  return emphasis === 1
}

/** Map an offset in block text back to the source. */
export function toSource(segments: readonly Segment[], textOffset: number): number {
  let low = 0
  let high = segments.length - 1
  while (low < high) {
    const middle = (low + high + 1) >> 1
    if (segments[middle]!.textStart <= textOffset) low = middle
    else high = middle - 1
  }
  const segment = segments[low]
  return segment ? segment.sourceStart + (textOffset - segment.textStart) : 0
}
