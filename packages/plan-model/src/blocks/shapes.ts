import type {Blockquote, Nodes, Paragraph} from 'mdast'

/**
 * Shapes of mdast blocks that are not what Markdown calls them: a block quote
 * that is the writer's own panel or a whole quoted plan, and a numbered line
 * underlined as a heading.
 */

const CALLOUT_SYMBOL = /[\p{Extended_Pictographic}\u2139\u2757\u203C\u2049]/u
const QUOTED_DOCUMENT_BLOCKS = 4

/**
 * A block quote used as a callout panel: its text opens with an emoji or
 * symbol (ℹ️ 💡 ⚠️ 📌 ✅) or with GitHub's alert marker (`[!NOTE]`). A quote
 * opens with words, or with quotation marks.
 */
export function isCallout(node: Blockquote, source: string): boolean {
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
export function isQuotedDocument(node: Blockquote): boolean {
  const blocks = node.children
  return (
    blocks.length >= QUOTED_DOCUMENT_BLOCKS &&
    blocks.some(
      (block) => block.type === 'list' || block.type === 'heading' || block.type === 'table'
    )
  )
}

/**
 * “1. Our Mission” underlined with dashes, as a setext heading is: Markdown
 * reads a one-item list and a thematic break, the writer meant a heading.
 * The paragraph to read as that heading, if this is one.
 */
export function numberedSetextHeading(node: Nodes, next: Nodes | undefined): Paragraph | undefined {
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
