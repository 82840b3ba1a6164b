import {execFileSync} from 'node:child_process'
import {realpathSync} from 'node:fs'
import path from 'node:path'
import type {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import {withUserFacingMessages} from './flatten.js'

/**
 * What every machine-readable reporter needs from a message, worked out once:
 * its level, a stable rule id (also for files that could not be processed),
 * where it is, and the text it points at. Reporters only format these.
 */

export type Level = 'error' | 'warning' | 'suggestion'

/** Rule id given to a fatal message that carries none (a file unified-engine could not read or process). */
export const CANNOT_PROCESS = 'cannot-process'

export interface Point {
  readonly line: number
  /** 1-based, in UTF-16 code units (vfile's unit). */
  readonly column: number
}

export interface Finding {
  readonly file: VFile
  readonly message: VFileMessage
  readonly level: Level
  readonly ruleId: string
  /** False for a file that failed before any rule ran (binary, unreadable, broken config). */
  readonly fromRule: boolean
  readonly reason: string
  /** The citation (`note`) of a rule finding. */
  readonly note: string | undefined
  readonly url: string | undefined
  readonly start: Point | undefined
  readonly end: Point | undefined
}

export interface FindingFilter {
  /** Hide suggestions (as the pretty reporter's --quiet does). */
  quiet?: boolean
  /** Errors only. */
  silent?: boolean
}

export function levelOf(message: VFileMessage): Level {
  return message.fatal === true ? 'error' : message.fatal === false ? 'warning' : 'suggestion'
}

/** Every message of every file as a finding, in file order then position order. */
export function findingsOf(files: readonly VFile[], filter: FindingFilter = {}): Finding[] {
  const findings: Finding[] = []
  for (const file of withUserFacingMessages(files)) {
    for (const message of file.messages) {
      const level = levelOf(message)
      if (filter.silent && level !== 'error') continue
      if (filter.quiet && level === 'suggestion') continue
      findings.push(findingOf(file, message))
    }
  }
  return findings
}

export function findingOf(file: VFile, message: VFileMessage): Finding {
  const start = message.place
    ? 'start' in message.place
      ? message.place.start
      : message.place
    : undefined
  const end = message.place && 'end' in message.place ? message.place.end : undefined
  return {
    file,
    message,
    level: levelOf(message),
    ruleId: message.ruleId ?? CANNOT_PROCESS,
    fromRule: Boolean(message.ruleId),
    reason: message.reason,
    note: message.note,
    url: message.url,
    start: validPoint(start),
    end: validPoint(end)
  }
}

function validPoint(point: {line?: number; column?: number} | undefined): Point | undefined {
  if (!point || typeof point.line !== 'number' || point.line < 1) return undefined
  return {
    line: point.line,
    column: typeof point.column === 'number' && point.column >= 1 ? point.column : 1
  }
}

/**
 * The folder paths are reported against: the git top level of `cwd` (what
 * GitHub code scanning and annotations expect), or `cwd` outside a repository.
 */
export function repositoryRoot(cwd: string): string {
  try {
    const top = execFileSync('git', ['rev-parse', '--show-toplevel'], {
      cwd,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore']
    }).trim()
    if (top) return realpath(top)
  } catch {
    // Not a repository, or no git: paths stay relative to the working folder.
  }
  return realpath(cwd)
}

/** A file's path relative to `root`, with `/` separators; `stdin` for text without a path. */
export function relativePath(file: VFile, root: string): string {
  if (!file.path) return 'stdin'
  const absolute = path.resolve(realpath(file.cwd), file.path)
  // Both sides resolved, so a workspace reached through a symlink still gives relative paths.
  const relative = path.relative(realpath(root), realpathOfFile(absolute))
  return (relative === '' || relative.startsWith('..') ? absolute : relative)
    .split(path.sep)
    .join('/')
}

function realpath(folder: string): string {
  try {
    return realpathSync(folder)
  } catch {
    return path.resolve(folder)
  }
}

// A file may not exist (text from stdin with --stdin-filename): resolve its folder instead.
function realpathOfFile(file: string): string {
  try {
    return realpathSync(file)
  } catch {
    return path.join(realpath(path.dirname(file)), path.basename(file))
  }
}

/** The document's text, whatever vfile holds (string or bytes). */
export function textOf(file: VFile): string {
  const value = file.value
  if (typeof value === 'string') return value
  if (value instanceof Uint8Array) return new TextDecoder().decode(value)
  return ''
}

/** Line starts of a text, by the same line endings vfile-location uses. */
export class LineIndex {
  readonly starts: number[] = [0]
  constructor(readonly text: string) {
    const ending = /\r\n|\r|\n/g
    for (const match of text.matchAll(ending)) this.starts.push(match.index + match[0].length)
  }

  /** The text of a 1-based line, without its line ending. */
  line(line: number): string {
    const start = this.starts[line - 1]
    if (start === undefined) return ''
    const next = this.starts[line]
    return this.text.slice(start, next ?? this.text.length).replace(/\r?\n$|\r$/, '')
  }

  offset(point: Point): number {
    const start = this.starts[point.line - 1] ?? this.text.length
    return Math.min(start + point.column - 1, this.text.length)
  }

  /** The same point's column counted in UTF-8 bytes, as reviewdog counts. */
  utf8Column(point: Point): number {
    const prefix = this.line(point.line).slice(0, point.column - 1)
    return Buffer.byteLength(prefix, 'utf8') + 1 + Math.max(0, point.column - 1 - prefix.length)
  }
}
