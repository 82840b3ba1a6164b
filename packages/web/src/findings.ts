import {type Citation, citation, type QuoteId} from '@whatfor/citations'
import type {Severity} from '@whatfor/lint-rule'
import {ruleById} from '@whatfor/preset'
import type {VFile} from 'vfile'

/** A place in the text on screen: 1-based line and column, and the offset. */
export interface TextPoint {
  readonly line: number
  readonly column: number
  readonly offset: number
}

/** The essay a finding argues from, one click away on the page. */
export interface PageCitation {
  readonly quote: string
  readonly author: string
  readonly title: string
  readonly date: string
  readonly url: string
}

/** One finding as the page shows it. */
export interface PageFinding {
  readonly ruleId: string
  readonly severity: Severity
  /** The finding itself: “Unexpected …, expected …”. */
  readonly reason: string
  /** The rule's one-line explanation (empty for a problem with the file itself). */
  readonly summary: string
  readonly start: TextPoint
  /** Absent for a finding about something missing: it points at one place. */
  readonly end: TextPoint | undefined
  /** Word paragraph of the start, for a plan converted from a `.docx`. */
  readonly wordParagraph: number | undefined
  /** The text the finding is about, shortened. */
  readonly excerpt: string
  /** Suggested fixes: skeletons to fill in, never invented content. */
  readonly expected: readonly string[]
  readonly citation: PageCitation | undefined
  /** The rule's documentation page. */
  readonly url: string | undefined
}

const EXCERPT_LENGTH = 160

// A rule cites the same passage in every finding: read it once per page.
const citations = new Map<QuoteId, Citation>()
function citationOf(quote: QuoteId): Citation {
  let cited = citations.get(quote)
  if (!cited) {
    cited = citation(quote)
    citations.set(quote, cited)
  }
  return cited
}

/** Word paragraph of an offset, for a plan converted from a `.docx`. */
export type ParagraphOf = (offset: number) => number

/** The page's findings for a linted file, in the order of the text. */
export function pageFindings(
  file: VFile,
  source: string,
  paragraphOf: ParagraphOf | undefined
): PageFinding[] {
  const findings = file.messages.map((message): PageFinding => {
    const place = message.place
    const startPlace = place && 'start' in place ? place.start : place
    const endPlace = place && 'start' in place ? place.end : undefined
    const start = textPoint(startPlace, source)
    const end = endPlace ? textPoint(endPlace, source) : undefined
    const rule = message.ruleId ? ruleById(message.ruleId) : undefined
    const cited = rule ? citationOf(rule.meta.quote) : undefined
    return {
      ruleId: message.ruleId ?? 'whatfor',
      severity:
        message.fatal === true ? 'error' : message.fatal === false ? 'warning' : 'suggestion',
      reason: message.reason,
      summary: rule?.meta.summary ?? '',
      start,
      end,
      wordParagraph: paragraphOf?.(start.offset),
      excerpt: excerptOf(source, start, end),
      expected: message.expected ?? [],
      citation: cited && {
        quote: cited.quote,
        author: cited.essay.author,
        title: cited.essay.title,
        date: cited.essay.date,
        url: cited.essay.url
      },
      url: message.url
    }
  })
  return findings.sort((a, b) => a.start.offset - b.start.offset)
}

function textPoint(
  point: {line: number; column: number; offset?: number} | undefined,
  source: string
): TextPoint {
  if (!point) return {line: 1, column: 1, offset: 0}
  return {
    line: point.line,
    column: point.column,
    offset: point.offset ?? offsetOf(source, point.line, point.column)
  }
}

/** Offset of a line and column, for the few messages that carry no offset. */
function offsetOf(source: string, line: number, column: number): number {
  let offset = 0
  for (let current = 1; current < line; current++) {
    const next = source.indexOf('\n', offset)
    if (next === -1) return source.length
    offset = next + 1
  }
  return Math.min(offset + column - 1, source.length)
}

/** The flagged text, or the line a finding about something missing points at. */
function excerptOf(source: string, start: TextPoint, end: TextPoint | undefined): string {
  let to = end?.offset
  if (to === undefined || to <= start.offset) {
    const lineEnd = source.indexOf('\n', start.offset)
    to = lineEnd === -1 ? source.length : lineEnd
  }
  const text = source.slice(start.offset, Math.min(to, start.offset + EXCERPT_LENGTH * 2))
  const flat = text.replace(/\s+/g, ' ').trim()
  return flat.length > EXCERPT_LENGTH ? `${flat.slice(0, EXCERPT_LENGTH - 1)}…` : flat
}
