import type {List, Nodes, Parents, Root, Table} from 'mdast'
import type {ListPlace} from '../types.js'
import {inlineBlock} from './inline-text.js'
import {changed, type RawBlock} from './raw-block.js'
import {isCallout, isQuotedDocument, numberedSetextHeading} from './shapes.js'
import {splitBulletedLines} from './typed-bullets.js'

/**
 * The blocks pass: the plan's own voice read from mdast, as headings,
 * paragraphs and table cells in document order, with the text of code, HTML,
 * metadata and block quotes left out (those are not the writer speaking).
 */
export function extractBlocks(tree: Root, source: string): RawBlock[] {
  const reader = new BlockReader(source)
  reader.read(tree)
  return reader.blocks.filter((block) => block.text.trim() !== '')
}

/**
 * Walks the tree depth first with a stack of tasks instead of recursion: lists
 * and quotes nest as deep as the input likes.
 */
class BlockReader {
  readonly blocks: RawBlock[] = []
  private readonly tasks: Array<() => void> = []
  private listCount = 0
  private tableCount = 0

  constructor(private readonly source: string) {}

  read(tree: Root): void {
    this.children(tree, undefined, 0)
    for (let task = this.tasks.pop(); task; task = this.tasks.pop()) task()
  }

  /** Queue a parent's children, first child on top. */
  private children(parent: Parents, list: ListPlace | undefined, listDepth: number): void {
    const nodes = parent.children as Nodes[]
    for (let index = nodes.length - 1; index >= 0; index--) {
      const child = nodes[index]!
      const heading = numberedSetextHeading(child, nodes[index + 1])
      this.tasks.push(
        heading
          ? () => this.add(inlineBlock(this.source, 'heading', heading, heading.children, 2, list))
          : () => this.visit(child, list, listDepth)
      )
    }
  }

  private add(block: RawBlock): void {
    this.blocks.push(block)
  }

  private visit(node: Nodes, list: ListPlace | undefined, listDepth: number): void {
    const source = this.source
    if (node.type === 'heading') {
      this.add(inlineBlock(source, 'heading', node, node.children, node.depth, list))
    } else if (node.type === 'paragraph') {
      const block = inlineBlock(source, 'paragraph', node, node.children, 0, list)
      const parts = splitBulletedLines(block, () => ++this.listCount, listDepth)
      for (const part of parts ?? [block]) this.add(part)
    } else if (node.type === 'list') {
      this.list(node, listDepth)
    } else if (node.type === 'table') {
      this.table(node, list)
    } else if (node.type === 'blockquote') {
      // A callout (“> ℹ️ **Why we are doing this**”, “> [!NOTE]”) is the
      // writer's own panel, as Notion and Confluence export it; any other
      // block quote is someone else's words.
      if (isCallout(node, source) || isQuotedDocument(node)) this.children(node, list, listDepth)
    } else if (!SILENT.has(node.type) && 'children' in node) {
      this.children(node, list, listDepth)
    }
  }

  private list(node: List, listDepth: number): void {
    const id = ++this.listCount
    const start = node.position?.start.offset ?? 0
    const end = node.position?.end.offset ?? 0
    const size = node.children.length
    for (let index = size - 1; index >= 0; index--) {
      const item = node.children[index]!
      const place: ListPlace = {
        id,
        ordered: Boolean(node.ordered),
        item: index,
        size,
        depth: listDepth + 1,
        start,
        end
      }
      for (let child = item.children.length - 1; child >= 0; child--) {
        const visit = (): void => this.visit(item.children[child]!, place, listDepth + 1)
        if (child > 0) this.tasks.push(visit)
        else this.pushLeading(visit, item.children.length > 1)
      }
    }
  }

  /**
   * Queue `visit` of an item's first child; the first block it gives, if a
   * paragraph, leads the item. Tasks run last pushed first: the count before,
   * the visit (and the tasks it queues), then the mark.
   */
  private pushLeading(visit: () => void, hasMore: boolean): void {
    let before = 0
    this.tasks.push(() => {
      const lead = this.blocks[before]
      if (lead && lead.kind === 'paragraph')
        this.blocks[before] = changed(lead, {firstInItem: true, leadsListItem: hasMore})
    })
    this.tasks.push(visit)
    this.tasks.push(() => {
      before = this.blocks.length
    })
  }

  private table(node: Table, list: ListPlace | undefined): void {
    const id = ++this.tableCount
    const start = node.position?.start.offset ?? 0
    const end = node.position?.end.offset ?? 0
    node.children.forEach((row, rowIndex) => {
      row.children.forEach((cell, column) => {
        const table = {id, row: rowIndex, column, rows: node.children.length, start, end}
        this.add(inlineBlock(this.source, 'tableCell', cell, cell.children, 0, list, table))
      })
    })
  }
}

// Someone else's words, code, markup and metadata are not the plan's voice.
const SILENT = new Set(['code', 'html', 'yaml', 'definition', 'thematicBreak'])
