import type {Sentence} from '../types.js'

/**
 * The words of a token range as written, for messages: spaced where the
 * source has space, tight around hyphens and apostrophes (“TikTok-first”).
 * Source offsets cannot slice a sentence's text, because markup between
 * them is not in it.
 */
export function wordsAsWritten(sentence: Sentence, first: number, last: number): string {
  const tokens = sentence.tokens.slice(first, last + 1)
  let text = ''
  tokens.forEach((token, index) => {
    const previous = tokens[index - 1]
    const tight =
      previous === undefined ||
      token.text === '-' ||
      previous.text === '-' ||
      token.start <= previous.end
    text += (tight ? '' : ' ') + token.text
  })
  return text
}

/**
 * Names for a message, each once: “facebook page” beside “Facebook” names
 * Facebook twice, so the longer name that holds another goes.
 */
export function withoutRepeatedNames(names: Iterable<string>): string[] {
  const all = [...names]
  return all.filter(
    (name) =>
      !all.some(
        (other) =>
          other !== name &&
          name.toLowerCase() !== other.toLowerCase() &&
          name.toLowerCase().includes(other.toLowerCase())
      )
  )
}
