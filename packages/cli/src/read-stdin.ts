import {Readable} from 'node:stream'
import {
  type Decoded,
  decodeBytes,
  type Problem,
  reportProblem,
  tooLarge
} from '@whatfor/input-guard'
import type {Root} from 'mdast'
import type {Processor} from 'unified'
import type {VFile} from 'vfile'
import {ENGINE_ONLY} from './worker-plugins.js'

/**
 * Text piped to whatfor, read and decoded as a plan file is (read-plan.ts):
 * at most one byte more than the size limit is read, a UTF-8 byte order mark
 * is dropped and UTF-16 with a mark is decoded. unified-engine would read
 * stdin whole and as UTF-8, so UTF-16 was called binary and a stream with no
 * end grew without bound.
 */
export async function readStdin(stream: NodeJS.ReadableStream, maxBytes: number): Promise<Decoded> {
  const chunks: Uint8Array[] = []
  let length = 0
  for await (const chunk of stream) {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Uint8Array)
    chunks.push(bytes)
    length += bytes.byteLength
    // Leaving the loop stops reading (the stream is destroyed).
    if (length > maxBytes) return {problem: tooLarge(undefined, maxBytes)}
  }
  return decodeBytes(Buffer.concat(chunks, length))
}

/** What unified-engine reads as stdin: the decoded text, or nothing when it cannot be linted. */
export function stdinStream(decoded: Decoded): Readable {
  return Readable.from('text' in decoded && decoded.text !== '' ? [decoded.text] : [])
}

export interface StdinProblemOptions {
  problem: Problem
}

/**
 * Why the text on stdin cannot be linted, as one message on the file read
 * from stdin, the way the input guard reports a file: the file is not parsed
 * and no rule runs on it.
 */
export function whatforStdinProblem(this: Processor, options: StdinProblemOptions): undefined {
  const parse = this.parser!
  this.parser = (document: string, file: VFile) => {
    if (!file.data.unifiedEngineStreamIn) return parse(document, file)
    reportProblem(file, options.problem)
    return {type: 'root', children: []} satisfies Root
  }
  return undefined
}
;(whatforStdinProblem as unknown as Record<symbol, unknown>)[ENGINE_ONLY] = true
