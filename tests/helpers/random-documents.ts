/**
 * Reproducible random documents made of fragments, for tests that compare two
 * parsers on inputs nobody wrote by hand: the same seed gives the same
 * documents on every machine.
 */
export interface RandomDocumentsOptions {
  readonly seed: number
  readonly count: number
  readonly fragments: readonly string[]
  /** Fragments per document: at least `min`, at most `min + spread - 1`. */
  readonly min: number
  readonly spread: number
  /** Front matter put first in about this share of the documents. */
  readonly frontMatter: {readonly share: number; readonly text: string}
}

export function* randomDocuments(options: RandomDocumentsOptions): Generator<string> {
  let seed = options.seed
  const random = () => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff
    return seed / 0x7fffffff
  }
  for (let round = 0; round < options.count; round++) {
    let text = random() < options.frontMatter.share ? options.frontMatter.text : ''
    const count = options.min + Math.floor(random() * options.spread)
    for (let index = 0; index < count; index++)
      text += options.fragments[Math.floor(random() * options.fragments.length)]
    yield text
  }
}
