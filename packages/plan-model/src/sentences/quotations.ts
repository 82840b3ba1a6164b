import type {RawToken} from './tokenize.js'

export const OPEN_QUOTES: ReadonlySet<string> = new Set(['"', '\u201C', '\u201E', '\u00AB'])
export const CLOSE_QUOTES: ReadonlySet<string> = new Set(['"', '\u201D', '\u00BB'])
const MIN_QUOTED_WORDS = 3

/**
 * Which tokens stand inside double quotation marks that hold three or more
 * words: that is someone else's voice. One- or two-word scare quotes
 * (“influence”) stay the writer's own words. Each token is counted once.
 */
export function quotedTokens(tokens: readonly RawToken[]): Uint8Array {
  const quoted = new Uint8Array(tokens.length)
  let open = -1
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index]!
    if (token.kind !== 'punctuation') continue
    if (open === -1 && OPEN_QUOTES.has(token.text)) {
      open = index
    } else if (open !== -1 && (CLOSE_QUOTES.has(token.text) || token.text === '"')) {
      let words = 0
      for (let inner = open + 1; inner < index; inner++)
        if (tokens[inner]!.kind !== 'punctuation') words++
      if (words >= MIN_QUOTED_WORDS) quoted.fill(1, open + 1, index)
      open = -1
    }
  }
  return quoted
}
