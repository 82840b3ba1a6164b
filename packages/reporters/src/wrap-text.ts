import stringWidth from 'string-width'

/**
 * Greedy word wrap of plain text (no colour codes: the report colours lines
 * after wrapping them). wrap-ansi was tried first and cost about half a
 * millisecond a sentence, most of a 50,000-finding report; this measures a
 * word with string-width only when it holds a character that may not be one
 * column wide. Words longer than a line (links) are not cut: a cut link
 * cannot be clicked.
 */

// Printable ASCII, Latin-1 but © and ®, and General Punctuation to U+2027
// (dashes, curly quotes, the ellipsis): one column each, as string-width says.
const ONE_COLUMN_EACH = /^[\x20-\x7E\u00A0-\u00A8\u00AA-\u00AD\u00AF-\u00FF\u2010-\u2027]*$/

function widthOf(text: string): number {
  return ONE_COLUMN_EACH.test(text) ? text.length : stringWidth(text)
}

/** Lines of at most `width` columns; the first may be given less room (it follows a label). */
export function wrapText(text: string, width: number, firstWidth = width): string[] {
  const lines: string[] = []
  let line = ''
  let used = 0
  for (const word of text.split(' ')) {
    if (word === '') continue
    const size = widthOf(word)
    if (used > 0 && used + 1 + size > (lines.length === 0 ? firstWidth : width)) {
      lines.push(line)
      line = ''
      used = 0
    }
    line = used === 0 ? word : `${line} ${word}`
    used += (used === 0 ? 0 : 1) + size
  }
  if (line !== '' || lines.length === 0) lines.push(line)
  return lines
}
