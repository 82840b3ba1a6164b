/**
 * string-width, remembered. vfile-reporter measures every cell of its table
 * with string-width, which segments each string into graphemes and tests each
 * one against the emoji regex: on a run with thousands of messages that was
 * most of the time after linting (measured with --cpu-prof, scripts/bench.mjs
 * (b)). Cells repeat (rule ids, severities, reasons), so each distinct string
 * is measured once; text whose width is its length (see ONE_COLUMN_EACH) is
 * not measured at all. The build substitutes this for string-width in the CLI
 * bundle (`wrap` in scripts/bundles.json): results are string-width's own.
 */
type StringWidth = (text: string, options?: unknown) => number

const LIMIT = 50000
// Characters string-width measures as one column each, alone or next to each
// other: printable ASCII, Latin-1 (but © and ®, which can be emoji) and the
// punctuation of General Punctuation up to U+2027 (dashes, curly quotes,
// bullets, the ellipsis) that every citation and many reasons contain. A
// string of only these is as wide as it is long: string-width (and its
// Intl.Segmenter, costly to start) is not needed for it.
const ONE_COLUMN_EACH = /^[\x20-\x7E\u00A0-\u00A8\u00AA-\u00AD\u00AF-\u00FF\u2010-\u2027]*$/

export function wrap(stringWidth: StringWidth): StringWidth {
  const widths = new Map<string, number>()
  return (text, options) => {
    if (typeof text !== 'string' || options !== undefined) return stringWidth(text, options)
    if (ONE_COLUMN_EACH.test(text)) return text.length
    let width = widths.get(text)
    if (width === undefined) {
      width = stringWidth(text)
      if (widths.size >= LIMIT) widths.clear()
      widths.set(text, width)
    }
    return width
  }
}
