import {headedAsChannels} from '../statements/channel-tables.js'
import type {Block, Section} from '../types.js'
import {channelNames} from './channels.js'
import type {PlanCore} from './types.js'

/** Shape of a block's surroundings that the plan model knows once per list, table or section. */
export interface GroupShape {
  /** Share of a list's items whose lead sentence names a channel. */
  readonly listChannelItems: ReadonlyMap<number, {share: number; count: number}>
  /** Share of a table's body cells, in its most channel-heavy column, that name a channel. */
  readonly tableChannelColumn: ReadonlyMap<number, {share: number; headed: boolean}>
  /** For a heading: how many headings beside it (same parent, same depth) name a channel. */
  readonly siblingChannelHeadings: ReadonlyMap<Block, number>
}

/** Computed once per plan: each list, table and heading run is read once, not once per block. */
export function groupShape(plan: PlanCore): GroupShape {
  const listChannelItems = new Map<number, {share: number; count: number}>()
  const tableChannelColumn = new Map<number, {share: number; headed: boolean}>()
  const siblingChannelHeadings = new Map<Block, number>()
  const listItems = new Map<number, Map<number, boolean>>()
  const tableColumns = new Map<
    number,
    Map<number, {cells: number; channels: number; headed: boolean}>
  >()
  for (const block of plan.blocks) {
    if (block.list) {
      const items = listItems.get(block.list.id) ?? new Map<number, boolean>()
      listItems.set(block.list.id, items)
      // The lead sentence of an item decides: “Instagram: behind the scenes”.
      if (!items.has(block.list.item))
        items.set(
          block.list.item,
          block.sentences[0] !== undefined && channelNames(block.sentences[0]).size > 0
        )
    }
    if (block.table && block.table.row > 0) {
      const columns = tableColumns.get(block.table.id) ?? new Map()
      tableColumns.set(block.table.id, columns)
      const column = columns.get(block.table.column) ?? {
        cells: 0,
        channels: 0,
        headed: headedAsChannels(plan.tableRowCells, block)
      }
      column.cells++
      if (block.sentences.some((sentence) => channelNames(sentence).size > 0)) column.channels++
      columns.set(block.table.column, column)
    }
  }
  for (const [id, items] of listItems) {
    const count = [...items.values()].filter(Boolean).length
    listChannelItems.set(id, {share: items.size === 0 ? 0 : count / items.size, count})
  }
  for (const [id, columns] of tableColumns) {
    let best = {share: 0, headed: false}
    for (const column of columns.values()) {
      const share = column.cells === 0 ? 0 : column.channels / column.cells
      if (column.headed || share > best.share)
        best = {
          share: column.headed ? Math.max(share, 1) : share,
          headed: column.headed || best.headed
        }
    }
    tableChannelColumn.set(id, best)
  }
  const headingsByParent = new Map<Section | undefined, Block[]>()
  for (const section of plan.sections) {
    if (!section.heading) continue
    const siblings = headingsByParent.get(section.parent) ?? []
    siblings.push(section.heading)
    headingsByParent.set(section.parent, siblings)
  }
  for (const siblings of headingsByParent.values()) {
    const naming = siblings.filter((heading) =>
      heading.sentences.some((sentence) => channelNames(sentence).size > 0)
    ).length
    for (const heading of siblings) siblingChannelHeadings.set(heading, naming)
  }
  return {listChannelItems, tableChannelColumn, siblingChannelHeadings}
}
