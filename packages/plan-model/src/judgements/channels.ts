import {liveMatches} from '../queries/matches.js'
import type {LexiconMatch, Sentence} from '../types.js'
import {ownWords} from './features.js'

/** The platforms and channels a sentence names in its own voice (not negated, not quoted). */
export function liveChannelMatches(sentence: Sentence): LexiconMatch[] {
  return [...liveMatches(sentence, 'platform'), ...liveMatches(sentence, 'channel')]
}

/** Distinct channel names a sentence names in its own voice. */
export function channelNames(sentence: Sentence): Set<string> {
  return new Set(liveChannelMatches(sentence).map((match) => match.canonical))
}

export function channelWordShare(sentences: readonly Sentence[]): number {
  let words = 0
  let channelWords = 0
  for (const sentence of sentences) {
    words += ownWords(sentence.tokens).length
    for (const match of liveChannelMatches(sentence)) channelWords += match.last - match.first + 1
  }
  return words === 0 ? 0 : Math.min(1, channelWords / words)
}
