import type {Root, RootContent} from 'mdast'
import type {Processor} from 'unified'
import type {Point, Position} from 'unist'
import type {VFile} from 'vfile'

/**
 * Incremental Markdown parsing for the language server. An edit changes one
 * part of a plan; parsing the whole 50 KB again with micromark is most of a
 * re-lint. This plugin wraps `this.parser`: the document is cut into chunks
 * at ATX heading lines (`#` at column 0, outside fenced code and front
 * matter), each chunk is parsed on its own by the wrapped parser and its tree
 * kept in a small LRU keyed by the chunk's text, and the root handed on is
 * the chunks' children, cloned with their positions shifted to where each
 * chunk starts. Only the chunks an edit touched are parsed again.
 *
 * A heading line at column 0 closes every block before it (paragraphs, lists,
 * quotes, tables, indented code), except fenced code, HTML blocks and
 * constructs an extension adds, so a chunk parses as it does in place. When
 * that cannot be shown the whole document is parsed as before:
 *
 * - link reference or footnote definitions (`]:` anywhere): they act across
 *   the whole document;
 * - a chunk that ends inside fenced code or an HTML block, or ends in a node
 *   this plugin does not know (math, directives…), which could run on over
 *   the next heading; or ends in a list or quote whose last block is code,
 *   HTML or unknown (closed by the chunk's end, it would end a line later);
 * - front matter opened on the first line and never closed;
 * - a chunk after a boundary that does not start with a heading (an extension
 *   turned ATX headings off) or whose heading is followed by a setext
 *   underline.
 *
 * Pure (no Node built-ins): it runs in the browser too. Plugin order: after
 * the parser plugin (whatfor's parser or remark-parse), before `@whatfor/input-guard`, so the guard's wrapper is the
 * outer one and refuses a binary or huge file before any chunking.
 */

export interface IncrementalParseOptions {
  /** Where chunk trees are kept; by default one cache shared by every processor. */
  cache?: ChunkCache
}

interface Entry {
  readonly tree: Root
  /** Whether the chunk's end provably closes everything before a following heading line. */
  readonly closed: boolean
  /** Whether the tree starts with a heading on its first line. */
  readonly startsWithHeading: boolean
  /** Whether the heading line is followed by a setext-underline-like line. */
  readonly underlined: boolean
  readonly size: number
}

/**
 * A bounded LRU of parsed chunks (by count and by total characters). A tree
 * takes about 18 bytes of heap per character of Markdown, so the defaults
 * hold at most about 40 MB: some forty 50 KB plans.
 */
export class ChunkCache {
  readonly #entries = new Map<string, Entry>()
  #chars = 0
  readonly stats = {hits: 0, misses: 0, fallbacks: 0}

  constructor(
    readonly maxChunks = 512,
    readonly maxChars = 2 * 1024 * 1024
  ) {}

  get size(): number {
    return this.#entries.size
  }

  get(key: string): Entry | undefined {
    const entry = this.#entries.get(key)
    if (entry) {
      // Most recently used last.
      this.#entries.delete(key)
      this.#entries.set(key, entry)
    }
    return entry
  }

  set(key: string, entry: Entry): void {
    if (entry.size > this.maxChars) return
    const previous = this.#entries.get(key)
    if (previous) {
      this.#entries.delete(key)
      this.#chars -= previous.size
    }
    this.#entries.set(key, entry)
    this.#chars += entry.size
    for (const [oldest, old] of this.#entries) {
      if (this.#entries.size <= this.maxChunks && this.#chars <= this.maxChars) break
      this.#entries.delete(oldest)
      this.#chars -= old.size
    }
  }

  clear(): void {
    this.#entries.clear()
    this.#chars = 0
    this.stats.hits = this.stats.misses = this.stats.fallbacks = 0
  }
}

const sharedCache = new ChunkCache()

export default function incrementalParse(this: Processor, options: IncrementalParseOptions = {}) {
  const parse = this.parser
  if (!parse) return
  const cache = options.cache ?? sharedCache
  this.parser = (document: string, file: VFile) => {
    const whole = () => parse(document, file) as Root
    // Parser extensions (front matter, GFM…) are added by later plugins: they
    // are part of the key, so differently configured processors never share trees.
    const signature = signatureOf(this)
    if (signature === undefined) return whole()
    const chunked = parseInChunks(
      String(document),
      (chunk) => parse(chunk, file) as Root,
      cache,
      signature
    )
    if (chunked) return chunked
    cache.stats.fallbacks++
    return whole()
  }
}

/**
 * The stitched tree of `document`, or undefined when chunking is not safe
 * (the caller then parses the whole document). Exported for tests.
 */
export function parseInChunks(
  document: string,
  parse: (chunk: string) => Root,
  cache: ChunkCache,
  signature = ''
): Root | undefined {
  // Definitions resolve references anywhere in the document: `[label]:` (and
  // `[^label]:`) always has `]:` in it, whatever the container or line breaks.
  if (document.includes(']:')) return undefined
  const starts = chunkStarts(document)
  if (starts.length === 1) return undefined

  const entries: Entry[] = []
  for (let index = 0; index < starts.length; index++) {
    const text = document.slice(starts[index], starts[index + 1] ?? document.length)
    const key = `${signature}\u0000${index === 0 ? 1 : 0}\u0000${text}`
    let entry = cache.get(key)
    if (entry) {
      cache.stats.hits++
    } else {
      cache.stats.misses++
      entry = describe(text, parse(text))
      cache.set(key, entry)
    }
    if (index > 0 && (!entry.startsWithHeading || entry.underlined)) return undefined
    if (index < starts.length - 1 && !entry.closed) return undefined
    entries.push(entry)
  }

  const children: RootContent[] = []
  let line = 0
  let offset = 0
  let end: Point | undefined
  for (let index = 0; index < entries.length; index++) {
    const tree = entries[index]!.tree
    for (const child of tree.children)
      children.push(cloneShifted(child, line, offset) as RootContent)
    end = tree.position ? shiftPoint(tree.position.end, line, offset) : undefined
    const next = starts[index + 1]
    if (next !== undefined) {
      line += countLines(document, starts[index]!, next)
      offset = next
    }
  }
  const first = entries[0]!.tree.position
  const root: Root = {type: 'root', children}
  if (first && end) root.position = {start: {...first.start}, end}
  return root
}

/**
 * Offsets where chunks start: 0, then every line that is an ATX heading at
 * column 0 outside front matter and fenced code. A fence this scan gets wrong
 * only costs boundaries, or leaves a chunk ending inside code, which
 * `describe` catches.
 */
export function chunkStarts(document: string): number[] {
  const starts = [0]
  let position = 0
  const length = document.length
  let fence: Fence | undefined
  // Front matter (`---` or `+++` on the first line, up to the same line again) may hold `# ` comments.
  const opening = /^(---|\+\+\+)[ \t]*(?:\r\n|\r|\n)/.exec(document)
  if (opening) {
    const marker = opening[1] === '---' ? '-' : '\\+'
    const closing = new RegExp(`(?:\\r\\n|\\r|\\n)${marker}{3}[ \\t]*(?:\\r\\n|\\r|\\n|$)`, 'g')
    closing.lastIndex = opening[0].length - 1
    const found = closing.exec(document)
    // Unclosed, the opening line is no front matter, but the parser has been
    // seen to read the lines after it differently from a chunk: no chunks.
    if (!found) return starts
    position = found.index + found[0].length
  }
  while (position < length) {
    const lineEnd = endOfLine(document, position)
    const line = document.slice(position, lineEnd)
    if (fence) {
      if (closesFence(fenceOf(line), fence)) fence = undefined
    } else {
      const open = fenceOf(line)
      if (open && !(open.char === '`' && open.info.includes('`'))) {
        fence = open
      } else if (position > 0 && /^#{1,6}(?:[ \t]|$)/.test(line)) {
        starts.push(position)
      }
    }
    position = nextLine(document, lineEnd)
  }
  return starts
}

/** A code fence line: its character, its length and what follows it (the info string). */
interface Fence {
  readonly char: string
  readonly size: number
  readonly info: string
}

/**
 * The fence a line opens or closes, if it is one: up to three spaces, then
 * three or more backticks or tildes. Counted by hand: the obvious regular
 * expression, ``/^ {0,3}(`{3,}|~{3,})(.*)$/``, backtracks through the whole
 * run for every character of it when the rest of the line holds a character
 * `.` does not match (U+2028): 160,000 tildes took the server 44 seconds.
 */
function fenceOf(line: string): Fence | undefined {
  let index = 0
  while (index < 3 && line.charCodeAt(index) === 32) index++
  const char = line.charAt(index)
  if (char !== '`' && char !== '~') return undefined
  const start = index
  while (line.charAt(index) === char) index++
  if (index - start < 3) return undefined
  return {char, size: index - start, info: line.slice(index)}
}

/** Whether a line's fence closes `open`: the same character, at least as long, nothing after it but spaces and tabs. */
function closesFence(line: Fence | undefined, open: Fence): boolean {
  return (
    line !== undefined &&
    line.char === open.char &&
    line.size >= open.size &&
    !/[^ \t]/.test(line.info)
  )
}

const CLOSED_BY_HEADING = new Set([
  'heading',
  'paragraph',
  'list',
  'blockquote',
  'thematicBreak',
  'table',
  'yaml',
  'toml'
])

/** What the stitching needs to know about a parsed chunk. */
function describe(text: string, tree: Root): Entry {
  const firstChild = tree.children[0]
  const startsWithHeading =
    firstChild?.type === 'heading' && firstChild.position?.start.offset === 0
  const secondLine = nextLine(text, endOfLine(text, 0))
  const underlined = /^ {0,3}(?:=+|-+)[ \t]*(?:\r\n|\r|\n|$)/.test(
    text.slice(secondLine, endOfLine(text, secondLine) + 1)
  )
  return {tree, closed: isClosed(text, tree), startsWithHeading, underlined, size: text.length}
}

/** Whether a heading line right after `text` would start a new block in the whole document. */
function isClosed(text: string, tree: Root): boolean {
  const last = tree.children.at(-1)
  if (!last) return true
  if (
    !last.position ||
    last.position.end.offset === undefined ||
    last.position.start.offset === undefined
  )
    return false
  if (CLOSED_BY_HEADING.has(last.type)) return !openInside(last)
  const source = text.slice(last.position.start.offset, last.position.end.offset)
  const lines = source.split(/\r\n|\r|\n/)
  const firstLine = lines[0]!
  const lastLine = lines.at(-1)!
  if (last.type === 'code') {
    const open = fenceOf(firstLine)
    // Indented code ends at any line that is not indented.
    if (!open) return /^(?: {4}|\t)/.test(firstLine)
    return lines.length > 1 && closesFence(fenceOf(lastLine), open)
  }
  if (last.type === 'html') {
    const start = firstLine.trimStart()
    if (/^<(?:script|pre|style|textarea)(?:[ \t>]|$)/i.test(start))
      return /<\/(?:script|pre|style|textarea)>/i.test(lastLine)
    if (start.startsWith('<!--'))
      return (
        lastLine.includes('-->') &&
        (lines.length > 1 ||
          start.indexOf('-->', 4) !== -1 ||
          start === '<!-->' ||
          start === '<!--->')
      )
    if (start.startsWith('<?'))
      return lastLine.includes('?>') && (lines.length > 1 || start.indexOf('?>', 2) !== -1)
    if (start.startsWith('<![CDATA['))
      return lastLine.includes(']]>') && (lines.length > 1 || start.indexOf(']]>', 9) !== -1)
    if (/^<![A-Za-z]/.test(start)) return lastLine.includes('>')
    // Kinds 6 and 7 end at a blank line: there must be one before the heading.
    return /(?:\r\n|\r(?!\n)|\n)[ \t]*(?:\r\n|\r|\n)/.test(text.slice(last.position.end.offset))
  }
  return false
}

const CONTAINERS = new Set(['list', 'listItem', 'blockquote'])
const LEAVES = new Set(['heading', 'paragraph', 'thematicBreak', 'table'])

/**
 * Whether a container ends in fenced code, HTML or an unknown block. A heading
 * line closes them, but one the chunk's end closed ends one line later (the
 * final line ending is theirs), so their positions would differ: not chunked.
 */
function openInside(node: RootContent): boolean {
  let current: RootContent | undefined = node
  while (current && CONTAINERS.has(current.type))
    current = (current as {children: RootContent[]}).children.at(-1)
  return current !== undefined && current !== node && !LEAVES.has(current.type)
}

function endOfLine(text: string, from: number): number {
  for (let index = from; index < text.length; index++) {
    const code = text.charCodeAt(index)
    if (code === 10 || code === 13) return index
  }
  return text.length
}

function nextLine(text: string, lineEnd: number): number {
  if (text.charCodeAt(lineEnd) === 13 && text.charCodeAt(lineEnd + 1) === 10) return lineEnd + 2
  return lineEnd + 1
}

/** Line endings in text[from, to) (`\r\n` counts once). */
function countLines(text: string, from: number, to: number): number {
  let count = 0
  for (let index = from; index < to; index++) {
    const code = text.charCodeAt(index)
    if (code === 10) count++
    else if (code === 13 && text.charCodeAt(index + 1) !== 10) count++
  }
  return count
}

function shiftPoint(point: Point, line: number, offset: number): Point {
  const shifted: Point = {line: point.line + line, column: point.column}
  if (point.offset !== undefined) shifted.offset = point.offset + offset
  return shifted
}

/** A deep copy of a node with every `position` moved down by `line` lines and `offset` characters. */
function cloneShifted(value: unknown, line: number, offset: number): unknown {
  if (Array.isArray(value)) return value.map((item) => cloneShifted(item, line, offset))
  if (value === null || typeof value !== 'object') return value
  const copy: Record<string, unknown> = {}
  for (const key in value) {
    const field = (value as Record<string, unknown>)[key]
    if (key === 'position' && field && typeof field === 'object' && 'start' in field) {
      const position = field as Position
      copy[key] = {
        start: shiftPoint(position.start, line, offset),
        end: shiftPoint(position.end, line, offset)
      }
    } else {
      copy[key] = cloneShifted(field, line, offset)
    }
  }
  return copy
}

/** Parser configurations seen, each to a short key (a 9 KB key per chunk would cost more to hash than a chunk to parse). */
const signatures = new Map<string, string>()
let nextSignature = 0

/** A key for the parser's configuration: settings and the shape of its extensions. */
function signatureOf(processor: Processor): string | undefined {
  let signature: string
  try {
    signature = JSON.stringify(
      [
        processor.data('settings'),
        processor.data('micromarkExtensions'),
        processor.data('fromMarkdownExtensions')
      ],
      (_key, value: unknown) =>
        typeof value === 'function' ? `ƒ${(value as {name: string}).name}` : value
    )
  } catch {
    // A cycle in an extension: no key to trust, so no cache.
    return undefined
  }
  let key = signatures.get(signature)
  if (key === undefined) {
    // Bounded like the cache: a server sees a handful of configurations.
    if (signatures.size >= 64) signatures.clear()
    // Never reused, so an entry cached under a forgotten configuration is never hit again.
    key = String(nextSignature++)
    signatures.set(signature, key)
  }
  return key
}
