import {linksNeedingInfinitive, linksToPeople, quantityWords} from '../lexicons/model-words.js'
import {peoplePronouns} from '../lexicons/people.js'
import type {LexiconMatch, Sentence} from '../types.js'

const LINKS_TO_PEOPLE = new Set(linksToPeople)
const NEEDS_INFINITIVE = new Set(linksNeedingInfinitive)
const QUANTITY_WORDS = new Set(quantityWords)
const PRONOUNS = new Set(peoplePronouns)
const PEOPLE_WINDOW = 4
const INFINITIVE_WINDOW = 8

/**
 * A link word (“because”, “so”, “for”, “help”, “want”) followed within a few
 * words by the people it is about, the people then doing or getting
 * something: “because students …”, “so families can …”, “for home brewers
 * who …”. Structural, so it carries to wordings no lexicon lists. Pronouns do
 * not count: their antecedent could be anything (“because they always do well”).
 */
export function linksToPeopleIn(
  sentence: Sentence,
  people: readonly LexiconMatch[],
  isTactic: boolean
): boolean {
  return people.some((person) => {
    if (person.negated || PRONOUNS.has(person.entry.phrase)) return false
    for (
      let index = person.first - 1;
      index >= 0 && index >= person.first - PEOPLE_WINDOW;
      index--
    ) {
      const token = sentence.tokens[index]!
      if (token.kind === 'punctuation') return false
      if (!LINKS_TO_PEOPLE.has(token.lower)) continue
      const next = sentence.tokens[person.last + 1]
      // “for people” alone names a target group, not a purpose: it needs “who”.
      // In a tactic it is the tactic's target (“a giveaway for anyone who follows us”).
      if (token.lower === 'for')
        return !isTactic && (next?.lower === 'who' || next?.lower === 'that')
      if (NEEDS_INFINITIVE.has(token.lower)) return goesOnToDo(sentence, index, person)
      return true
    }
    return false
  })
}

/**
 * After “want” or “need”, the people must go on to do something (“want
 * students in halls to waste less”), and must not be counted (“want more customers”).
 */
function goesOnToDo(sentence: Sentence, linkIndex: number, person: LexiconMatch): boolean {
  for (let index = linkIndex + 1; index < person.first; index++) {
    const token = sentence.tokens[index]!
    if (QUANTITY_WORDS.has(token.lower) || token.kind === 'number') return false
  }
  const last = Math.min(sentence.tokens.length - 1, person.last + INFINITIVE_WINDOW)
  for (let index = person.last + 1; index <= last; index++) {
    const token = sentence.tokens[index]!
    if (token.lower === 'to') return true
    if (token.kind === 'punctuation' && token.text !== ',') return false
  }
  return false
}
