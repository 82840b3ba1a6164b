import type {LexiconMatch} from '../types.js'

/**
 * Whether a match is written as its entry's words, in the singular or the
 * plural: stems are too loose for fixed phrases and job names (“marketing
 * lead” and “market-leading” share stems, so do “marketer” and “marketing”),
 * yet “leading providers” is still “leading provider”. Punctuation between
 * the words does not count.
 *
 * (goal-statements.ts has `writtenAsListed`, a stricter reading for lexicons
 * that list every form they accept: “likes” and not “like”.)
 */
export function writtenAsListedOrPlural(match: LexiconMatch): boolean {
  const listed = match.entry.phrase
    .toLowerCase()
    .split(/[ -]/)
    .filter((word) => word !== '')
    .map(singular)
  const written = match.sentence.tokens
    .slice(match.first, match.last + 1)
    .filter((token) => token.kind !== 'punctuation')
    .map((token) => singular(token.lower))
  return listed.length === written.length && listed.every((word, index) => word === written[index])
}

function singular(word: string): string {
  return word.endsWith('s') ? word.slice(0, -1) : word
}
