import {tokenize} from './sentences/tokenize.js'
import {append} from './shared/append.js'
import type {Lexicon, LexiconEntry, Token} from './types.js'

/** A lexicon entry compiled to the stems it matches. */
export interface CompiledPhrase {
  readonly category: string
  readonly entry: LexiconEntry
  readonly stems: readonly string[]
}

/** The phrases that start with one stem: one-word ones, and longer ones by their second stem. */
interface PhrasesFrom {
  readonly oneWord: CompiledPhrase[]
  readonly bySecondStem: Map<string, CompiledPhrase[]>
}

const NO_PHRASES: CompiledPhrase[] = []

/**
 * All lexicons compiled into one index keyed by first stem, so a document is
 * matched against every lexicon in a single pass over its tokens. Longer
 * phrases are keyed by their second stem too: common first words (“to”,
 * “we”, “so”, “the”) start dozens of phrases, and a token would otherwise be
 * compared with all of them.
 */
export class PhraseIndex {
  private readonly byFirstStem = new Map<string, PhrasesFrom>()

  constructor(lexicons: readonly Lexicon[]) {
    const lists = new Map<string, CompiledPhrase[]>()
    for (const lexicon of lexicons) {
      for (const entry of lexicon.entries) {
        const stems = tokenize(entry.phrase).map((token) => token.stem)
        if (stems.length === 0) continue
        append(lists, stems[0]!, {category: lexicon.category, entry, stems})
      }
    }
    for (const [first, list] of lists) {
      // Longest phrases first, so “social media strategy” wins over “social media”.
      // Sorted once (a stable sort: ties keep lexicon order); the split below keeps that order.
      list.sort((a, b) => b.stems.length - a.stems.length)
      const phrases: PhrasesFrom = {oneWord: [], bySecondStem: new Map()}
      for (const phrase of list) {
        if (phrase.stems.length === 1) {
          phrases.oneWord.push(phrase)
          continue
        }
        append(phrases.bySecondStem, phrase.stems[1]!, phrase)
      }
      this.byFirstStem.set(first, phrases)
    }
  }

  /** Phrases that match `tokens` starting at `index` (every category, longest first per category). */
  matchAt(tokens: readonly Token[], index: number): CompiledPhrase[] {
    const phrases = this.byFirstStem.get(tokens[index]!.stem)
    if (!phrases) return NO_PHRASES
    const next = tokens[index + 1]
    const longer = next ? phrases.bySecondStem.get(next.stem) : undefined
    if (!longer && phrases.oneWord.length === 0) return NO_PHRASES
    const found: CompiledPhrase[] = []
    // Every longer phrase is longer than every one-word phrase: longest first still.
    if (longer) collect(tokens, index, longer, found)
    collect(tokens, index, phrases.oneWord, found)
    return found
  }
}

/** The first matching phrase of each category, in the order given. */
function collect(
  tokens: readonly Token[],
  index: number,
  candidates: readonly CompiledPhrase[],
  found: CompiledPhrase[]
): void {
  for (const phrase of candidates) {
    // A handful of categories at most: a scan beats a Set per token.
    if (found.some((other) => other.category === phrase.category)) continue
    if (matchesFrom(tokens, index, phrase)) found.push(phrase)
  }
}

function matchesFrom(tokens: readonly Token[], index: number, phrase: CompiledPhrase): boolean {
  if (index + phrase.stems.length > tokens.length) return false
  for (let offset = 0; offset < phrase.stems.length; offset++) {
    if (tokens[index + offset]!.stem !== phrase.stems[offset]) return false
  }
  if (phrase.entry.capitalized) {
    const first = tokens[index]!.text.charAt(0)
    if (first === first.toLowerCase()) return false
  }
  return true
}
