/**
 * Words of plans and of the documents they are written in, for readings
 * made one token (or one field) at a time: front-matter keys, column
 * labels, product nouns, figures. Like grammar-words.ts, and unlike the
 * phrase lexicons (index.ts), each is compared with the lowercase form as
 * written, not with a stem. To teach a rule a word, add it here.
 */

const words = (list: readonly string[]): ReadonlySet<string> => new Set(list)

// Who does the work

/** Front-matter keys that name people who do the work (not approvers or reviewers); also the parts of keys such as `brief_owner`. */
export const executorKeys = words([
  'owner',
  'owners',
  'author',
  'authors',
  'maintainer',
  'maintainers',
  'contributors',
  'contributor',
  'team',
  'lead',
  'leads',
  'prepared_by',
  'prepared-by',
  'prepared by',
  'written_by',
  'written by',
  'responsible',
  'assignee',
  'assignees',
  'editor',
  'coordinator',
  'contact',
  'contacts',
  'agency',
  'by'
])

/** Values that name no one yet: “owner: TBC”. */
export const placeholderValues = words([
  '',
  'tbc',
  'tbd',
  'tba',
  'n/a',
  'na',
  'none',
  'null',
  '?',
  '-',
  'todo',
  'unknown',
  'unassigned',
  'to be confirmed',
  'to be decided'
])

/** Titles before a name: “Dr Lisa Chen”, “Cllr. Patel”. */
export const personalTitles = words(['dr', 'mr', 'mrs', 'ms', 'mx', 'prof', 'cllr', 'rev'])

/** Labels that make an @handle on a task the person who does it: “Assignees: @rkhan”. */
export const handleLabels = words([
  'assignee',
  'assignees',
  'owner',
  'owners',
  'cc',
  'reviewer',
  'reviewers',
  'lead'
])

// Documents that are not plans, and parts of plans

/** The fields of a decision record, a ticket or a user story (ADR, Jira and Confluence templates). */
export const recordFields = words([
  'date',
  'status',
  'context',
  'decision',
  'consequences',
  'owner',
  'owners',
  'acceptance',
  'priority',
  'estimate',
  'assignee',
  'reporter',
  'due',
  'notes',
  'deciders',
  'supersedes',
  'options'
])

/** Words of a column header that asks what each row is for: “Role”, “Rationale”, “What it's for”. */
export const reasonColumnWords = words(['role', 'rationale', 'for'])

/** Titles of a document's table of contents, written in letters and spaces only. */
export const tableOfContentsTitles = words(['contents', 'table of contents', 'toc'])

/** Words that name the purpose outright in a heading: “Purpose and objectives”, “Our mission”. */
export const purposeWords = words(['purpose', 'purposes', 'mission'])

/** Words after “why” that ask why people care: “Why people should care”, “Why this matters”. */
export const careWords = words(['care', 'cares', 'matters', 'matter'])

// Goals, audiences and figures

/** Periods a goals label may be qualified with: “Targets for the year:”. */
export const periodWords = words(['year', 'quarter', 'month', 'season', 'term'])

/** Units of a figure in millions: “reach 20 million”, “2.5m”. */
export const millionWords = words(['million', 'millions', 'billion', 'm'])

/** Words that label an audience inline: “Target: homeowners 35-64”, “Target audience is 18-34”. */
export const audienceLabels = words(['audience', 'audiences', 'target', 'market', 'demographic'])

/** Verbs after an inline audience label: “Core target remains urban professionals”. */
export const audienceLabelVerbs = words(['is', 'are', 'remains', 'remain'])

/** What a plan pushes when it pushes product: “push the new Kia EV3 stock”, “push our skincare range”. */
export const productNouns = words([
  'edition',
  'editions',
  'release',
  'releases',
  'flavour',
  'flavours',
  'flavor',
  'flavors',
  'range',
  'ranges',
  'product',
  'products',
  'stock',
  'offer',
  'offers',
  'deal',
  'deals',
  'line',
  'lines',
  'model',
  'models',
  'collection',
  'bundle',
  'bundles',
  'units',
  'inventory',
  'membership',
  'memberships',
  'subscription',
  'subscriptions',
  'package',
  'packages',
  'menu',
  'merch',
  'merchandise',
  'sales',
  'brand'
])

/** “Engage” as a verb with people after it: “engage guests before their stay”. */
export const engageForms = words(['engage', 'engaging'])

/** Words shortly before “fall behind” that make it our fear (“we can't afford to fall behind”), not a task running late. */
export const fearingWords = words([
  'we',
  'us',
  'our',
  "we'll",
  "we're",
  'afford',
  'get',
  'be',
  'risk',
  'or'
])

// Platforms

/** Words that may stand between a platform and “strategy”: “TikTok-first strategy”, “LinkedIn content strategy”. */
export const platformStrategyWords = words([
  'first',
  'led',
  'only',
  'centric',
  'centred',
  'centered',
  'focused',
  'focussed',
  'based',
  'heavy',
  'native',
  'social',
  'media',
  'marketing',
  'content',
  'growth',
  'community',
  'channel',
  'page',
  'account',
  'presence',
  'launch',
  'engagement',
  'posting',
  'video',
  'ads',
  'ad',
  'advertising',
  'organic',
  'paid',
  'and'
])

/** Words that make a platform the first choice: “TikTok-first”, “Instagram-led”. */
export const platformFirstWords = words(['first', 'led', 'only', 'centric', 'centred', 'centered'])
