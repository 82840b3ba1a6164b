import type {Root} from 'mdast'
import type {Processor} from 'unified'
import type {VFile} from 'vfile'
import {parseDocument} from 'yaml'

/**
 * Checks what a plan file is before any rule reads it: a binary file, text
 * that is not UTF-8, a file too large to be a plan, an empty file, or broken
 * front matter each get one clear message naming the problem. Runs first in
 * the CLI and language-server processors; the rules then see only text.
 */

export interface InputGuardOptions {
  /** Largest file linted, in bytes. */
  maxBytes?: number
}

export const DEFAULT_MAX_BYTES = 8 * 1024 * 1024

/** `file.data` key set when the rules should not run on a file (an empty one). */
export {SKIP_KEY} from '@whatfor/lint-rule'

import {SKIP_KEY} from '@whatfor/lint-rule'

export default function inputGuard(this: Processor, options: InputGuardOptions = {}) {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES
  // Checked before parsing, so a huge or binary file costs nothing to refuse.
  const parse = this.parser
  if (parse) {
    this.parser = (document: string, file: VFile) => {
      const problem = problemWith(file.value ?? document, maxBytes)
      if (problem) {
        const message = file.message(problem.reason, {ruleId: problem.ruleId, source: 'whatfor'})
        message.fatal = problem.ruleId !== 'empty-file'
        file.data[SKIP_KEY] = true
        return {type: 'root', children: []} satisfies Root
      }
      return parse(document, file)
    }
  }
  return (tree: Root, file: VFile): undefined => {
    if (!file.data[SKIP_KEY]) checkFrontmatter(tree, file)
  }
}

interface Problem {
  readonly ruleId: 'file-too-large' | 'binary-file' | 'invalid-utf8' | 'empty-file'
  readonly reason: string
}

/**
 * What makes a file unlintable. The engine hands files over as strings (read
 * as UTF-8, bad bytes replaced by U+FFFD); editors and APIs may pass bytes.
 */
export function problemWith(value: unknown, maxBytes: number): Problem | undefined {
  const bytes = value instanceof Uint8Array ? value : undefined
  const text = bytes ? undefined : String(value ?? '')
  const size = bytes ? bytes.byteLength : byteLength(text!, maxBytes)
  if (size > maxBytes) {
    return {
      ruleId: 'file-too-large',
      reason: `Cannot lint a file of ${megabytes(size)}, expected a plan of at most ${megabytes(maxBytes)} (set --max-size to raise the limit)`
    }
  }
  const head = bytes ? bytes.subarray(0, 8000) : text!.slice(0, 8000)
  if (bytes ? (head as Uint8Array).includes(0) : (head as string).includes('\0')) {
    return {
      ruleId: 'binary-file',
      reason: 'Cannot lint a binary file, expected Markdown or plain text'
    }
  }
  const invalidAt = bytes ? firstInvalidUtf8(bytes) : text!.indexOf('\uFFFD')
  if (invalidAt !== undefined && invalidAt !== -1) {
    return {
      ruleId: 'invalid-utf8',
      reason: `Cannot read the file as UTF-8 (invalid bytes near character ${invalidAt + 1}), expected UTF-8 text`
    }
  }
  if ((bytes ? new TextDecoder().decode(bytes) : text!).trim() === '') {
    return {ruleId: 'empty-file', reason: 'Unexpected empty file, expected a plan to lint'}
  }
  return undefined
}

function checkFrontmatter(tree: Root, file: VFile): void {
  const first = tree.children[0]
  if (first?.type !== 'yaml') return
  const document = parseDocument(first.value, {prettyErrors: false})
  const error = document.errors[0]
  if (!error) return
  const [line, column] = error.linePos?.[0] ? [error.linePos[0].line, error.linePos[0].col] : [1, 1]
  const start = first.position?.start
  // The front matter's content starts on the line after the opening `---`.
  const place = start ? {line: start.line + line, column} : undefined
  const message = file.message(
    `Cannot parse front matter: ${firstLine(error.message)}, expected valid YAML between the \`---\` lines`,
    {place, ruleId: 'front-matter', source: 'whatfor'}
  )
  message.fatal = true
}

/** Offset of the first byte that breaks UTF-8, if any (one linear pass). */
function firstInvalidUtf8(bytes: Uint8Array): number | undefined {
  let index = 0
  while (index < bytes.length) {
    const lead = bytes[index]!
    const length =
      lead < 0x80
        ? 1
        : lead >= 0xc2 && lead <= 0xdf
          ? 2
          : lead >= 0xe0 && lead <= 0xef
            ? 3
            : lead >= 0xf0 && lead <= 0xf4
              ? 4
              : 0
    if (length === 0 || index + length > bytes.length) return index
    for (let next = 1; next < length; next++) {
      if ((bytes[index + next]! & 0xc0) !== 0x80) return index
    }
    index += length
  }
  return undefined
}

function byteLength(value: string, limit: number): number {
  // A UTF-16 code unit is at most 3 UTF-8 bytes: when even that bound is
  // within the limit, the exact size does not matter and encoding is skipped.
  if (value.length * 3 <= limit) return value.length
  return new TextEncoder().encode(value).byteLength
}

function megabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`
}

function firstLine(value: string): string {
  return value.split('\n')[0]!.trim().replace(/[.:]$/, '')
}
