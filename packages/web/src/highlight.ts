import type {PageFinding} from './findings.js'

const RANK = {error: 3, warning: 2, suggestion: 1} as const

/** One run of a line: plain text, or text under the marks of some findings. */
interface Piece {
  readonly text: string
  /** Indices of the findings over this text (empty: not flagged). */
  readonly findings: readonly number[]
  /** The most severe of them. */
  readonly severity: PageFinding['severity'] | undefined
}

interface Line {
  /** Offset of the line's first character in the text. */
  readonly start: number
  readonly pieces: readonly Piece[]
  /** The pieces as one string: a line whose key is unchanged keeps its element. */
  readonly key: string
}

/**
 * The editor's backdrop: the text of the textarea above it (invisible), with
 * the flagged passages in `mark`s, coloured by the most severe finding over
 * them. The textarea breaks lines at every newline, so the backdrop holds one
 * block per line and lays out the same. When new findings come, only the
 * lines that changed are replaced: typing in a 50 KB plan re-lays out a line
 * or two, not the whole text.
 */
export class Backdrop {
  #lines: Line[] = []
  #elements: HTMLElement[] = []

  constructor(private readonly element: HTMLElement) {}

  render(text: string, findings: readonly PageFinding[]): void {
    const lines = splitLines(text, findings)
    let prefix = 0
    const shared = Math.min(lines.length, this.#lines.length)
    while (prefix < shared && lines[prefix]!.key === this.#lines[prefix]!.key) prefix++
    let suffix = 0
    while (
      suffix < shared - prefix &&
      lines[lines.length - 1 - suffix]!.key === this.#lines[this.#lines.length - 1 - suffix]!.key
    )
      suffix++
    const fresh = lines.slice(prefix, lines.length - suffix).map(lineElement)
    const removed = this.#elements.splice(prefix, this.#elements.length - suffix - prefix, ...fresh)
    const before = this.#elements[prefix + fresh.length] ?? null
    for (const element of removed) element.remove()
    for (const element of fresh) this.element.insertBefore(element, before)
    this.#lines = lines
    this.element.classList.remove('stale')
  }

  /** Hide the marks: the text changed and they no longer line up. */
  stale(): void {
    this.element.classList.add('stale')
  }

  /** Outline the marks of one finding (the one the reader jumped to). */
  markCurrent(index: number | undefined): void {
    for (const mark of this.element.querySelectorAll('mark.current'))
      mark.classList.remove('current')
    if (index === undefined) return
    for (const mark of this.element.querySelectorAll<HTMLElement>('mark[data-findings]')) {
      if (mark.dataset.findings!.split(' ').includes(String(index))) mark.classList.add('current')
    }
  }

  /** How far down the text (in the editor's own coordinates) the character at `offset` is. */
  topOf(offset: number): number | undefined {
    let low = 0
    let high = this.#lines.length
    while (low < high) {
      const middle = (low + high) >>> 1
      if (this.#lines[middle]!.start <= offset) low = middle + 1
      else high = middle
    }
    const index = low - 1
    const line = this.#lines[index]
    const element = this.#elements[index]
    if (!line || !element) return undefined
    let column = offset - line.start
    const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT)
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const length = node.textContent?.length ?? 0
      if (column <= length) {
        const range = document.createRange()
        range.setStart(node, column)
        range.collapse(true)
        const box = range.getClientRects()[0] ?? range.getBoundingClientRect()
        return box.top - this.element.getBoundingClientRect().top + this.element.scrollTop
      }
      column -= length
    }
    return element.offsetTop
  }
}

/** The text as lines of pieces, cut at every finding's start and end. */
function splitLines(text: string, findings: readonly PageFinding[]): Line[] {
  type Boundary = {offset: number; index: number; opens: boolean}
  const boundaries: Boundary[] = []
  findings.forEach((finding, index) => {
    const start = clamp(finding.start.offset, text.length)
    const end = finding.end ? clamp(finding.end.offset, text.length) : start
    boundaries.push({offset: start, index, opens: true})
    boundaries.push({offset: end, index, opens: false})
  })
  boundaries.sort((a, b) => a.offset - b.offset || Number(b.opens) - Number(a.opens))

  const lines: Line[] = []
  const open = new Set<number>()
  let next = 0
  let lineStart = 0
  while (lineStart <= text.length) {
    const newline = text.indexOf('\n', lineStart)
    const lineEnd = newline === -1 ? text.length : newline
    const pieces: Piece[] = []
    let at = lineStart
    const emit = (to: number) => {
      if (to <= at) return
      const over = [...open]
      let severity: PageFinding['severity'] | undefined
      for (const index of over) {
        const candidate = findings[index]!.severity
        if (!severity || RANK[candidate] > RANK[severity]) severity = candidate
      }
      pieces.push({text: text.slice(at, to), findings: over, severity})
      at = to
    }
    while (next < boundaries.length && boundaries[next]!.offset <= lineEnd) {
      const boundary = boundaries[next++]!
      emit(boundary.offset)
      if (boundary.opens) open.add(boundary.index)
      else open.delete(boundary.index)
    }
    emit(lineEnd)
    lines.push({start: lineStart, pieces, key: JSON.stringify(pieces)})
    if (newline === -1) break
    lineStart = newline + 1
  }
  return lines
}

function lineElement(line: Line): HTMLElement {
  const element = document.createElement('div')
  for (const piece of line.pieces) {
    if (piece.findings.length === 0) {
      element.append(piece.text)
      continue
    }
    const mark = document.createElement('mark')
    mark.className = piece.severity!
    mark.dataset.findings = piece.findings.join(' ')
    mark.textContent = piece.text
    element.append(mark)
  }
  // An empty line is still a line of the textarea.
  if (line.pieces.length === 0) element.append(document.createElement('br'))
  return element
}

function clamp(offset: number, length: number): number {
  return Math.max(0, Math.min(offset, length))
}
