/**
 * Words the plan model reads by itself, apart from the lexicon categories a
 * sentence is matched against: the closed-class words of its small grammar
 * (negation scope, sentence ends, heading lines, purposes, goals, tactics).
 * Each list is used by name; to change how the model reads, change it here.
 */

// Sentences and tokens

/** Short forms whose full stop ends no sentence (months are in calendar.ts). */
export const abbreviations: readonly string[] = [
  'e.g',
  'i.e',
  'etc',
  'mr',
  'mrs',
  'ms',
  'dr',
  'vs',
  'st',
  'no',
  'inc',
  'ltd',
  'co',
  'approx'
]

/** A line that ends in one of these goes on on the next line (“… and\nInstagram”). */
export const lineCarryingWords: readonly string[] = ['and', 'or', 'the', 'to', 'of']

/**
 * Porter stems “communication” and “community” alike (“commun”): a launch
 * communication is no community. Words with these prefixes stem to the prefix.
 */
export const overstemmedPrefixes: readonly string[] = ['communicat']

// Negation

/** Words that negate a phrase shortly after them (“we will not chase likes”, “without going viral”). */
export const negators: readonly string[] = [
  'not',
  'no',
  'none',
  'nobody',
  'never',
  'without',
  'nor',
  'neither',
  'avoid',
  'avoiding',
  'stop',
  'stopped',
  'refuse',
  'resist',
  'rather',
  'instead',
  'against',
  'beyond',
  'ignore',
  'ignoring',
  'forget',
  'ditch',
  'drop',
  'reject',
  'rejecting',
  'nothing'
]

/** Conjunctions and relative pronouns: they open a new clause, which a negation does not cross. */
export const clauseOpeners: readonly string[] = [
  'but',
  'so',
  'and',
  'because',
  'while',
  'whereas',
  'although',
  'though',
  'yet',
  'who',
  'which',
  'that',
  'whose',
  'where',
  'when'
]

/** The words of a bare refusal: “We won't.”, “We will not do that.”, “No.” */
export const refusalWords: readonly string[] = [
  'we',
  'i',
  'will',
  'shall',
  'do',
  'does',
  'are',
  'am',
  'going',
  'to',
  'that',
  'this',
  'it',
  'so',
  'either',
  'not',
  'no',
  'never',
  "won't",
  "don't",
  "shan't",
  "aren't",
  "we're",
  "i'm",
  "we'll",
  "i'll"
]

// Headings

/** Words before a role word at the start of a heading line (“Our goals”, “Section 2: Tactics”). */
export const headingFillers: readonly string[] = [
  'our',
  'the',
  'my',
  'a',
  'an',
  'your',
  'key',
  'main',
  'overall',
  'section',
  'part',
  'appendix'
]

/** Words that stem like a role word and mean something else: “Initial situation” lists no initiatives. */
export const roleLookalikes: readonly string[] = ['initial', 'initially']

/** The fields of a memo's or minutes' header (“From:”, “Subject:”, “Present:”). */
export const headerFields: readonly string[] = [
  'from',
  'to',
  'cc',
  'bcc',
  'subject',
  're',
  'date',
  'sent',
  'present',
  'attendees',
  'apologies',
  'absent',
  'minutes',
  'chair'
]

// Purposes

/**
 * Words that, right before the people they name, announce what changes for
 * them: “because students …”, “so families can …”, “for home brewers who …”.
 */
export const linksToPeople: readonly string[] = [
  'because',
  'so',
  'for',
  'helping',
  'help',
  'helps',
  'let',
  'lets',
  'enable',
  'enables',
  'empower',
  'want',
  'wants',
  'need'
]

/** Links after which the people must go on to do something (“want students … to waste less”). */
export const linksNeedingInfinitive: readonly string[] = ['want', 'wants', 'need']

/** Words that count people instead of speaking of them (“want more customers”). */
export const quantityWords: readonly string[] = [
  'more',
  'new',
  'extra',
  'additional',
  'million',
  'millions',
  'thousand',
  'thousands'
]

/** The writer: “so we can …” is the writer's own next step, no reason. */
export const writers: readonly string[] = ['we', 'us', 'our', 'i', 'me', 'my']

export const canWords: readonly string[] = ['can', 'could']

// Goals and tactics

/** Words after which a verb-looking word is a noun: “our reach”, “the push”. */
export const nounMarkers: readonly string[] = [
  'the',
  'a',
  'an',
  'our',
  'their',
  'its',
  'your',
  'my',
  'his',
  'her',
  'total',
  'organic',
  'paid',
  'estimated',
  'average',
  'monthly',
  'weekly',
  'daily',
  'potential',
  'social',
  'combined'
]

/** Past forms of tactic verbs not ending in “-ed”: a story (“we ran ads”), not a plan. */
export const irregularPast: readonly string[] = [
  'ran',
  'wrote',
  'sent',
  'put',
  'bought',
  'did',
  'made',
  'went',
  'got',
  'had',
  'was',
  'were'
]
