import type {Root} from 'mdast'
import type {Processor} from 'unified'
import type {VFile} from 'vfile'
import {parseDocument} from 'yaml'
import {type Decoded, decodeBytes, decodeString} from './decode.js'
import {findDeepNesting, type NestingKind} from './nesting.js'
import {EMPTY, type Problem, reportProblem, tooLarge} from './problems.js'
import {findLargeTables} from './tables.js'

/**
 * Checks what a plan file is before any rule reads it: a file too large to be
 * a plan, a binary file, bytes that are not text, an empty file, nesting too
 * deep to parse in reasonable time, tables too large to parse in bounded
 * memory, or broken front matter each get one clear
 * message naming the problem. Runs first in the CLI and language-server
 * processors; the rules then see only text they can read.
 */

export interface InputGuardOptions {
  /** Largest file linted, in bytes. */
  maxBytes?: number
  /** Deepest nesting of lists and block quotes, or of emphasis or brackets, linted. */
  maxNesting?: number
  /** Most table cells, all tables of a document together, linted. */
  maxTableCells?: number
}

export const DEFAULT_MAX_BYTES = 8 * 1024 * 1024
/**
 * Plans nest lists a few levels deep; 32 leaves room for outlines and code
 * while the parser stays fast (a depth-32 structure parses in milliseconds,
 * a depth-1,000 one took a minute).
 */
export const DEFAULT_MAX_NESTING = 32
/**
 * The largest table among 880 real and written plans has under 700 cells; 50,000
 * (5,000 rows of 10 columns) keeps a parse under about a gigabyte.
 */
export const DEFAULT_MAX_TABLE_CELLS = 50_000

interface Limits {
  readonly maxBytes: number
  readonly maxNesting: number
  readonly maxTableCells: number
}

export {type Decoded, decodeBytes} from './decode.js'
export {type DeepNesting, findDeepNesting, type NestingKind} from './nesting.js'
export {
  notAFile,
  PROBLEM_IDS,
  type Problem,
  type ProblemId,
  reportProblem,
  tooLarge
} from './problems.js'
export {findLargeTables, type LargeTables} from './tables.js'

export default function inputGuard(this: Processor, options: InputGuardOptions = {}) {
  const limits: Limits = {
    maxBytes: options.maxBytes ?? DEFAULT_MAX_BYTES,
    maxNesting: options.maxNesting ?? DEFAULT_MAX_NESTING,
    maxTableCells: options.maxTableCells ?? DEFAULT_MAX_TABLE_CELLS
  }
  // Checked before parsing, so a huge, binary or deeply nested file costs
  // nothing to refuse. The file's value becomes the text that is parsed (a
  // byte order mark dropped, bytes decoded), so reporters quote what the
  // positions point at.
  const parse = this.parser
  if (parse) {
    this.parser = (document: string, file: VFile) => {
      const checked = checkedText(file.value ?? document, limits)
      if ('problem' in checked) {
        reportProblem(file, checked.problem)
        // An empty tree: whatfor's rules find nothing in it.
        return {type: 'root', children: []} satisfies Root
      }
      if (file.value !== checked.text) file.value = checked.text
      return parse(checked.text, file)
    }
  }

  return (tree: Root, file: VFile): undefined => {
    checkFrontmatter(tree, file)
  }
}

/**
 * The text of `value` (a string, or the bytes of a file) if it can be
 * linted, or the problem that stops it.
 */
function checkedText(value: unknown, {maxBytes, maxNesting, maxTableCells}: Limits): Decoded {
  const bytes = value instanceof Uint8Array ? value : undefined
  const size = bytes ? bytes.byteLength : byteLength(String(value ?? ''), maxBytes)
  if (size > maxBytes) return {problem: tooLarge(size, maxBytes)}
  const decoded = bytes ? decodeBytes(bytes) : decodeString(String(value ?? ''))
  if ('problem' in decoded) return decoded
  if (!/\S/.test(decoded.text)) return {problem: EMPTY}
  const deep = findDeepNesting(decoded.text, maxNesting)
  if (deep) return {problem: tooDeep(deep.line, deep.kind, maxNesting)}
  const tables = findLargeTables(decoded.text, maxTableCells)
  if (tables) return {problem: tablesTooLarge(tables.line, maxTableCells)}
  return decoded
}

function tablesTooLarge(line: number, maxTableCells: number): Problem {
  return {
    ruleId: 'tables-too-large',
    line,
    reason: `Cannot lint tables of more than ${maxTableCells} cells in all (line ${line}), expected at most ${maxTableCells} (set --max-table-cells to raise the limit)`
  }
}

function tooDeep(line: number, kind: NestingKind, maxNesting: number): Problem {
  return {
    ruleId: 'nesting-too-deep',
    line,
    reason: `Cannot lint ${kind} nested more than ${maxNesting} levels deep (line ${line}), expected at most ${maxNesting} (set --max-nesting to raise the limit)`
  }
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

function byteLength(value: string, limit: number): number {
  // A UTF-16 code unit is at most 3 UTF-8 bytes: when even that bound is
  // within the limit, the exact size does not matter and encoding is skipped.
  if (value.length * 3 <= limit) return value.length
  return new TextEncoder().encode(value).byteLength
}

function firstLine(value: string): string {
  return value.split('\n')[0]!.trim().replace(/[.:]$/, '')
}
