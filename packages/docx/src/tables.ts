import type {Element, ElementContent, Root, RootContent} from 'hast'

/**
 * Make mammoth's tables read as a Markdown plan's tables do, before
 * hast-util-to-mdast turns them into GFM tables:
 *
 * - Word marks no header row unless asked to, so mammoth writes `td` cells
 *   only, and hast-util-to-mdast would then add an empty header row. A
 *   Markdown table's first row is its header, and that is how plans use
 *   Word tables too (“Channel | Why | Owner”): the first row becomes `th`.
 * - A cell's paragraphs become one line of a GFM table cell; without a space
 *   between them their words would run together.
 */
export function prepareTables(tree: Root): void {
  const walk = (children: readonly (RootContent | ElementContent)[]): void => {
    for (const node of children) {
      if (node.type !== 'element') continue
      if (node.tagName === 'table') prepareTable(node)
      walk(node.children)
    }
  }
  walk(tree.children)
}

function prepareTable(table: Element): void {
  const rows = ownRows(table)
  const first = rows[0]
  if (first && !rows.some((row) => cellsOf(row).some((cell) => cell.tagName === 'th'))) {
    for (const cell of cellsOf(first)) cell.tagName = 'th'
  }
  for (const row of rows) {
    for (const cell of cellsOf(row)) spaceParagraphs(cell)
  }
}

/** Rows of this table (not of a table nested in one of its cells). */
function ownRows(table: Element): Element[] {
  const rows: Element[] = []
  for (const child of table.children) {
    if (child.type !== 'element') continue
    if (child.tagName === 'tr') rows.push(child)
    else if (['thead', 'tbody', 'tfoot'].includes(child.tagName))
      rows.push(...child.children.filter((row): row is Element => isElement(row, 'tr')))
  }
  return rows
}

function cellsOf(row: Element): Element[] {
  return row.children.filter(
    (cell): cell is Element => isElement(cell, 'td') || isElement(cell, 'th')
  )
}

/** One paragraph per cell, the paragraphs' words a space apart (whitespace between blocks is dropped). */
function spaceParagraphs(cell: Element): void {
  const paragraphs = cell.children.filter((child): child is Element => isElement(child, 'p'))
  const first = paragraphs[0]
  if (!first || paragraphs.length < 2) return
  const words: ElementContent[] = []
  for (const paragraph of paragraphs) {
    if (words.length > 0) words.push({type: 'text', value: ' '})
    words.push(...paragraph.children)
  }
  first.children = words
  cell.children = cell.children.filter((child) => !isElement(child, 'p') || child === first)
}

function isElement(node: ElementContent, tagName: string): node is Element {
  return node.type === 'element' && node.tagName === tagName
}
