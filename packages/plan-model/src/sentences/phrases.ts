import {type CompiledPhrase, PhraseIndex} from '../lexicon.js'
import {sentenceLexicons} from '../lexicons/index.js'
import type {Token} from '../types.js'
import {isWeekdayDate} from './dates.js'
import {SentenceNegation} from './negation.js'

const sentenceIndex = new PhraseIndex(sentenceLexicons)

/** A lexicon phrase found in a sentence's tokens, before the sentence object exists. */
export interface PhraseMatch {
  readonly phrase: CompiledPhrase
  /** Token range [first, last] within the sentence. */
  readonly first: number
  readonly last: number
  /** Under a negation in its own sentence (a refusal in the next one is added later). */
  readonly negated: boolean
}

/** Every lexicon's phrases in a sentence, in token order: one pass over its tokens. */
export function findPhrases(tokens: readonly Token[]): PhraseMatch[] {
  const found: PhraseMatch[] = []
  const negation = new SentenceNegation(tokens)
  for (let first = 0; first < tokens.length; first++) {
    for (const phrase of sentenceIndex.matchAt(tokens, first)) {
      const last = first + phrase.stems.length - 1
      if (phrase.category === 'schedule' && isWeekdayDate(tokens, first, last)) continue
      found.push({phrase, first, last, negated: negation.isNegated(first, last)})
    }
  }
  return found
}
