import type {VFile} from 'vfile'

/** The rule ids of the guard's messages: a file with one of them was not parsed. */
export const PROBLEM_IDS = [
  'file-too-large',
  'not-a-file',
  'unreadable-file',
  'binary-file',
  'invalid-utf8',
  'empty-file',
  'nesting-too-deep',
  'tables-too-large'
] as const

export type ProblemId = (typeof PROBLEM_IDS)[number]

/**
 * Why a file is not linted. Each is one message in plain words on the file,
 * with an id in `ruleId` so tools can tell them apart; all but the empty
 * file are errors.
 */
export interface Problem {
  readonly ruleId: ProblemId
  readonly reason: string
  /** Where in the file, when the problem has a place (a line). */
  readonly line?: number
}

/** Put `problem` on `file` as whatfor's message. */
export function reportProblem(file: VFile, problem: Problem): void {
  const place = problem.line === undefined ? undefined : {line: problem.line, column: 1}
  const message = file.message(problem.reason, {place, ruleId: problem.ruleId, source: 'whatfor'})
  message.fatal = problem.ruleId !== 'empty-file'
}

/**
 * A file over the size limit. `size` is what the file system said, or
 * `undefined` when the file outgrew the limit while it was read.
 */
export function tooLarge(size: number | undefined, maxBytes: number): Problem {
  const what = size === undefined ? `more than ${readableSize(maxBytes)}` : readableSize(size)
  return {
    ruleId: 'file-too-large',
    reason: `Cannot lint a file of ${what}, expected a plan of at most ${readableSize(maxBytes)} (set --max-size to raise the limit)`
  }
}

/** A path that is not a regular file (`kind` says what it is, as in "a named pipe"). */
export function notAFile(kind: string): Problem {
  return {
    ruleId: 'not-a-file',
    reason: `Cannot lint ${kind}, expected a regular file with a plan in it`
  }
}

export const BINARY: Problem = {
  ruleId: 'binary-file',
  reason: 'Cannot lint a binary file (it has a NUL byte), expected Markdown or plain text'
}

export function invalidUtf8(byteOffset: number): Problem {
  return {
    ruleId: 'invalid-utf8',
    reason: `Cannot read the file as UTF-8 (invalid bytes at byte ${byteOffset + 1}), expected UTF-8 text (or UTF-16 with a byte order mark)`
  }
}

export const EMPTY: Problem = {
  ruleId: 'empty-file',
  reason: 'Unexpected empty file, expected a plan to lint'
}

/** A size as people read it: MB from one megabyte up, then KB, then bytes. */
export function readableSize(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / (1024 * 1024)).toFixed(1)} MB`
  if (bytes >= 1024) return `${(bytes / 1024).toFixed(1)} KB`
  return `${bytes} bytes`
}
