import {appendFileSync} from 'node:fs'
import type {VFile} from 'vfile'
import {
  type Finding,
  type FindingFilter,
  findingsOf,
  type Level,
  relativePath,
  repositoryRoot
} from './findings.js'

/**
 * GitHub Actions: one workflow command per finding (`::error file=…::…`), so
 * each shows on the line it concerns, and a Markdown job summary listing every
 * finding with its citation — GitHub shows only 10 annotations of each level
 * per step and 50 per job, so the summary is where nothing is lost.
 */

export interface GithubOptions extends FindingFilter {
  cwd?: string
  /** Where the job summary goes; defaults to $GITHUB_STEP_SUMMARY. */
  summaryPath?: string | undefined
  /** Root that annotation paths are relative to; defaults to $GITHUB_WORKSPACE or the git top level. */
  root?: string
}

/** GitHub shows at most this many annotations of each level per step. */
export const ANNOTATIONS_PER_LEVEL = 10

/** GitHub accepts at most 1 MiB of job summary per step; leave room for other steps' text. */
const SUMMARY_BYTES = 1000 * 1024

const COMMANDS: Record<Level, string> = {error: 'error', warning: 'warning', suggestion: 'notice'}

// Escaping exactly as @actions/core's command.js (escapeData, escapeProperty).
export function escapeData(value: string): string {
  return value.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A')
}

export function escapeProperty(value: string): string {
  return escapeData(value).replace(/:/g, '%3A').replace(/,/g, '%2C')
}

export interface AnnotationProperties {
  title?: string
  file?: string
  line?: number
  endLine?: number
  col?: number
  endColumn?: number
}

/** `::name key=value,…::message`, properties in @actions/core's order, empty ones left out as it does. */
export function workflowCommand(
  name: string,
  properties: AnnotationProperties,
  message: string
): string {
  const pairs = (['title', 'file', 'line', 'endLine', 'col', 'endColumn'] as const)
    .filter(
      (key) => properties[key] !== undefined && properties[key] !== '' && properties[key] !== 0
    )
    .map((key) => `${key}=${escapeProperty(String(properties[key]))}`)
  return `::${name}${pairs.length > 0 ? ` ${pairs.join(',')}` : ''}::${escapeData(message)}`
}

function annotationOf(finding: Finding, file: string): string {
  const properties: AnnotationProperties = {title: `whatfor ${finding.ruleId}`, file}
  if (finding.start) {
    properties.line = finding.start.line
    const end = finding.end ?? finding.start
    properties.endLine = end.line
    // GitHub reads columns only when an annotation starts and ends on one line.
    if (end.line === finding.start.line) {
      properties.col = finding.start.column
      if (finding.end) properties.endColumn = finding.end.column
    }
  }
  return workflowCommand(COMMANDS[finding.level], properties, messageText(finding))
}

function messageText(finding: Finding): string {
  return [finding.reason, finding.note, finding.url].filter(Boolean).join('\n\n')
}

export interface GithubReport {
  /** Workflow commands, one per line. */
  readonly commands: string
  /** The job summary, Markdown. */
  readonly summary: string
}

export function githubReport(files: readonly VFile[], options: GithubOptions = {}): GithubReport {
  const cwd = options.cwd ?? process.cwd()
  const root = options.root ?? (process.env.GITHUB_WORKSPACE || repositoryRoot(cwd))
  const findings = findingsOf(files, options)
  const pathOf = (file: VFile) => relativePath(file, root)
  const commands = findings.map((finding) => annotationOf(finding, pathOf(finding.file)))
  return {
    commands: commands.length > 0 ? `${commands.join('\n')}\n` : '',
    summary: summaryOf(files, findings, pathOf)
  }
}

/** The registered reporter: workflow commands on stdout, the summary appended to $GITHUB_STEP_SUMMARY. */
export function github(files: readonly VFile[], options: GithubOptions = {}): string {
  const report = githubReport(files, options)
  const summaryPath = options.summaryPath ?? process.env.GITHUB_STEP_SUMMARY
  // Runners give each step its own file and expect steps to append to it.
  if (summaryPath) appendFileSync(summaryPath, report.summary)
  return report.commands
}

const LABELS: Record<Level, string> = {error: 'error', warning: 'warning', suggestion: 'suggestion'}
const ICONS: Record<Level, string> = {
  error: ':x:',
  warning: ':warning:',
  suggestion: ':information_source:'
}

function summaryOf(
  files: readonly VFile[],
  findings: readonly Finding[],
  pathOf: (file: VFile) => string
): string {
  const counts = {error: 0, warning: 0, suggestion: 0}
  for (const finding of findings) counts[finding.level]++
  const lines = [
    `## whatfor: ${plural(counts.error, 'error')}, ${plural(counts.warning, 'warning')}, ${plural(counts.suggestion, 'suggestion')} in ${plural(files.length, 'file')}`,
    ''
  ]
  if (findings.length === 0) {
    lines.push('No findings: every plan says what it is for before how.', '')
    return lines.join('\n')
  }
  if (Object.values(counts).some((count) => count > ANNOTATIONS_PER_LEVEL)) {
    lines.push(
      `GitHub shows at most ${ANNOTATIONS_PER_LEVEL} annotations of each level per step; every finding is listed here.`,
      ''
    )
  }
  const byFile = new Map<VFile, Finding[]>()
  for (const finding of findings) {
    const list = byFile.get(finding.file)
    if (list) list.push(finding)
    else byFile.set(finding.file, [finding])
  }
  let size = Buffer.byteLength(lines.join('\n'))
  let listed = 0
  for (const [file, list] of byFile) {
    const section = [`### <code>${escapeHtml(pathOf(file))}</code>`, '']
    for (const finding of list) {
      const rule = finding.url ? `[\`${finding.ruleId}\`](${finding.url})` : `\`${finding.ruleId}\``
      const where = finding.start ? `line ${finding.start.line}` : 'file'
      section.push(
        `- ${ICONS[finding.level]} **${LABELS[finding.level]}** ${rule}, ${where}: ${escapeMarkdown(finding.reason)}`
      )
      if (finding.note) section.push(`  > ${escapeMarkdown(finding.note)}`)
    }
    section.push('')
    const sectionSize = Buffer.byteLength(section.join('\n')) + 1
    // GitHub drops a step summary over 1 MiB entirely: better to list most findings than none.
    if (size + sectionSize > SUMMARY_BYTES) break
    for (const line of section) lines.push(line)
    size += sectionSize
    listed += list.length
  }
  if (listed < findings.length) {
    lines.push(
      `${plural(findings.length - listed, 'more finding')} not listed: GitHub takes at most 1 MiB of summary per step. Run \`whatfor\` locally, or upload the SARIF report, to see them all.`,
      ''
    )
  }
  return lines.join('\n')
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`
}

function escapeHtml(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
}

// Keep a message's `code spans` as they are; elsewhere stop text from becoming
// HTML or breaking the list item.
function escapeMarkdown(value: string): string {
  return value
    .split(/(`[^`\n]*`)/)
    .map((part, index) =>
      index % 2 === 1 ? part : part.replace(/[\\<>*[\]]/g, (character) => `\\${character}`)
    )
    .join('')
    .replace(/\r?\n/g, ' ')
}
