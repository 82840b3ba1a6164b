import path from 'node:path'
import picocolors from 'picocolors'
import type {VFile} from 'vfile'
import {findingSentence} from './advice.js'
import {citationOf} from './citation.js'
import {type Finding, type FindingFilter, findingsOf, type Level} from './findings.js'
import {wrapText} from './wrap-text.js'

/**
 * The default terminal report, written for the person who wrote the plan:
 * files, then the section each finding sits under; each finding one sentence
 * (what is wrong, what to do) with its line; the essay behind a rule once per
 * rule and file, under its first finding; a closing count of errors, warnings
 * and suggestions. Wrapped to the terminal's width, coloured when asked.
 *
 * Built line by line into one list that is joined once: nothing spreads a
 * list of findings into a call or recurses over it, so any number of findings
 * can be reported.
 */

export interface PrettyOptions extends FindingFilter {
  color?: boolean
  /** Columns to wrap at: the terminal's width (capped for readability); 80 when unknown. */
  width?: number
  /** Folder that file paths are shown relative to. */
  cwd?: string
}

/** Wider than this, lines of prose get hard to follow. */
export const MAX_WIDTH = 100
const MIN_WIDTH = 40
const DEFAULT_WIDTH = 80
const FINDING_INDENT = '    '
const TEXT_INDENT = '      '
const CITATION_INDENT = '        '

type Colors = ReturnType<typeof picocolors.createColors>

const LEVEL_ORDER: readonly Level[] = ['error', 'warning', 'suggestion']

export function pretty(files: readonly VFile[], options: PrettyOptions = {}): string {
  const colors = picocolors.createColors(options.color ?? false)
  const width = Math.max(MIN_WIDTH, Math.min(options.width ?? DEFAULT_WIDTH, MAX_WIDTH))
  const cwd = options.cwd ?? process.cwd()
  const lines: string[] = []
  const counts: Record<Level, number> = {error: 0, warning: 0, suggestion: 0}
  for (const file of files) {
    const findings = findingsOf([file], options)
    for (const finding of findings) counts[finding.level]++
    if (findings.length === 0) {
      if (!options.quiet && !options.silent)
        lines.push(`${colors.bold(shownPath(file, cwd))}: ${colors.green('no findings')}`, '')
      continue
    }
    fileReport(lines, file, findings, {colors, width, cwd})
  }
  lines.push(summary(counts, files.length, colors))
  return `${lines.join('\n')}\n`
}

interface Layout {
  readonly colors: Colors
  readonly width: number
  readonly cwd: string
}

function fileReport(
  lines: string[],
  file: VFile,
  findings: Finding[],
  {colors, width, cwd}: Layout
): void {
  findings.sort(byPosition)
  lines.push(colors.bold(colors.underline(shownPath(file, cwd))))
  const cited = new Set<string>()
  let section: string | undefined
  for (const finding of findings) {
    const key = sectionKey(finding)
    if (key !== section) {
      section = key
      const title = sectionTitle(finding)
      if (title !== undefined)
        for (const line of wrap(title, width - 2, colors.bold)) lines.push(`  ${line}`)
    }
    // “    error, lines 5–9  The sentence …”, wrapped as plain text and coloured
    // after; the rule id is the sentence's last word, never cut.
    const label = `${finding.level}, ${where(finding)}`
    const ruleTag = `[${finding.ruleId}]`
    const text = wrapText(
      `${findingSentence(finding.fromRule ? finding.ruleId : undefined, finding.reason)} ${ruleTag}`,
      width - TEXT_INDENT.length,
      width - FINDING_INDENT.length - label.length - 2
    )
    const last = text.length - 1
    text[last] = text[last]!.slice(0, -ruleTag.length) + colors.dim(ruleTag)
    const [level, place] = [finding.level, label.slice(finding.level.length)]
    lines.push(`${FINDING_INDENT}${levelColor(level, colors)(level)}${place}  ${text[0]!}`)
    for (let index = 1; index < text.length; index++) lines.push(TEXT_INDENT + text[index]!)
    if (!cited.has(finding.ruleId)) {
      cited.add(finding.ruleId)
      for (const line of citationLines(finding, width - CITATION_INDENT.length, colors))
        lines.push(CITATION_INDENT + line)
    }
  }
  lines.push('')
}

function byPosition(a: Finding, b: Finding): number {
  return (
    (a.start?.line ?? 0) - (b.start?.line ?? 0) || (a.start?.column ?? 0) - (b.start?.column ?? 0)
  )
}

/** “line 5”, “lines 5–9”, or “file” for a finding about the whole file. */
function where(finding: Finding): string {
  if (!finding.start) return 'file'
  const end = finding.end?.line ?? finding.start.line
  return end > finding.start.line
    ? `lines ${finding.start.line}\u2013${end}`
    : `line ${finding.start.line}`
}

function sectionKey(finding: Finding): string {
  const section = finding.message.section
  return section ? `${section.line}` : 'none'
}

/** The heading a finding sits under, as the plan writes it; nothing for a finding with no section. */
function sectionTitle(finding: Finding): string | undefined {
  const section = finding.message.section
  if (!section) return undefined
  if (section.line === 0) return 'Before the first heading'
  const title = section.title.replace(/\s+/g, ' ').trim()
  return `${title || 'Untitled section'} (line ${section.line})`
}

/** The essay behind the rule: its quote, then author, title and date, then the link. */
function citationLines(finding: Finding, width: number, colors: Colors): string[] {
  const cited = finding.fromRule ? citationOf(finding.ruleId) : undefined
  if (!cited) {
    // A plugin from the user's config may carry its own note: shown as written.
    return finding.note ? wrap(finding.note, width, colors.dim) : []
  }
  const lines = wrap(`\u201c${cited.quote}\u201d`, width, colors.italic)
  for (const line of wrap(
    `\u2014 ${cited.author}, ${cited.title} (${cited.date})`,
    width,
    colors.dim
  ))
    lines.push(line)
  lines.push(colors.cyan(cited.url))
  return lines
}

function wrap(text: string, width: number, style: (line: string) => string): string[] {
  return wrapText(text.replace(/\s+/g, ' '), width).map(style)
}

function levelColor(level: Level, colors: Colors): (text: string) => string {
  return level === 'error'
    ? (text) => colors.bold(colors.red(text))
    : level === 'warning'
      ? colors.yellow
      : colors.blue
}

function summary(counts: Record<Level, number>, files: number, colors: Colors): string {
  const parts = LEVEL_ORDER.map((level) => {
    const text = plural(counts[level], level)
    return counts[level] > 0 ? levelColor(level, colors)(text) : text
  })
  return `${parts.join(', ')} in ${plural(files, 'file')}`
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`
}

function shownPath(file: VFile, cwd: string): string {
  if (!file.path) return '<stdin>'
  const relative = path.relative(cwd, path.resolve(file.cwd, file.path))
  return relative.startsWith('..') ? path.resolve(file.cwd, file.path) : relative || file.path
}
