import {
  AlignmentType,
  Document,
  HeadingLevel,
  LevelFormat,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType
} from 'docx'
import type {List, PhrasingContent, Root, RootContent} from 'mdast'
import {fromMarkdown} from 'mdast-util-from-markdown'
import {gfmTableFromMarkdown} from 'mdast-util-gfm-table'
import {gfmTable} from 'micromark-extension-gfm-table'

/** Markdown with GFM tables, as the plans a test writes into Word use them. */
export function parseWithTables(markdown: string): Root {
  return fromMarkdown(markdown, {
    extensions: [gfmTable()],
    mdastExtensions: [gfmTableFromMarkdown()]
  })
}

/** A Word document written from a Markdown plan, and the text of its paragraphs in order. */
export interface BuiltDocx {
  readonly bytes: Buffer
  /** Each non-empty Word paragraph's text, in reading order (paragraph N is `paragraphs[N - 1]`). */
  readonly paragraphs: readonly string[]
}

/** Markdown a Word document has no plain equivalent for; plans with these are not rebuilt. */
export class UnsupportedInWord extends Error {}

const HEADINGS = [
  HeadingLevel.HEADING_1,
  HeadingLevel.HEADING_2,
  HeadingLevel.HEADING_3,
  HeadingLevel.HEADING_4,
  HeadingLevel.HEADING_5,
  HeadingLevel.HEADING_6
] as const

/**
 * Build a real .docx with the `docx` package from a Markdown plan, the way a
 * person would write the same plan in Word: headings with Word's heading
 * styles, bulleted and numbered lists with Word's numbering, tables as
 * tables, bold and italic runs. A line break inside a Markdown paragraph is
 * a line break inside the Word paragraph (Shift+Enter). Quotes, code, HTML
 * and front matter throw UnsupportedInWord.
 */
export async function docxFromMarkdown(markdown: string): Promise<BuiltDocx> {
  const tree = parseWithTables(markdown)
  const paragraphs: string[] = []
  const body: (Paragraph | Table)[] = []
  let numberedLists = 0

  const runs = (
    nodes: readonly PhrasingContent[],
    style: {bold?: boolean; italics?: boolean} = {}
  ) => {
    const out: TextRun[] = []
    for (const node of nodes) {
      if (node.type === 'text' || node.type === 'inlineCode') {
        // A line break inside a Markdown paragraph is a line break in Word (Shift+Enter).
        node.value.split('\n').forEach((line, index) => {
          out.push(new TextRun({text: line, break: index > 0 ? 1 : 0, ...style}))
        })
      } else if (node.type === 'strong') out.push(...runs(node.children, {...style, bold: true}))
      else if (node.type === 'emphasis') out.push(...runs(node.children, {...style, italics: true}))
      else if (node.type === 'link') out.push(...runs(node.children, style))
      else if (node.type === 'break') out.push(new TextRun({text: '', break: 1, ...style}))
      else throw new UnsupportedInWord(`inline ${node.type}`)
    }
    return out
  }
  const textOf = (nodes: readonly PhrasingContent[]): string =>
    nodes
      .map((node) =>
        'value' in node
          ? node.value.replace(/\n/g, ' ')
          : 'children' in node
            ? textOf(node.children as PhrasingContent[])
            : ' '
      )
      .join('')

  const list = (node: List, level: number) => {
    const reference = node.ordered ? `numbered-${numberedLists++}` : undefined
    for (const item of node.children) {
      for (const child of item.children) {
        if (child.type === 'paragraph') {
          paragraphs.push(textOf(child.children))
          body.push(
            new Paragraph({
              children: runs(child.children),
              ...(reference ? {numbering: {reference, level}} : {bullet: {level}})
            })
          )
        } else if (child.type === 'list') list(child, level + 1)
        else throw new UnsupportedInWord(`list item ${child.type}`)
      }
    }
  }

  const block = (node: RootContent) => {
    if (node.type === 'heading') {
      paragraphs.push(textOf(node.children))
      body.push(new Paragraph({children: runs(node.children), heading: HEADINGS[node.depth - 1]}))
    } else if (node.type === 'paragraph') {
      paragraphs.push(textOf(node.children))
      body.push(new Paragraph({children: runs(node.children)}))
    } else if (node.type === 'list') list(node, 0)
    else if (node.type === 'table') {
      const rows = node.children.map(
        (row) =>
          new TableRow({
            children: row.children.map((cell) => {
              const text = textOf(cell.children)
              if (text.trim() !== '') paragraphs.push(text)
              return new TableCell({
                children: [new Paragraph({children: runs(cell.children)})],
                width: {size: Math.floor(9000 / row.children.length), type: WidthType.DXA}
              })
            })
          })
      )
      body.push(new Table({rows}))
    } else throw new UnsupportedInWord(node.type)
  }
  for (const node of tree.children) block(node)

  const document = new Document({
    numbering: {
      config: Array.from({length: numberedLists}, (_, index) => ({
        reference: `numbered-${index}`,
        levels: [0, 1, 2, 3].map((level) => ({
          level,
          format: LevelFormat.DECIMAL,
          text: `%${level + 1}.`,
          alignment: AlignmentType.START
        }))
      }))
    },
    sections: [{children: body}]
  })
  return {bytes: await Packer.toBuffer(document), paragraphs}
}
