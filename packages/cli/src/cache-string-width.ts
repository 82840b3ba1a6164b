/**
 * string-width, remembered. vfile-reporter measures every cell of its table
 * with string-width, which segments each string into graphemes and tests each
 * one against the emoji regex: on a run with thousands of messages that was
 * most of the time after linting (measured with --cpu-prof, scripts/bench.mjs
 * (b)). Cells repeat (rule ids, severities, reasons), so each distinct string
 * is measured once; plain printable ASCII, whose width is its length, is not
 * measured at all. The build substitutes this for string-width in the CLI
 * bundle (`wrap` in scripts/bundles.json): results are string-width's own.
 */
type StringWidth = (text: string, options?: unknown) => number

const LIMIT = 50000
const PRINTABLE_ASCII = /^[\x20-\x7E]*$/

export function wrap(stringWidth: StringWidth): StringWidth {
  const widths = new Map<string, number>()
  return (text, options) => {
    if (typeof text !== 'string' || options !== undefined) return stringWidth(text, options)
    if (PRINTABLE_ASCII.test(text)) return text.length
    let width = widths.get(text)
    if (width === undefined) {
      width = stringWidth(text)
      if (widths.size >= LIMIT) widths.clear()
      widths.set(text, width)
    }
    return width
  }
}
