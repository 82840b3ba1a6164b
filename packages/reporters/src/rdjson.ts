import path from 'node:path'
import {repositoryUrl} from '@whatfor/lint-rule'
import type {VFile} from 'vfile'
import {
  type Finding,
  type FindingFilter,
  findingsOf,
  type Level,
  LineIndex,
  type Point,
  textOf
} from './findings.js'

/**
 * reviewdog's Diagnostic Format: `rdjson` (one DiagnosticResult) and
 * `rdjsonl` (one Diagnostic per line). Paths are relative to the working
 * folder, where reviewdog runs; columns count UTF-8 bytes, as reviewdog does,
 * where vfile counts UTF-16 code units; ends are exclusive (as in vfile).
 */

export interface RdjsonOptions extends FindingFilter {
  cwd?: string
}

interface RdPosition {
  line: number
  column: number
}

interface RdRange {
  start: RdPosition
  end?: RdPosition
}

export interface RdDiagnostic {
  message: string
  location: {path: string; range?: RdRange}
  severity: 'ERROR' | 'WARNING' | 'INFO'
  source: {name: string; url: string}
  code: {value: string; url?: string}
  suggestions?: Array<{range: RdRange; text: string}>
  original_output?: string
}

const SOURCE = {name: 'whatfor', url: repositoryUrl}
const SEVERITIES: Record<Level, RdDiagnostic['severity']> = {
  error: 'ERROR',
  warning: 'WARNING',
  suggestion: 'INFO'
}

export function rdjsonDiagnostics(
  files: readonly VFile[],
  options: RdjsonOptions = {}
): RdDiagnostic[] {
  const cwd = options.cwd ?? process.cwd()
  const indexes = new Map<VFile, LineIndex>()
  const linesOf = (file: VFile) => {
    let index = indexes.get(file)
    if (!index) {
      index = new LineIndex(textOf(file))
      indexes.set(file, index)
    }
    return index
  }
  return findingsOf(files, options).map((finding) =>
    diagnosticOf(finding, pathOf(finding.file, cwd), linesOf(finding.file))
  )
}

export function rdjson(files: readonly VFile[], options: RdjsonOptions = {}): string {
  return `${JSON.stringify({source: SOURCE, diagnostics: rdjsonDiagnostics(files, options)}, null, 2)}\n`
}

export function rdjsonl(files: readonly VFile[], options: RdjsonOptions = {}): string {
  return rdjsonDiagnostics(files, options)
    .map((diagnostic) => `${JSON.stringify(diagnostic)}\n`)
    .join('')
}

function diagnosticOf(finding: Finding, file: string, lines: LineIndex): RdDiagnostic {
  const diagnostic: RdDiagnostic = {
    message: [finding.reason, finding.note].filter(Boolean).join('\n\n'),
    location: {path: file},
    severity: SEVERITIES[finding.level],
    source: SOURCE,
    code: finding.url ? {value: finding.ruleId, url: finding.url} : {value: finding.ruleId}
  }
  if (finding.start) {
    const range = rangeOf(finding.start, finding.end, lines)
    diagnostic.location.range = range
    const expected = finding.message.expected
    if (expected && expected.length > 0) {
      diagnostic.suggestions = expected.map((text) => ({range, text}))
    }
  }
  return diagnostic
}

function rangeOf(start: Point, end: Point | undefined, lines: LineIndex): RdRange {
  const from = {line: start.line, column: lines.utf8Column(start)}
  return {start: from, end: end ? {line: end.line, column: lines.utf8Column(end)} : from}
}

function pathOf(file: VFile, cwd: string): string {
  if (!file.path) return 'stdin'
  const relative = path.relative(cwd, path.resolve(file.cwd, file.path))
  return relative.split(path.sep).join('/')
}
