import type {Link, Nodes, PhrasingContent} from 'mdast'
import type {ListPlace, TablePlace} from '../types.js'
import type {RawBlock} from './raw-block.js'
import {SegmentedText} from './segments.js'

/**
 * A heading, paragraph or table cell as text in the plan's voice: the words
 * of its text, emphasis and links, with a gap where code, HTML, an image or a
 * bare URL stands (those are not the writer speaking).
 */
export function inlineBlock(
  source: string,
  kind: RawBlock['kind'],
  node: Nodes,
  children: readonly PhrasingContent[],
  depth: number,
  list: ListPlace | undefined,
  table: TablePlace | undefined = undefined
): RawBlock {
  const text = new SegmentedText()
  // Depth-first, in document order, with a stack: emphasis can nest as deep as the input likes.
  const pending: PhrasingContent[] = []
  pushReversed(pending, children)
  for (let child = pending.pop(); child; child = pending.pop()) {
    const start = child.position?.start.offset ?? 0
    if (child.type === 'text') appendLines(text, source, child.value, start)
    else if (child.type === 'break') text.append('\n', start)
    else if (child.type === 'link' && !isAutolink(child)) pushReversed(pending, child.children)
    // Keep a gap so the words on either side do not run together.
    else if (child.type === 'link' || LEFT_OUT.has(child.type)) text.append(' ', start)
    else if ('children' in child) pushReversed(pending, child.children as PhrasingContent[])
  }
  return {
    kind,
    node,
    text: text.toString(),
    segments: text.finish(),
    start: node.position?.start.offset ?? 0,
    end: node.position?.end.offset ?? 0,
    depth,
    list,
    table,
    leadsListItem: false,
    firstInItem: false,
    emphasisOnly: kind === 'paragraph' && isEmphasisOnly(children)
  }
}

const LEFT_OUT = new Set(['inlineCode', 'html', 'image', 'imageReference', 'footnoteReference'])

function pushReversed(pending: PhrasingContent[], children: readonly PhrasingContent[]): void {
  for (let index = children.length - 1; index >= 0; index--) pending.push(children[index]!)
}

/** An autolink, or a link whose words are its address: an address, not words. */
function isAutolink(link: Link): boolean {
  const label = link.children.map((inner) => ('value' in inner ? inner.value : '')).join('')
  return (
    label === link.url ||
    label === link.url.replace(/^mailto:/, '') ||
    /^(https?:|www\.)/i.test(label)
  )
}

// How far past the last line a line of a text node is looked for in the source.
const LINE_SEARCH_WINDOW = 200

/**
 * mdast strips the indentation of continuation lines (in list items, block
 * quotes): each line of a text node is mapped to where it really starts, looked
 * for within a short window of where the line before it ended. A line written
 * otherwise in the source (“a &amp; b”) keeps the running position.
 */
function appendLines(text: SegmentedText, source: string, value: string, start: number): void {
  let sourceCursor = start
  let lineStart = 0
  while (lineStart <= value.length) {
    const newline = value.indexOf('\n', lineStart)
    const line = value.slice(lineStart, newline === -1 ? value.length : newline + 1)
    const lineSource = line.length > 1 ? findNear(source, line.trimEnd(), sourceCursor) : -1
    const at = lineSource === -1 ? sourceCursor : lineSource
    text.append(line, at)
    sourceCursor = at + line.length
    if (newline === -1) break
    lineStart = newline + 1
  }
}

/** Where `needle` first starts at or after `from` and within the window, else -1. */
function findNear(source: string, needle: string, from: number): number {
  // Searching only the window, not the rest of the source: a line that is not
  // there would otherwise cost a scan of everything after it.
  if (from > source.length) return needle === '' ? source.length : -1
  const window = source.slice(from, from + LINE_SEARCH_WINDOW - 1 + needle.length)
  const found = window.indexOf(needle)
  return found === -1 ? -1 : from + found
}

function isEmphasisOnly(children: readonly PhrasingContent[]): boolean {
  let emphasis = 0
  for (const child of children) {
    if (child.type === 'strong' || child.type === 'emphasis') emphasis++
    else if (child.type === 'text' && /^[\s:.\u2014-]*$/.test(child.value)) continue
    else return false
  }
  return emphasis === 1
}
