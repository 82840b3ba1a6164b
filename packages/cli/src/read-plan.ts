import {constants, type Stats} from 'node:fs'
import {open, stat} from 'node:fs/promises'
import path from 'node:path'
import {decodeBytes, notAFile, reportProblem, tooLarge} from '@whatfor/input-guard'
import type {VFile} from 'vfile'

/**
 * How the CLI reads a plan (unified-engine's `readFile` option, patched in):
 * what the path is and how large it is are checked before a byte is read,
 * and at most one byte more than the size limit is ever read. A named pipe
 * in a linted folder used to block the run forever, `whatfor /dev/zero` grew
 * to gigabytes, and a 600 MB file failed as a string too long for V8; each is
 * now one message on that file while the other files are linted.
 *
 * The bytes are decoded here (a UTF-8 byte order mark dropped, UTF-16 with a
 * mark decoded), so every later step, the result cache and the lint threads
 * included, sees the text the positions are counted in.
 */
export function planReader(
  maxBytes: number
): (file: VFile, filePath: string) => Promise<undefined> {
  return async (file, filePath) => {
    // The engine's own read leaves a value on every file; so does this one.
    file.value = ''
    let stats: Stats
    try {
      // `stat`, not `open`: opening a named pipe waits for a writer.
      stats = await stat(filePath)
    } catch (error) {
      reportProblem(file, unreadable(error))
      return undefined
    }
    if (!stats.isFile()) {
      reportProblem(file, notAFile(kindOf(stats)))
      return undefined
    }
    if (stats.size > maxBytes) {
      reportProblem(file, tooLarge(stats.size, maxBytes))
      return undefined
    }
    // A Word file is a zip archive, not text: the .docx plugin reads and
    // converts it (docx-plugin.ts); here it only had its kind and size checked.
    if (path.extname(filePath).toLowerCase() === '.docx') return undefined
    let bytes: Uint8Array
    try {
      bytes = await readAtMost(filePath, maxBytes + 1, stats.size)
    } catch (error) {
      reportProblem(file, unreadable(error))
      return undefined
    }
    // The file grew after it was looked at.
    if (bytes.byteLength > maxBytes) {
      reportProblem(file, tooLarge(undefined, maxBytes))
      return undefined
    }
    const decoded = decodeBytes(bytes)
    if ('problem' in decoded) reportProblem(file, decoded.problem)
    else file.value = decoded.text
    return undefined
  }
}

/** The first `limit` bytes of a file (all of it when shorter), reading about `expected`. */
async function readAtMost(filePath: string, limit: number, expected: number): Promise<Uint8Array> {
  // Non-blocking: should the path have become a named pipe since it was
  // looked at, reading it fails instead of waiting.
  const handle = await open(filePath, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0))
  try {
    let buffer = new Uint8Array(Math.min(limit, expected + 1))
    let length = 0
    for (;;) {
      if (length === buffer.byteLength) {
        if (length >= limit) break
        const larger = new Uint8Array(Math.min(limit, buffer.byteLength * 2))
        larger.set(buffer)
        buffer = larger
      }
      const {bytesRead} = await handle.read(buffer, length, buffer.byteLength - length, null)
      if (bytesRead === 0) break
      length += bytesRead
    }
    return buffer.subarray(0, length)
  } finally {
    await handle.close()
  }
}

function kindOf(stats: Stats): string {
  if (stats.isFIFO()) return 'a named pipe (FIFO)'
  if (stats.isCharacterDevice()) return 'a character device'
  if (stats.isBlockDevice()) return 'a block device'
  if (stats.isSocket()) return 'a socket'
  if (stats.isDirectory()) return 'a folder'
  return 'something that is not a file'
}

function unreadable(error: unknown) {
  const code = (error as NodeJS.ErrnoException).code
  const why =
    code === 'EACCES' || code === 'EPERM'
      ? 'permission denied'
      : code === 'ENOENT'
        ? 'it no longer exists'
        : (error as Error).message.split('\n')[0]!
  return {ruleId: 'unreadable-file' as const, reason: `Cannot read the file: ${why}`}
}
