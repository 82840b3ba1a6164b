import type {Root} from 'mdast'
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

export default function inputGuard(options: InputGuardOptions = {}) {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES
  return function (tree: Root, file: VFile): undefined {
    const value = file.value
    const bytes = typeof value === 'string' ? undefined : value
    const size = bytes ? bytes.byteLength : byteLength(String(value ?? ''))
    if (size > maxBytes) {
      file.fail(`Cannot lint a file of ${megabytes(size)}, expected a plan of at most ${megabytes(maxBytes)} (set --max-size to raise the limit)`, {ruleId: 'file-too-large', source: 'whatfor'})
    }
    if (bytes) {
      if (bytes.subarray(0, 8000).includes(0)) {
        file.fail('Cannot lint a binary file, expected Markdown or plain text', {ruleId: 'binary-file', source: 'whatfor'})
      }
      const invalidAt = firstInvalidUtf8(bytes)
      if (invalidAt !== undefined) {
        file.fail(`Cannot read the file as UTF-8 (invalid byte at offset ${invalidAt}), expected UTF-8 text`, {ruleId: 'invalid-utf8', source: 'whatfor'})
      }
    }
    if (String(value ?? '').trim() === '') {
      const message = file.message('Unexpected empty file, expected a plan to lint', {ruleId: 'empty-file', source: 'whatfor'})
      message.fatal = false
      file.data[SKIP_KEY] = true
      return
    }
    checkFrontmatter(tree, file)
  }
}

function checkFrontmatter(tree: Root, file: VFile): void {
  const first = tree.children[0]
  if (!first || first.type !== 'yaml') return
  const document = parseDocument(first.value, {prettyErrors: false})
  const error = document.errors[0]
  if (!error) return
  const [line, column] = error.linePos?.[0] ? [error.linePos[0].line, error.linePos[0].col] : [1, 1]
  const start = first.position?.start
  // The front matter's content starts on the line after the opening `---`.
  const place = start ? {line: start.line + line, column} : undefined
  const message = file.message(`Cannot parse front matter: ${firstLine(error.message)}, expected valid YAML between the \`---\` lines`, {place, ruleId: 'front-matter', source: 'whatfor'})
  message.fatal = true
}

/** Offset of the first byte that breaks UTF-8, if any (one linear pass). */
function firstInvalidUtf8(bytes: Uint8Array): number | undefined {
  let index = 0
  while (index < bytes.length) {
    const lead = bytes[index]!
    const length = lead < 0x80 ? 1 : lead >= 0xc2 && lead <= 0xdf ? 2 : lead >= 0xe0 && lead <= 0xef ? 3 : lead >= 0xf0 && lead <= 0xf4 ? 4 : 0
    if (length === 0 || index + length > bytes.length) return index
    for (let next = 1; next < length; next++) {
      if ((bytes[index + next]! & 0xc0) !== 0x80) return index
    }
    index += length
  }
  return undefined
}

function byteLength(value: string): number {
  return new TextEncoder().encode(value).byteLength
}

function megabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`
}

function firstLine(value: string): string {
  return value.split('\n')[0]!.trim().replace(/[.:]$/, '')
}
