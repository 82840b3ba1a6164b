import {BINARY, invalidUtf8, type Problem} from './problems.js'

/** A file's bytes read as text, or why they cannot be. */
export type Decoded = {readonly text: string} | {readonly problem: Problem}

/**
 * The text of a plan file's bytes: UTF-8, or UTF-16 (little or big endian)
 * when a byte order mark says so. The mark itself is dropped, so positions
 * count from the first character a person sees, as in a file without one.
 * A NUL anywhere makes the file binary; bytes that are not valid in the
 * encoding make it unreadable. U+FFFD written in a file is a character
 * like any other.
 */
export function decodeBytes(bytes: Uint8Array): Decoded {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return fromUtf16(bytes.subarray(2), 'utf-16le')
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return fromUtf16(bytes.subarray(2), 'utf-16be')
  const body =
    bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes
  if (body.includes(0)) return {problem: BINARY}
  try {
    // `ignoreBOM`: the mark was handled above; a second one is text.
    return {text: new TextDecoder('utf-8', {fatal: true, ignoreBOM: true}).decode(body)}
  } catch {
    const offset = firstInvalidUtf8(body) ?? 0
    return {problem: invalidUtf8(offset + (bytes.length - body.length))}
  }
}

/** Text handed over as a string: only a leading byte order mark is dropped. */
export function decodeString(text: string): Decoded {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text
  return body.includes('\0') ? {problem: BINARY} : {text: body}
}

function fromUtf16(body: Uint8Array, encoding: 'utf-16le' | 'utf-16be'): Decoded {
  let text: string
  try {
    text = new TextDecoder(encoding, {fatal: true, ignoreBOM: true}).decode(body)
  } catch {
    return {
      problem: {
        ruleId: 'invalid-utf8',
        reason: `Cannot read the file as ${encoding === 'utf-16le' ? 'UTF-16 little-endian' : 'UTF-16 big-endian'} (its byte order mark says so, but its bytes are not), expected UTF-8 or UTF-16 text`
      }
    }
  }
  return text.includes('\0') ? {problem: BINARY} : {text}
}

/**
 * Offset of the first byte that breaks UTF-8 (one linear pass, the same
 * rules as a fatal TextDecoder: no overlong forms, no surrogates, nothing
 * above U+10FFFF, no cut-off sequence at the end).
 */
export function firstInvalidUtf8(bytes: Uint8Array): number | undefined {
  let index = 0
  while (index < bytes.length) {
    const lead = bytes[index]!
    if (lead < 0x80) {
      index++
      continue
    }
    // Each lead byte allows a narrower range for the byte after it.
    let length = 0
    let low = 0x80
    let high = 0xbf
    if (lead >= 0xc2 && lead <= 0xdf) length = 2
    else if (lead >= 0xe0 && lead <= 0xef) {
      length = 3
      if (lead === 0xe0) low = 0xa0
      if (lead === 0xed) high = 0x9f
    } else if (lead >= 0xf0 && lead <= 0xf4) {
      length = 4
      if (lead === 0xf0) low = 0x90
      if (lead === 0xf4) high = 0x8f
    }
    if (length === 0 || index + length > bytes.length) return index
    const second = bytes[index + 1]!
    if (second < low || second > high) return index
    for (let next = 2; next < length; next++) {
      if ((bytes[index + next]! & 0xc0) !== 0x80) return index
    }
    index += length
  }
  return undefined
}
