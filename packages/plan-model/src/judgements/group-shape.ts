import {innerMap} from '../collections.js'
import {append} from '../shared/append.js'
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
  return {
    listChannelItems: listChannelItems(plan),
    tableChannelColumn: tableChannelColumns(plan),
    siblingChannelHeadings: siblingChannelHeadings(plan)
  }
}

function listChannelItems(plan: PlanCore): GroupShape['listChannelItems'] {
  const listItems = new Map<number, Map<number, boolean>>()
  for (const block of plan.blocks) {
    if (!block.list) continue
    const items = innerMap(listItems, block.list.id)
    // The lead sentence of an item decides: “Instagram: behind the scenes”.
    if (!items.has(block.list.item))
      items.set(
        block.list.item,
        block.sentences[0] !== undefined && channelNames(block.sentences[0]).size > 0
      )
  }
  const shares = new Map<number, {share: number; count: number}>()
  for (const [id, items] of listItems) {
    const count = [...items.values()].filter(Boolean).length
    shares.set(id, {share: items.size === 0 ? 0 : count / items.size, count})
  }
  return shares
}

function tableChannelColumns(plan: PlanCore): GroupShape['tableChannelColumn'] {
  const tableColumns = new Map<
    number,
    Map<number, {cells: number; channels: number; headed: boolean}>
  >()
  for (const block of plan.blocks) {
    if (!block.table || block.table.row === 0) continue
    const columns = innerMap(tableColumns, block.table.id)
    const column = columns.get(block.table.column) ?? {
      cells: 0,
      channels: 0,
      headed: headedAsChannels(plan.tableRowCells, block)
    }
    column.cells++
    if (block.sentences.some((sentence) => channelNames(sentence).size > 0)) column.channels++
    columns.set(block.table.column, column)
  }
  const best = new Map<number, {share: number; headed: boolean}>()
  for (const [id, columns] of tableColumns) {
    let found = {share: 0, headed: false}
    for (const column of columns.values()) {
      const share = column.cells === 0 ? 0 : column.channels / column.cells
      if (column.headed || share > found.share)
        found = {
          share: column.headed ? Math.max(share, 1) : share,
          headed: column.headed || found.headed
        }
    }
    best.set(id, found)
  }
  return best
}

function siblingChannelHeadings(plan: PlanCore): GroupShape['siblingChannelHeadings'] {
  const headingsByParent = new Map<Section | undefined, Block[]>()
  for (const section of plan.sections)
    if (section.heading) append(headingsByParent, section.parent, section.heading)
  const naming = new Map<Block, number>()
  for (const siblings of headingsByParent.values()) {
    const count = siblings.filter((heading) =>
      heading.sentences.some((sentence) => channelNames(sentence).size > 0)
    ).length
    for (const heading of siblings) naming.set(heading, count)
  }
  return naming
}
