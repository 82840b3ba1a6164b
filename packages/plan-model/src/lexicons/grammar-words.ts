/**
 * Closed classes of words the rules read one token at a time: copulas,
 * auxiliaries, pronouns, prepositions, conjunctions. Unlike the phrase
 * lexicons (index.ts), these are compared with a token's lowercase form as
 * written, not with its stem: “is” is not “be”, and “before” is not “be”.
 * To teach a rule a word, add it here.
 */

const words = (list: readonly string[]): ReadonlySet<string> => new Set(list)

/** Forms of “be” that link a subject to what it is: “which is genuinely world-class”. */
export const copulas = words(['is', 'are', 'was', 'were'])

/** The copulas of a present claim: “best practice in fintech is a creator-led launch”. */
export const presentCopulas = words(['is', 'are'])

/**
 * Words before a past-looking verb that make it passive or future, a rule
 * still to be followed (“any channel that brings nobody is dropped”), not a
 * story (“the county cut the number 14 bus”).
 */
export const passiveOrFutureAuxiliaries = words([
  'is',
  'are',
  'be',
  'been',
  'being',
  'gets',
  'get',
  'got',
  'will',
  "we'll",
  'would',
  'was',
  'were'
])

/** The writer as “I”: “I'll do all of it myself”. */
export const firstPersonSingular = words(['i', "i'll", "i'm", "i've", "i'd"])

/** Words that open a condition: “If the group goes quiet, we stop posting”. */
export const conditionWords = words(['if', 'when', 'unless', 'whenever', 'once'])

/** Words that set a deadline after a label: “Goals by Paddy's Day:”, “Targets until June:”. */
export const deadlineWords = words(['by', 'until', 'before'])

/** Prepositions that make “influential” describe others: “partner with influential parents”. */
export const prepositionsAboutOthers = words([
  'with',
  'to',
  'from',
  'among',
  'by',
  'through',
  'via'
])

/** Words before “influence” that make it a standing to grow (“our influence”), not a verb (“to influence policy”). */
export const influenceOwners = words([
  'our',
  'their',
  'its',
  'my',
  'your',
  'his',
  'her',
  'more',
  'greater',
  'growing',
  'wider',
  'the'
])

/** Words between “engage” and the people it engages: “engage our existing members”. */
export const engagedPeopleQualifiers = words([
  'our',
  'the',
  'your',
  'their',
  'local',
  'new',
  'existing',
  'current',
  'more',
  'all',
  'every'
])

/** Words that tie a community to who or what after it: “a community of …”, “… for …”, “… around …”. */
export const communityLinks = words([
  'of',
  'for',
  'among',
  'amongst',
  'between',
  'around',
  'who',
  'whose',
  'where',
  'that',
  'united',
  'built'
])

/** Words after which a verb that is also a noun is being used as a verb: “checks where”, “reviews the”. */
export const wordsAfterAVerb = words([
  'the',
  'a',
  'an',
  'what',
  'where',
  'how',
  'whether',
  'which',
  'who',
  'each',
  'every',
  'any',
  'all',
  'in',
  'on',
  'at',
  'to',
  'for',
  'it',
  'them',
  'our',
  'their',
  'his',
  'her',
  'if',
  'with',
  'from',
  'up',
  'out',
  'back',
  'that',
  'this',
  'these',
  'those',
  'new',
  'one',
  'two',
  'three',
  'weekly',
  'daily',
  'monthly'
])

/** Capitalised words that open sentences without naming anyone: “We”, “Each”, “Staff”, “Marketing”. */
export const notNames = words([
  'we',
  'our',
  'us',
  'i',
  'you',
  'your',
  'they',
  'their',
  'it',
  'its',
  'this',
  'that',
  'these',
  'those',
  'the',
  'a',
  'an',
  'each',
  'every',
  'all',
  'any',
  'some',
  'nobody',
  'someone',
  'everyone',
  'anyone',
  'no',
  'one',
  'there',
  'here',
  'then',
  'if',
  'when',
  'after',
  'before',
  'by',
  'in',
  'on',
  'at',
  'for',
  'from',
  'to',
  'with',
  'and',
  'or',
  'but',
  'so',
  'what',
  'who',
  'how',
  'why',
  'where',
  'which',
  'staff',
  'team',
  'management',
  'marketing',
  'content',
  'everything',
  'nothing',
  'people',
  'customers',
  'members',
  'volunteers'
])

/** Words that start a short time or scope qualifier after “strategy”: “for Q3”, “this year”, “going forward”. */
export const qualifierStarts = words(['for', 'this', 'in', 'going', 'next', 'over'])

/** Words that point elsewhere after “the strategy is”: “below”, “set out in section 3”. */
export const pointerWords = words([
  'below',
  'above',
  'overleaf',
  'attached',
  'described',
  'set',
  'outlined',
  'explained'
])

/** Words of wanting before an aim: “we need one thing that goes viral”. */
export const wantingWords = words(['need', 'needs', 'want', 'wants', 'aim', 'aims', 'hope', 'must'])
