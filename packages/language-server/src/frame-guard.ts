import {Transform, type TransformCallback} from 'node:stream'

/**
 * Keeps the stdio message stream in step when a client sends something that
 * is not a message.
 *
 * Over stdio, each message is a header block (`Content-Length: N`, a blank
 * line) and N bytes of JSON. vscode-jsonrpc trusts the framing: after a
 * header without `Content-Length`, a length that is not a number or one that
 * is too short, it reads the rest of that message as the next header, and
 * every message after it is misread in turn. The server never answers again,
 * not even `exit`.
 *
 * This stream sits between standard input and vscode-jsonrpc and passes on
 * only well-framed messages. Anything else is skipped up to the next
 * `Content-Length:` header, and the skip is reported in one line. A
 * declared length that runs past the start of a following header (a raw
 * `Content-Length: N` line ending cannot occur inside JSON: a JSON string
 * holds no raw line break, and outside strings the words are not JSON) is
 * skipped the same way, so a too-long length does not swallow the messages
 * after it.
 */
export interface FrameGuardOptions {
  /** Told of each skipped stretch of input, in plain words. */
  onSkip?: (problem: string) => void
  /** Largest body accepted, in bytes; a larger one is skipped. */
  maxBodyBytes?: number
}

/** Real header blocks are under a hundred bytes; this bounds the work per resynchronisation. */
const MAX_HEADER_BYTES = 1024
const DEFAULT_MAX_BODY_BYTES = 64 * 1024 * 1024
const BLANK_LINE = Buffer.from('\r\n\r\n')
const CRLF = Buffer.from('\r\n')
const HEADER_NAME = 'content-length:'
/** What every spelling of the header name has in common, to search for in one pass. */
const HEADER_MIDDLE = Buffer.from('ontent-')
/** The longest line a Content-Length header can take, to look back for one. */
const LOOK_BACK = 64

export class FrameGuard extends Transform {
  readonly #onSkip: (problem: string) => void
  readonly #maxBody: number
  /** Header mode: bytes not yet part of a complete header block. */
  #pending: Buffer = Buffer.alloc(0)
  /** Body mode: the declared length and the chunks received so far. */
  #length = -1
  #body: Buffer[] = []
  #received = 0
  /** The last bytes of the body so far (see `#readBody`). */
  #carry: Buffer = Buffer.alloc(0)
  #skipped = 0
  #skipProblem: string | undefined

  constructor(options: FrameGuardOptions = {}) {
    super()
    this.#onSkip = options.onSkip ?? (() => {})
    this.#maxBody = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, done: TransformCallback): void {
    let input: Buffer | undefined = chunk
    while (input && input.length > 0) {
      input = this.#length === -1 ? this.#readHeader(input) : this.#readBody(input)
    }
    done()
  }

  /** Consumes header bytes; returns what follows a complete header block, if anything. */
  #readHeader(input: Buffer): Buffer | undefined {
    let pending = this.#pending.length === 0 ? input : Buffer.concat([this.#pending, input])
    for (;;) {
      // Only the first kilobyte is searched: skipping through garbage stays linear.
      const end = pending.subarray(0, MAX_HEADER_BYTES + BLANK_LINE.length).indexOf(BLANK_LINE)
      if (end === -1 || end > MAX_HEADER_BYTES) {
        if (end === -1 && pending.length <= MAX_HEADER_BYTES) {
          this.#pending = pending
          return undefined
        }
        pending = this.#skipToHeader(pending, 'a header block that never ends')
        if (pending.length === 0) return undefined
        continue
      }
      const length = contentLength(pending.subarray(0, end).toString('latin1'))
      if (typeof length === 'string') {
        pending = this.#skipToHeader(pending, length)
        continue
      }
      if (length > this.#maxBody) {
        pending = this.#skipToHeader(
          pending,
          `a message of ${length} bytes, more than the ${this.#maxBody} accepted`
        )
        continue
      }
      this.#pending = Buffer.alloc(0)
      this.#length = length
      return pending.subarray(end + BLANK_LINE.length)
    }
  }

  /** Consumes body bytes; returns what follows the body, if anything. */
  #readBody(input: Buffer): Buffer | undefined {
    const wanted = this.#length - this.#received
    const part = input.length > wanted ? input.subarray(0, wanted) : input
    // The end of the body so far, so a header line split between chunks is seen whole.
    const window = Buffer.concat([this.#carry, part])
    const header = headerLineIn(window, Math.max(0, this.#carry.length - 1))
    if (header !== -1) {
      const skipped = this.#received - this.#carry.length + header
      this.#skip(
        skipped,
        `a message declared ${this.#length} bytes, but the next message began after ${skipped}`
      )
      this.#endBody()
      return Buffer.concat([window.subarray(header), input.subarray(part.length)])
    }
    this.#body.push(part)
    this.#received += part.length
    this.#carry = window.subarray(Math.max(0, window.length - LOOK_BACK))
    if (this.#received < this.#length) return undefined
    this.#tellSkipped()
    this.push(`Content-Length: ${this.#length}\r\n\r\n`)
    for (const piece of this.#body) this.push(piece)
    this.#endBody()
    return input.subarray(part.length)
  }

  #endBody(): void {
    this.#length = -1
    this.#body = []
    this.#received = 0
    this.#carry = Buffer.alloc(0)
  }

  /** Drops bytes up to the next header start after the first byte, and says so. */
  #skipToHeader(pending: Buffer, problem: string): Buffer {
    const next = nextHeaderStart(pending, 1)
    // None yet: keep a tail that may be the beginning of one.
    const keep = next === -1 ? Math.max(1, pending.length - HEADER_NAME.length + 1) : next
    this.#skip(keep, problem)
    return pending.subarray(keep)
  }

  /**
   * Skips of one stretch of garbage are told as one, when the next message
   * comes through or the input ends: a flood of bytes is one line, not one
   * per kilobyte.
   */
  #skip(bytes: number, problem: string): void {
    this.#skipped += bytes
    this.#skipProblem ??= problem
  }

  #tellSkipped(): void {
    if (this.#skipped === 0) return
    this.#onSkip(`skipped ${this.#skipped} bytes that were not a message (${this.#skipProblem})`)
    this.#skipped = 0
    this.#skipProblem = undefined
  }

  override _flush(done: TransformCallback): void {
    this.#skip(this.#pending.length + this.#received, 'the input ended inside a message')
    this.#tellSkipped()
    done()
  }
}

/** Where the next `Content-Length:` (in any case) starts at or after `from`; -1 if none. */
function nextHeaderStart(bytes: Buffer, from: number): number {
  for (
    let at = bytes.indexOf(HEADER_MIDDLE, from + 1);
    at !== -1;
    at = bytes.indexOf(HEADER_MIDDLE, at + 1)
  ) {
    const name = bytes.subarray(at - 1, at - 1 + HEADER_NAME.length)
    if (name.toString('latin1').toLowerCase() === HEADER_NAME) return at - 1
  }
  return -1
}

/**
 * Where a complete `Content-Length: N` line (up to its line ending) starts in
 * `bytes`, looking at line endings from `from` on; -1 if there is none.
 */
function headerLineIn(bytes: Buffer, from: number): number {
  for (let at = bytes.indexOf(CRLF, from); at !== -1; at = bytes.indexOf(CRLF, at + 1)) {
    const lineStart = Math.max(0, at - LOOK_BACK)
    const line = bytes.subarray(lineStart, at).toString('latin1')
    const name = line.toLowerCase().lastIndexOf('content-length:')
    if (name !== -1 && typeof contentLength(line.slice(name)) === 'number') return lineStart + name
  }
  return -1
}

/** The declared body length of a header block, or why the block is unusable. */
function contentLength(block: string): number | string {
  let length: number | undefined
  for (const line of block.split('\r\n')) {
    const colon = line.indexOf(':')
    const name = line.slice(0, colon).trim().toLowerCase()
    if (colon <= 0 || !/^[-!#$%&'*+.^_`|~0-9a-z]+$/.test(name))
      return `a header line that is not \`Name: value\``
    if (name !== 'content-length') continue
    const value = line.slice(colon + 1).trim()
    if (!/^\d+$/.test(value)) return `a Content-Length that is not a number`
    length = Number(value)
  }
  return length ?? 'a header without Content-Length'
}

/**
 * Puts a frame guard between standard input and whatever reads
 * `process.stdin` from now on: vscode-languageserver takes it when it creates
 * a `--stdio` connection, and unified-language-server gives it no other way
 * in. The end of input still reaches the reader, so the server still exits
 * when the editor goes away.
 */
export function guardStandardInput(onSkip: (problem: string) => void): void {
  const guarded = process.stdin.pipe(new FrameGuard({onSkip}))
  Object.defineProperty(process, 'stdin', {
    configurable: true,
    enumerable: true,
    get: () => guarded
  })
}
