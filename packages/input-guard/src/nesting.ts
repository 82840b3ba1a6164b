/**
 * How deeply a document nests, estimated in one pass over the text before it
 * is parsed.
 *
 * The Markdown parser (micromark) and the tree built from it cost more than
 * linear time in nesting depth: every line re-enters each open list item and
 * block quote, and nested emphasis or brackets are matched by walking back
 * over everything inside them. `"- "` repeated 2,000 times on one line, or a
 * list indented 1,000 levels deep, took minutes and then overflowed the
 * stack. No plan nests like that, so a document that does is refused before
 * it is parsed.
 *
 * The estimate errs on the side of counting too much, so the parser never
 * sees more than the limit: list markers count even in code, and a list item
 * ends only where a line is indented less than its text and cannot be a lazy
 * continuation. Emphasis and brackets count only where they pair, within a
 * paragraph (up to a blank line: across list markers and headings too, which
 * may be only paragraph text). Real plans stay far below the limit (at most 2
 * in the fixtures, 6 in 878 READMEs of the dependencies). Every character is
 * looked at a bounded number of times: linear in the length of the text.
 */

/** Where a document first nests deeper than the limit. */
export interface DeepNesting {
  /** 1-based line. */
  readonly line: number
  readonly kind: NestingKind
}

export type NestingKind = 'lists and block quotes' | 'emphasis' | 'brackets'

const TAB = 0x09
const LF = 0x0a
const CR = 0x0d
const SPACE = 0x20
const ASTERISK = 0x2a
const PLUS = 0x2b
const DASH = 0x2d
const DOT = 0x2e
const DIGIT_0 = 0x30
const DIGIT_9 = 0x39
const GREATER_THAN = 0x3e
const BRACKET_OPEN = 0x5b
const BACKSLASH = 0x5c
const BRACKET_CLOSE = 0x5d
const UNDERSCORE = 0x5f
const PAREN_CLOSE = 0x29

/** The first line at which `text` nests deeper than `max`, if any. */
export function findDeepNesting(text: string, max: number): DeepNesting | undefined {
  if (!(max < Number.POSITIVE_INFINITY)) return undefined
  return new NestingScan(text, max).run()
}

class NestingScan {
  /** Text columns of the list items that may still be open, innermost last. */
  private readonly items: number[] = []
  private previousBlank = true
  private readonly inline: InlineDepth

  constructor(
    private readonly text: string,
    private readonly max: number
  ) {
    this.inline = new InlineDepth(text, max)
  }

  run(): DeepNesting | undefined {
    const {text} = this
    let start = 0
    for (let line = 1; ; line++) {
      // micromark ends a line at CR, LF or CR LF: so does the scan, or a
      // document with CR endings would look like one long line.
      let end = start
      while (end < text.length) {
        const code = text.charCodeAt(end)
        if (code === LF || code === CR) break
        end++
      }
      const kind = this.visitLine(start, end)
      if (kind) return {line, kind}
      if (end >= text.length) return undefined
      start = end + (text.charCodeAt(end) === CR && text.charCodeAt(end + 1) === LF ? 2 : 1)
    }
  }

  private visitLine(start: number, end: number): NestingKind | undefined {
    const {text, max, items} = this
    let position = start
    let column = 0
    let quotes = 0
    // Block quote markers, with the whitespace around them.
    for (;;) {
      ;[position, column] = skipWhitespace(text, position, end, column)
      if (position >= end || text.charCodeAt(position) !== GREATER_THAN) break
      quotes++
      position++
      column++
      if (quotes > max) return 'lists and block quotes'
    }
    if (position >= end) {
      // A blank line (or only quote markers): list items stay open, a
      // paragraph ends.
      this.previousBlank = true
      this.inline.reset()
      return quotes > 0 && quotes + items.length > max ? 'lists and block quotes' : undefined
    }
    const firstColumn = column
    const breakLine = isThematicBreak(text, position, end)
    const markerLine = !breakLine && listMarkerWidth(text, position, end) > 0
    // A line indented less than an item's text ends the item, unless it may
    // be a lazy continuation of the item's paragraph (a marker line, or a
    // line after a blank line, cannot be).
    if (markerLine || this.previousBlank) {
      while (items.length > 0 && items[items.length - 1]! > firstColumn) items.pop()
    }
    this.previousBlank = false
    // List markers, each inside the one before, and quote markers after them.
    while (markerLine && position < end) {
      if (text.charCodeAt(position) === GREATER_THAN) {
        quotes++
        ;[position, column] = skipWhitespace(text, position + 1, end, column + 1)
      } else {
        const width = listMarkerWidth(text, position, end)
        if (width === 0) break
        position += width
        column += width
        const [afterSpace, spaceColumn] = skipWhitespace(text, position, end, column)
        if (afterSpace >= end || spaceColumn - column > 4) {
          // The item's text starts one column after the marker when the line
          // ends there or the spaces make indented code.
          column++
          items.push(column)
          position = Math.min(position + 1, end)
        } else {
          items.push(spaceColumn)
          position = afterSpace
          column = spaceColumn
        }
      }
      if (quotes + items.length > max) return 'lists and block quotes'
    }
    if (quotes + items.length > max) return 'lists and block quotes'
    if (breakLine) return undefined
    return this.inline.scan(position, end)
  }
}

/**
 * Emphasis and brackets in the current paragraph, paired the way the parser
 * pairs them: a closing run with the nearest open run of the same character
 * (the runs between can no longer pair). Only pairs nest: a run that is
 * never closed (`target="_blank"` in an HTML attribute, a stray `[`) costs
 * the parser nothing and counts for nothing.
 */
class InlineDepth {
  private readonly emphasis = new PairDepth()
  private readonly brackets = new PairDepth()

  constructor(
    private readonly text: string,
    private readonly max: number
  ) {}

  reset(): void {
    this.emphasis.reset()
    this.brackets.reset()
  }

  scan(start: number, end: number): NestingKind | undefined {
    const {text, max} = this
    for (let index = start; index < end; index++) {
      const code = text.charCodeAt(index)
      if (code === BACKSLASH) {
        index++
      } else if (code === BRACKET_OPEN) {
        this.brackets.open(0, 1)
      } else if (code === BRACKET_CLOSE) {
        if (this.brackets.close(0, 1) > max) return 'brackets'
      } else if (code === ASTERISK || code === UNDERSCORE) {
        let after = index
        while (after < end && text.charCodeAt(after) === code) after++
        // Line ends count as whitespace.
        const before = index > start ? text.charCodeAt(index - 1) : SPACE
        const next = after < end ? text.charCodeAt(after) : SPACE
        const left =
          !isWhitespace(next) &&
          (!isPunctuation(next) || isWhitespace(before) || isPunctuation(before))
        const right =
          !isWhitespace(before) &&
          (!isPunctuation(before) || isWhitespace(next) || isPunctuation(next))
        // Inside a word, `_` neither opens nor closes; `*` does both.
        const opens = code === ASTERISK ? left : left && (!right || isPunctuation(before))
        const closes = code === ASTERISK ? right : right && (!left || isPunctuation(next))
        const length = after - index
        const kind = code === ASTERISK ? 0 : 1
        if (closes && this.emphasis.isOpen(kind)) {
          if (this.emphasis.close(kind, length) > max) return 'emphasis'
        } else if (opens) {
          this.emphasis.open(kind, length)
        }
        index = after - 1
      }
    }
    return undefined
  }
}

/**
 * Runs that open and close in pairs, and how deeply the pairs nest. A closing
 * run uses up the open runs of its character from the nearest on, two
 * characters at a time (strong) while both have two, else one (emphasis):
 * each use is one level. What is left of an open run stays open; runs inside
 * a pair can no longer pair. Each open run is pushed once and popped once:
 * linear in the number of runs.
 */
class PairDepth {
  /** Open runs, innermost last: their kind, characters left, and the deepest pair inside. */
  private readonly kinds: number[] = []
  private readonly lengths: number[] = []
  private readonly inner: number[] = []
  /** Per kind (0 or 1), where its open runs are in the stacks above. */
  private readonly openOf: [number[], number[]] = [[], []]

  reset(): void {
    this.kinds.length = 0
    this.lengths.length = 0
    this.inner.length = 0
    this.openOf[0].length = 0
    this.openOf[1].length = 0
  }

  isOpen(kind: 0 | 1): boolean {
    return this.openOf[kind].length > 0
  }

  open(kind: 0 | 1, length: number): void {
    this.openOf[kind].push(this.kinds.length)
    this.kinds.push(kind)
    this.lengths.push(length)
    this.inner.push(0)
  }

  /** Close open runs of `kind` with a run of `length`: the depth of the deepest pair made. */
  close(kind: 0 | 1, length: number): number {
    const {kinds, lengths, inner} = this
    const opens = this.openOf[kind]
    let left = length
    let depth = 0
    while (left > 0 && opens.length > 0) {
      const at = opens[opens.length - 1]!
      let deepest = 0
      while (kinds.length > at + 1) {
        deepest = Math.max(deepest, inner.pop()!)
        lengths.pop()
        this.openOf[kinds.pop()! as 0 | 1].pop()
      }
      deepest = Math.max(deepest, inner[at]!)
      let open = lengths[at]!
      let levels = 0
      while (open > 0 && left > 0) {
        const use = open >= 2 && left >= 2 ? 2 : 1
        open -= use
        left -= use
        levels++
      }
      depth = deepest + levels
      if (open > 0) {
        lengths[at] = open
        inner[at] = depth
      } else {
        opens.pop()
        kinds.pop()
        lengths.pop()
        inner.pop()
        if (at > 0) inner[at - 1] = Math.max(inner[at - 1]!, depth)
      }
    }
    return depth
  }
}

function skipWhitespace(
  text: string,
  position: number,
  end: number,
  column: number
): [number, number] {
  while (position < end) {
    const code = text.charCodeAt(position)
    if (code === SPACE) column++
    else if (code === TAB) column += 4 - (column % 4)
    else break
    position++
  }
  return [position, column]
}

/**
 * Width of the list marker at `position` (`-`, `+`, `*`, or up to nine
 * digits and `.` or `)`), followed by whitespace or the line end; 0 if none.
 */
function listMarkerWidth(text: string, position: number, end: number): number {
  const code = text.charCodeAt(position)
  let after = position
  if (code === DASH || code === PLUS || code === ASTERISK) after++
  else {
    while (after < end && after - position < 9 && isDigit(text.charCodeAt(after))) after++
    if (after === position) return 0
    const delimiter = text.charCodeAt(after)
    if (delimiter !== DOT && delimiter !== PAREN_CLOSE) return 0
    after++
  }
  if (after > end) return 0
  if (after < end) {
    const next = text.charCodeAt(after)
    if (next !== SPACE && next !== TAB) return 0
  }
  return after - position
}

/** Three or more of one of `-`, `*`, `_`, with only whitespace between: a rule, not a list. */
function isThematicBreak(text: string, position: number, end: number): boolean {
  const char = text.charCodeAt(position)
  if (char !== DASH && char !== ASTERISK && char !== UNDERSCORE) return false
  let count = 0
  for (let index = position; index < end; index++) {
    const code = text.charCodeAt(index)
    if (code === char) count++
    else if (code !== SPACE && code !== TAB) return false
  }
  return count >= 3
}

function isDigit(code: number): boolean {
  return code >= DIGIT_0 && code <= DIGIT_9
}

function isWhitespace(code: number): boolean {
  return (
    code <= SPACE ||
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000
  )
}

const UNICODE_PUNCTUATION = /[\p{P}\p{S}]/u

function isPunctuation(code: number): boolean {
  if (code < 0x80) {
    return (
      (code >= 0x21 && code <= 0x2f) ||
      (code >= 0x3a && code <= 0x40) ||
      (code >= 0x5b && code <= 0x60) ||
      (code >= 0x7b && code <= 0x7e)
    )
  }
  return UNICODE_PUNCTUATION.test(String.fromCharCode(code))
}
