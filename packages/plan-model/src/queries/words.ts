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
 * Facebook twice, so the longer name that holds another goes. Compared once
 * per distinct name, however often a name is repeated.
 */
export function withoutRepeatedNames(names: Iterable<string>): string[] {
  const all = [...names]
  const distinct = [...new Set(all.map((name) => name.toLowerCase()))]
  const holdsAnother = new Set(
    distinct.filter((name) => distinct.some((other) => other !== name && name.includes(other)))
  )
  return all.filter((name) => !holdsAnother.has(name.toLowerCase()))
}
