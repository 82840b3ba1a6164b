import {innerMap} from '../collections.js'
import {append} from '../shared/append.js'
import type {Block, LexiconMatch, Sentence} from '../types.js'

/**
 * Matches by category, blocks by list and list item, cells by table and row:
 * built once, so that rules reading a block's list or row, or every match of
 * a category, stay linear in the document.
 */
export interface Lookups {
  matches(category: string): readonly LexiconMatch[]
  listBlocks(listId: number): readonly Block[]
  listItemBlocks(listId: number, item: number): readonly Block[]
  tableCells(tableId: number): readonly Block[]
  tableRowCells(tableId: number, row: number): readonly Block[]
}

export function buildLookups(blocks: readonly Block[], sentences: readonly Sentence[]): Lookups {
  const byCategory = new Map<string, LexiconMatch[]>()
  for (const sentence of sentences)
    for (const match of sentence.matches)
      if (!match.quoted) append(byCategory, match.category, match)
  const lists = new Map<number, Block[]>()
  const listItems = new Map<number, Map<number, Block[]>>()
  const tables = new Map<number, Block[]>()
  const tableRows = new Map<number, Map<number, Block[]>>()
  for (const block of blocks) {
    if (block.list) {
      append(lists, block.list.id, block)
      append(innerMap(listItems, block.list.id), block.list.item, block)
    }
    if (block.table) {
      append(tables, block.table.id, block)
      append(innerMap(tableRows, block.table.id), block.table.row, block)
    }
  }
  return {
    matches: (category) => byCategory.get(category) ?? [],
    listBlocks: (listId) => lists.get(listId) ?? [],
    listItemBlocks: (listId, item) => listItems.get(listId)?.get(item) ?? [],
    tableCells: (tableId) => tables.get(tableId) ?? [],
    tableRowCells: (tableId, row) => tableRows.get(tableId)?.get(row) ?? []
  }
}
