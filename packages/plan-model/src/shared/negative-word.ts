import type {Token} from '../types.js'

/**
 * “not”, “never”, “cannot” or a word ending in “n't” (“isn't”, “won't”):
 * a word that says no to the verb it belongs to. Wider negators (“no”,
 * “without”, “stop”) are the business of negation.ts, which also reads how
 * far a negation reaches.
 */
export function isNegativeWord(token: Token): boolean {
  return (
    token.lower === 'not' ||
    token.lower === 'never' ||
    token.lower === 'cannot' ||
    token.lower.endsWith("n't")
  )
}
