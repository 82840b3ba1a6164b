import type {PageFinding} from './findings.js'

const RANK = {error: 3, warning: 2, suggestion: 1} as const

/**
 * Fill the editor's backdrop with the text, the flagged passages wrapped in
 * `mark` (coloured by the most severe finding over them), and an empty anchor
 * at each finding's start to scroll to. Overlapping findings are cut into
 * segments at every start and end, in one pass over the sorted boundaries.
 */
export function renderBackdrop(
  backdrop: HTMLElement,
  text: string,
  findings: readonly PageFinding[]
): void {
  type Boundary = {offset: number; index: number; opens: boolean}
  const boundaries: Boundary[] = []
  findings.forEach((finding, index) => {
    const start = clamp(finding.start.offset, text.length)
    boundaries.push({offset: start, index, opens: true})
    const end = finding.end ? clamp(finding.end.offset, text.length) : start
    if (end > start) boundaries.push({offset: end, index, opens: false})
  })
  boundaries.sort((a, b) => a.offset - b.offset || Number(a.opens) - Number(b.opens))

  const fragment = document.createDocumentFragment()
  const open = new Set<number>()
  let at = 0
  const emit = (to: number) => {
    if (to <= at) return
    const piece = text.slice(at, to)
    if (open.size === 0) fragment.append(piece)
    else {
      const mark = document.createElement('mark')
      let worst: PageFinding['severity'] = 'suggestion'
      for (const index of open) {
        const severity = findings[index]!.severity
        if (RANK[severity] > RANK[worst]) worst = severity
      }
      mark.className = worst
      mark.dataset.findings = [...open].join(' ')
      mark.textContent = piece
      fragment.append(mark)
    }
    at = to
  }
  for (const boundary of boundaries) {
    emit(boundary.offset)
    if (boundary.opens) {
      const anchor = document.createElement('span')
      anchor.dataset.anchor = String(boundary.index)
      fragment.append(anchor)
      const finding = findings[boundary.index]!
      if (finding.end && finding.end.offset > finding.start.offset) open.add(boundary.index)
    } else open.delete(boundary.index)
  }
  emit(text.length)
  // A final newline in a textarea still makes a line; the backdrop needs a
  // character after it to lay out the same height.
  fragment.append('\n ')
  backdrop.replaceChildren(fragment)
  backdrop.classList.remove('stale')
}

/** Outline the marks of one finding (the one the reader jumped to). */
export function markCurrent(backdrop: HTMLElement, index: number | undefined): void {
  for (const mark of backdrop.querySelectorAll('mark.current')) mark.classList.remove('current')
  if (index === undefined) return
  for (const mark of backdrop.querySelectorAll<HTMLElement>('mark[data-findings]')) {
    if (mark.dataset.findings!.split(' ').includes(String(index))) mark.classList.add('current')
  }
}

function clamp(offset: number, length: number): number {
  return Math.max(0, Math.min(offset, length))
}
