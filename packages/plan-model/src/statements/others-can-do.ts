import {canWords, writers} from '../lexicons/model-words.js'
import type {Sentence} from '../types.js'

const WRITERS = new Set(writers)
const CAN_WORDS = new Set(canWords)
/** Tokens between “so” and “can” in “so swimmers can check before they go in”. */
const SUBJECT_WORDS = 3

/**
 * “…, so swimmers can check before they go in”: a clause saying what someone
 * other than the writer can do once this is done. “So we can …” does not
 * count: the writer's own next step is no reason (“so we can monitor mentions”).
 */
export function saysWhatOthersCanDo(sentence: Sentence): boolean {
  const tokens = sentence.tokens
  for (let index = 0; index < tokens.length; index++) {
    if (tokens[index]!.lower !== 'so' || tokens[index]!.quoted) continue
    const from = tokens[index + 1]?.lower === 'that' ? index + 2 : index + 1
    for (let at = from + 1; at <= from + SUBJECT_WORDS && at < tokens.length; at++) {
      if (!CAN_WORDS.has(tokens[at]!.lower)) continue
      const subject = tokens.slice(from, at)
      if (
        subject.length > 0 &&
        subject.every((token) => token.kind === 'word' && !WRITERS.has(token.lower))
      )
        return true
    }
  }
  return false
}
