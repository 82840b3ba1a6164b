import {
  analyse,
  type EntryTag,
  entryTags,
  fullyTaggedCategories,
  hasTag,
  sentenceLexicons
} from '@whatfor/plan-model'
import remarkParse from 'remark-parse'
import {unified} from 'unified'
import {describe, expect, test} from 'vitest'

function phrasesOf(category: string): Set<string> {
  return new Set(
    sentenceLexicons
      .filter((lexicon) => lexicon.category === category)
      .flatMap((lexicon) => lexicon.entries.map((entry) => entry.phrase))
  )
}

describe('entry tags', () => {
  // A tag listed for a phrase the lexicon no longer has would quietly stop
  // applying: rewording an entry must be followed by its tag.
  test.each(Object.entries(entryTags))(
    'every phrase tagged in %s is an entry of it',
    (category, tags) => {
      const phrases = phrasesOf(category)
      expect(phrases.size, `no lexicon of category ${category}`).toBeGreaterThan(0)
      const missing = Object.entries(tags).flatMap(([tag, listed]) =>
        (listed as readonly string[])
          .filter((phrase) => !phrases.has(phrase))
          .map((phrase) => `${tag}: ${phrase}`)
      )
      expect(missing).toEqual([])
    }
  )

  test.each(fullyTaggedCategories)('every entry of %s has a tag', (category) => {
    const tagged = new Set(Object.values(entryTags[category]).flat())
    expect([...phrasesOf(category)].filter((phrase) => !tagged.has(phrase))).toEqual([])
  })

  test('a match carries the tags of its entry, and no other category’s', () => {
    const text = 'Everyone says we need to be on TikTok. Our customers and they agree.'
    const plan = analyse(unified().use(remarkParse).parse(text), text)
    const tagsAt = (word: string, category: string): EntryTag[] => {
      const match = plan.sentences
        .flatMap((sentence) => sentence.matches)
        .find(
          (candidate) =>
            candidate.category === category &&
            candidate.sentence.tokens[candidate.first]!.lower === word
        )
      expect(match, `${category} match of ${word}`).toBeDefined()
      const all: EntryTag[] = ['crowd', 'indefinite-pronoun', 'personal-pronoun', 'crowd-claim']
      return all.filter((tag) => hasTag(match!, tag))
    }
    expect(tagsAt('everyone', 'guru-authority')).toEqual(['crowd'])
    expect(tagsAt('everyone', 'people')).toEqual(['indefinite-pronoun'])
    expect(tagsAt('says', 'guru-claim')).toEqual(['crowd-claim'])
    expect(tagsAt('they', 'people')).toEqual(['personal-pronoun'])
    expect(tagsAt('customers', 'people')).toEqual([])
  })
})
