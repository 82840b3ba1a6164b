import type {LexiconEntry} from '../types.js'
import {sentenceLexicons} from './index.js'

/**
 * Kinds of entry within a lexicon: a rule that treats some entries of a
 * category apart (pronouns among people, crowds among authorities) asks for
 * the tag, never for the entry's words, so rewording an entry cannot quietly
 * change a rule. Tags are listed here by lexicon category and entry phrase;
 * packages/plan-model/test/entry-tags.test.ts fails when a listed phrase is
 * no longer an entry of its category, and when an entry of a category that
 * must be tagged throughout has no tag.
 */
export const entryTags = {
  people: {
    /** Words that stand for people already named: they name no one. */
    'personal-pronoun': ['they', 'them'],
    /** Everyone and anyone: nobody in particular. */
    'indefinite-pronoun': ['everyone', 'everybody', 'anyone', 'someone'],
    /** Words that open a description of people (“those who …”) rather than name them. */
    'relative-pronoun': ['whoever', 'those who'],
    /** A group spoken of as a whole. */
    group: ['public', 'community', 'member'],
    /** A relation to the organisation, not a person in a situation. */
    relation: ['owner', 'stakeholder', 'partner', 'supplier']
  },
  'channel-exit': {
    /** Exits that name where the effort goes (“shift to”), not what it leaves. */
    'names-destination': ['moved to', 'shift to', 'go back to']
  },
  listening: {
    /** Words that mean social listening only inside a section about listening: elsewhere everyday verbs, or a scheduler, or a goal metric. */
    ambiguous: [
      'sprout social',
      'share of voice',
      'share-of-voice',
      'listening',
      'listen to',
      'watch the',
      'watch for',
      'scan',
      'listening on',
      'listening across'
    ]
  },
  'mass-audience': {
    /** Speak of people as a mass wherever they stand; the others only inside an audience description. */
    'mass-anywhere': [
      'eyeballs',
      'target demographic',
      'maximum reach',
      'max reach',
      'reach millions',
      'millions of',
      'addressable',
      'reachable'
    ]
  },
  'audience-need': {
    /** Open any description of people (“who”, “because”) without naming a need or a situation. */
    generic: ['who', 'whose', 'because']
  },
  'executor-label': {
    /** A bare question word: a team heading only when it is the whole heading. */
    'bare-question': ['who']
  },
  'guru-authority': {
    /** An authority that asserts by being named: “best practice in fintech is …”. */
    impersonal: ['best practice', 'industry best practice', 'industry standard'],
    /** The crowd as authority: it appeals only when it says or is somewhere already. */
    crowd: [
      'everyone',
      'everybody',
      'every indie',
      'every major',
      'people say',
      'they say',
      'the internet',
      'influencers'
    ]
  },
  'guru-claim': {
    /** What a crowd does when it is appealed to: says so, or is somewhere already. */
    'crowd-claim': [
      'say',
      'said',
      'agree',
      'keep saying',
      'is on',
      'are on',
      'is moving',
      'are moving',
      'has moved',
      'have moved',
      'has gone',
      'is doing',
      'are doing',
      'tell us',
      'insist'
    ]
  },
  'fashion-appeal': {
    /** “According to …”: an appeal only with an unnamed authority after it. */
    attribution: ['according to'],
    /** Fashion only when it is us who must not be left behind (“if scanning falls behind” is a task). */
    'falling-behind': ['fall behind', 'left behind']
  },
  'influence-goal': {
    'thought-leadership': ['thought leader', 'thought leadership', 'thought-leadership']
  },
  'push-buzz-engage': {
    'push-product': ['push product'],
    buzz: ['build buzz', 'buzz around', 'build hype'],
    awareness: [
      'build awareness',
      'raise awareness',
      'drive awareness',
      'generate awareness',
      'increase awareness',
      'grow awareness',
      'create awareness',
      'spread awareness',
      'build brand awareness',
      'increase brand awareness'
    ],
    engagement: [
      'engage audiences',
      'engage followers',
      'increase engagement',
      'drive engagement',
      'improve engagement',
      'more engagement',
      'higher engagement'
    ]
  },
  'push-buzz-engage-measure': {
    'push-product': ['product push'],
    buzz: ['buzz', 'hype'],
    awareness: [
      'brand awareness',
      'awareness',
      'top of mind',
      'top-of-mind',
      'share of voice',
      'brand lift'
    ],
    engagement: ['engagement', 'engagement rate', 'engagement rates']
  }
} as const satisfies Record<string, Record<string, readonly string[]>>

type TagTable = typeof entryTags
/** A tag some lexicon's entries carry. */
export type EntryTag = {[Category in keyof TagTable]: keyof TagTable[Category]}[keyof TagTable]

/** Categories every entry of which carries a tag: the rule reading them has no default. */
export const fullyTaggedCategories: readonly (keyof TagTable)[] = [
  'push-buzz-engage',
  'push-buzz-engage-measure'
]

let tagsByEntry: Map<LexiconEntry, Set<string>> | undefined

/** The tags of each entry, found once: by category, then by phrase. */
function tagIndex(): Map<LexiconEntry, Set<string>> {
  if (tagsByEntry) return tagsByEntry
  tagsByEntry = new Map()
  for (const lexicon of sentenceLexicons) {
    const tags: Readonly<Record<string, readonly string[]>> | undefined =
      entryTags[lexicon.category as keyof TagTable]
    if (!tags) continue
    for (const entry of lexicon.entries) {
      for (const [tag, phrases] of Object.entries(tags)) {
        if (!phrases.includes(entry.phrase)) continue
        const own = tagsByEntry.get(entry) ?? new Set()
        own.add(tag)
        tagsByEntry.set(entry, own)
      }
    }
  }
  return tagsByEntry
}

/** Whether a match (or anything that carries a lexicon entry) is of an entry tagged `tag`. */
export function hasTag(match: {readonly entry: LexiconEntry}, tag: EntryTag): boolean {
  return tagIndex().get(match.entry)?.has(tag) ?? false
}
