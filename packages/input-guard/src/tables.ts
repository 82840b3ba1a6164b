/**
 * How many table cells a document holds, counted in one pass over the text
 * before it is parsed.
 *
 * GFM tables parse in linear time but hold a great deal of memory until the
 * syntax tree is built: the parser keeps every event of every cell, and one
 * text tokenizer per cell, alive at once (a 1 MB table of 83,000 cells took
 * 1.3 GB; the 8 MB size limit filled with one would take about 10 GB). No plan
 * is a table that size, so a document whose tables pass the limit is refused
 * before it is parsed, like one nested too deeply.
 *
 * The count errs on the side of counting too much: a table starts at a line
 * with a pipe followed by a delimiter row (`| --- | :-: |`), even inside code,
 * and runs to the next blank line; a row's cells are its pipes plus one,
 * escaped pipes included. Linear in the length of the text.
 */

const TAB = 0x09
const LF = 0x0a
const CR = 0x0d
const SPACE = 0x20
const DASH = 0x2d
const COLON = 0x3a
const PIPE = 0x7c

/** Where a document's tables first hold more than `max` cells in all. */
export interface LargeTables {
  /** 1-based line. */
  readonly line: number
}

/** The first line at which the document's tables pass `max` cells in all, if any. */
export function findLargeTables(text: string, max: number): LargeTables | undefined {
  if (!(max < Number.POSITIVE_INFINITY)) return undefined
  let cells = 0
  let inTable = false
  /** Cells of the line before, if it had a pipe (a table's header row). */
  let previousCells = 0
  let start = 0
  for (let line = 1; start <= text.length; line++) {
    let end = start
    let pipes = 0
    let blank = true
    let delimiterRow = true
    let dashes = 0
    while (end < text.length) {
      const code = text.charCodeAt(end)
      if (code === LF || code === CR) break
      if (code === PIPE) pipes++
      else if (code === DASH) dashes++
      if (code !== SPACE && code !== TAB) blank = false
      if (code !== PIPE && code !== DASH && code !== COLON && code !== SPACE && code !== TAB)
        delimiterRow = false
      end++
    }
    if (blank) {
      inTable = false
      previousCells = 0
    } else {
      const rowCells = pipes + 1
      if (inTable) cells += rowCells
      else if (delimiterRow && pipes > 0 && dashes > 0 && previousCells > 0) {
        inTable = true
        cells += previousCells + rowCells
      }
      previousCells = pipes > 0 ? rowCells : 0
      if (cells > max) return {line}
    }
    // CR LF is one line ending.
    start = end + (text.charCodeAt(end) === CR && text.charCodeAt(end + 1) === LF ? 2 : 1)
  }
  return undefined
}
