import type {Block, Sentence} from '../types.js'

/** The cells of one row of one table. */
export type RowCells = (tableId: number, row: number) => readonly Block[]

// Worked out once per header row and per row, not once per cell: a row as
// long as the input allows would otherwise be read once for each of its cells.
const headerColumns = new WeakMap<readonly Block[], Map<number, boolean>>()
const channelCells = new WeakMap<readonly Block[], readonly Block[]>()

/**
 * A table column headed by a channel word and nothing else (“Channel”,
 * “Platform”, “Where”): its cells are channels, named in the lexicon or not
 * (“TeamSnap”, “Group text”). “Page property” is no channel column.
 */
export function headedAsChannels(rowCells: RowCells, cell: Block): boolean {
  const place = cell.table
  if (!place) return false
  const header = rowCells(place.id, 0)
  let columns = headerColumns.get(header)
  if (!columns) {
    columns = new Map()
    for (const other of header)
      if (!columns.has(other.table!.column))
        columns.set(other.table!.column, isChannelHeader(other))
    headerColumns.set(header, columns)
  }
  return columns.get(place.column) ?? false
}

function isChannelHeader(header: Block): boolean {
  return (
    header.sentences.length === 1 &&
    header.sentences.some((sentence) => {
      const words = sentence.tokens.filter((token) => token.kind === 'word').length
      return sentence.matches.some(
        (match) =>
          match.category === 'channel-cue' &&
          match.first === 0 &&
          match.last - match.first + 1 === words &&
          !match.quoted
      )
    })
  )
}

/**
 * A reason in a channel's row (“TeamSnap | So families see schedules in one
 * place”): that channel's reason, not the plan's purpose. A table of
 * channels with a “What it's for” column still opens with the channels.
 */
export function isChannelRowReason(rowCells: RowCells, sentence: Sentence): boolean {
  const table = sentence.block.table
  if (!table || table.row === 0) return false
  const row = rowCells(table.id, table.row)
  let channels = channelCells.get(row)
  if (!channels) {
    channels = row.filter((cell) => headedAsChannels(rowCells, cell) || namesAChannel(cell))
    channelCells.set(row, channels)
  }
  return channels.some((cell) => cell !== sentence.block)
}

function namesAChannel(cell: Block): boolean {
  return cell.sentences.some((sentence) =>
    sentence.matches.some(
      (match) =>
        (match.category === 'platform' || match.category === 'channel') &&
        !match.negated &&
        !match.quoted
    )
  )
}
