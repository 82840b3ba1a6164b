import type {Lexicon, LexiconEntry, Token} from './types.js'
import {stem, tokenize} from './tokenize.js'

/** A lexicon entry compiled to the stems it matches. */
export interface CompiledPhrase {
  readonly category: string
  readonly entry: LexiconEntry
  readonly stems: readonly string[]
}

/**
 * All lexicons compiled into one index keyed by first stem, so a document is
 * matched against every lexicon in a single pass over its tokens.
 */
export class PhraseIndex {
  private readonly byFirstStem = new Map<string, CompiledPhrase[]>()

  constructor(lexicons: readonly Lexicon[]) {
    for (const lexicon of lexicons) {
      for (const entry of lexicon.entries) {
        const stems = tokenize(entry.phrase).map((token) => (token.kind === 'word' ? stem(token.lower) : token.lower))
        if (stems.length === 0) continue
        const first = stems[0]!
        const list = this.byFirstStem.get(first) ?? []
        list.push({category: lexicon.category, entry, stems})
        this.byFirstStem.set(first, list)
      }
    }
    // Longest phrases first, so “social media strategy” wins over “social media”.
    // Sorted once, at the end (a stable sort: ties keep lexicon order).
    for (const list of this.byFirstStem.values()) list.sort((a, b) => b.stems.length - a.stems.length)
  }

  /** Phrases that match `tokens` starting at `index` (every category, longest first per category). */
  matchAt(tokens: readonly Token[], index: number): CompiledPhrase[] {
    const candidates = this.byFirstStem.get(tokens[index]!.stem)
    if (!candidates) return []
    const found: CompiledPhrase[] = []
    for (const phrase of candidates) {
      // A handful of candidates at most: a scan beats a Set per token.
      if (found.some((other) => other.category === phrase.category)) continue
      if (matchesFrom(tokens, index, phrase)) found.push(phrase)
    }
    return found
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
