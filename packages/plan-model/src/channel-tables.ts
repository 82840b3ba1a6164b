import type {Block, Sentence} from './types.js'

/** The cells of one row of one table. */
export type RowCells = (tableId: number, row: number) => readonly Block[]

/**
 * A table column headed by a channel word and nothing else (“Channel”,
 * “Platform”, “Where”): its cells are channels, named in the lexicon or not
 * (“TeamSnap”, “Group text”). “Page property” is no channel column.
 */
export function headedAsChannels(rowCells: RowCells, cell: Block): boolean {
  const place = cell.table
  if (!place) return false
  const header = rowCells(place.id, 0).find((other) => other.table!.column === place.column)
  return (
    header !== undefined &&
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
  return rowCells(table.id, table.row).some(
    (cell) => cell !== sentence.block && (headedAsChannels(rowCells, cell) || namesAChannel(cell))
  )
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
