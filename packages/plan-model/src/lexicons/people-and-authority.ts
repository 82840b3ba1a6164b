import type {Lexicon} from '../types.js'

/**
 * Words for the people-and-authority rules: who carries a plan out, who a
 * community is, how an audience is described, what listening is for, how a
 * channel is judged and left, and whose say-so a choice rests on. Matched on
 * Porter stems, so plurals and inflections come for free.
 */

const entries = (phrases: readonly string[]): Lexicon['entries'] =>
  phrases.map((phrase) => ({phrase}))

/** Corporate boilerplate: words a purpose can be made of without saying anything. */
export const boilerplate: Lexicon = {
  category: 'boilerplate',
  entries: entries([
    'leading provider',
    'world-class',
    'best-in-class',
    'committed to excellence',
    'excellence in everything',
    'innovative solutions',
    'synergy',
    'state-of-the-art',
    'market leading',
    'customer-centric',
    'paradigm'
  ])
}

/** Stock words that are boilerplate only in company: “innovative”, “excellence” alone are fine. */
export const weakBoilerplate: Lexicon = {
  category: 'boilerplate-weak',
  entries: entries([
    'innovative',
    'excellence',
    'a leading',
    'thought leadership',
    'solutions',
    'passionate',
    'dedicated',
    'value',
    'quality'
  ])
}

/** Who carries a plan out: roles and teams of people (compared as written: “marketing” is not “marketer”). */
export const executorRoles: Lexicon = {
  category: 'executor-role',
  entries: entries([
    'manager',
    'officer',
    'coordinator',
    'organiser',
    'organizer',
    'head of',
    'director',
    'team',
    'intern',
    'editor',
    'ceo',
    'cmo',
    'chief executive',
    'founder',
    'maintainer',
    'agency',
    'committee',
    'chair',
    'secretary',
    'treasurer',
    'analyst',
    'specialist',
    'administrator',
    'moderator',
    'ambassador',
    'steward',
    'trustee',
    'staff',
    'executive',
    'associate',
    'consultant',
    'freelancer',
    'designer',
    'copywriter',
    'photographer',
    'producer',
    'planner',
    'strategist',
    'marketer',
    'rep',
    'representative',
    'clerk',
    'receptionist',
    'hygienist',
    'librarian',
    'curator',
    'archivist',
    'campaign lead',
    'clinical lead',
    'outreach lead',
    'team lead',
    'project lead',
    'content lead',
    'social lead',
    'marketing lead',
    'community lead',
    'design lead',
    'volunteer coordinator',
    'developer relations',
    'devrel',
    'support engineer',
    'sdr',
    'owner',
    'volunteer'
  ])
}

/** Verbs with which a person or role carries something out (“Marta will check”, “the officer reads”). */
export const executorVerbs: Lexicon = {
  category: 'executor-verb',
  entries: entries([
    'will',
    'is responsible',
    'are responsible',
    'have agreed',
    'agreed to',
    'looks after',
    'coordinates',
    'manages',
    'handles',
    'owns',
    'organises',
    'organizes',
    'moderates',
    'maintains',
    'curates',
    'oversees',
    'edits',
    'is in charge',
    'signs off',
    'teaches',
    'does it',
    'does the'
  ])
}

/** Verbs that are also plural nouns (“posts”, “checks”): they act only before a function word. */
export const executorVerbsAmbiguous: Lexicon = {
  category: 'executor-verb-ambiguous',
  entries: entries([
    'checks',
    'runs',
    'posts',
    'writes',
    'leads',
    'reviews',
    'drops',
    'stops',
    'asks',
    'compares',
    'reports',
    'updates',
    'answers',
    'replies',
    'keeps',
    'reads',
    'hosts',
    'films',
    'designs',
    'chairs',
    'does',
    'makes',
    'visits',
    'collects',
    'delivers',
    'calls',
    'emails',
    'sends',
    'takes',
    'tracks',
    'books',
    'schedules',
    'drafts',
    'records',
    'translates',
    'welcomes',
    'trains',
    'staffs',
    'covers',
    'counts',
    'logs',
    'phones',
    'texts',
    'buys',
    'builds',
    'monitors',
    'watches',
    'searches',
    'looks at',
    'sets up',
    'prints',
    'photographs'
  ])
}

/** Labels that introduce whoever does the work (“Owner: Priya”, “Who: Dr Chen”). */
export const executorLabels: Lexicon = {
  category: 'executor-label',
  entries: entries([
    'owner',
    'lead',
    'who',
    'responsible',
    'accountable',
    'contact',
    'run by',
    'led by',
    'owned by',
    'prepared by',
    'written by',
    'designed by',
    'made by',
    'handled by',
    'managed by',
    'produced by',
    'by the',
    'by our',
    'author',
    'coordinator',
    'maintainer',
    'team',
    'staff',
    'people',
    'doing it',
    'who does it',
    'who does what',
    'point person',
    'who runs it',
    'who runs'
  ])
}

/** Building or growing a community: the verbs. */
export const communityVerbs: Lexicon = {
  category: 'community-verb',
  entries: entries([
    'build',
    'grow',
    'create',
    'foster',
    'nurture',
    'cultivate',
    'expand',
    'develop',
    'start',
    'scale',
    'launch',
    'establish',
    'form'
  ])
}

/** The community itself. */
export const communityWords: Lexicon = {
  category: 'community-word',
  entries: entries(['community', 'tribe', 'fanbase', 'movement'])
}

/**
 * What a community can form around: a lifestyle, identity, cause or craft
 * (Maximize Meaning's “meaningful social object”).
 */
export const sharedObjects: Lexicon = {
  category: 'shared-object',
  entries: entries([
    'cause',
    'craft',
    'lifestyle',
    'identity',
    'passion',
    'hobby',
    'interest',
    'shared',
    'together',
    'each other',
    'one another',
    'who',
    'whose',
    'mission',
    'belief',
    'practice',
    'skill',
    'learning',
    'problem',
    'issue',
    'campaign',
    'struggle',
    'neighbourhood',
    'neighborhood',
    'place',
    'town',
    'village',
    'street',
    'estate',
    'sport',
    'game',
    'music',
    'art',
    'faith',
    'language',
    'culture',
    'heritage',
    'recovery',
    'condition',
    'care'
  ])
}

/** Describing an audience as a mass rather than as people. */
export const massAudience: Lexicon = {
  category: 'mass-audience',
  entries: entries([
    'eyeballs',
    'impressions',
    'target demographic',
    'demographic',
    'household income',
    'hhi',
    'income',
    'abc1',
    'abc1c2',
    'gen z',
    'millennials',
    'affluent',
    'addressable',
    'reachable',
    'maximum reach',
    'max reach',
    'reach millions',
    'millions of',
    'aged',
    'age group',
    'adults',
    'consumers',
    'decision-makers',
    'decision makers',
    'professionals',
    'segment',
    'target market',
    'urban',
    'suburban',
    'footprint'
  ])
}

/** A person, need or situation in an audience description. */
export const audienceNeeds: Lexicon = {
  category: 'audience-need',
  entries: entries([
    'who',
    'whose',
    'need',
    'struggle',
    'worried',
    'afraid',
    'scared',
    'lonely',
    'alone',
    'isolated',
    'trying to',
    'looking for',
    'because',
    'when they',
    'situation',
    'barrier',
    'problem',
    'cannot',
    "can't",
    "don't",
    "doesn't",
    'never',
    'first-time',
    'stuck',
    'embarrassed',
    'confused',
    'miss',
    'lose',
    'lost',
    'hate',
    'love',
    'care about',
    'caring for',
    'living with',
    'recently',
    'just moved',
    'new to',
    'hope',
    'fear',
    'pain',
    'frustrated',
    'tired',
    'night shift',
    'shift workers'
  ])
}

/** Listening and monitoring activities. */
export const listening: Lexicon = {
  category: 'listening',
  entries: entries([
    'social listening',
    'listening tool',
    'listening dashboard',
    'listening across',
    'listening on',
    'monitor',
    'track mentions',
    'track every mention',
    'track competitor',
    'brand mentions',
    'competitor mentions',
    'mentions of',
    'keep an eye on',
    'keyword alerts',
    'google alerts',
    'set up alerts',
    'sentiment',
    'sentiment report',
    'sentiment dashboard',
    'share of voice',
    'share-of-voice',
    'sprinklr',
    'brandwatch',
    'talkwalker',
    'brand24',
    'sprout social',
    'listen to',
    'listening',
    'watch the',
    'watch for',
    'scan'
  ])
}

/** What ties a listening activity to a purpose or a decision. */
export const listeningPurposes: Lexicon = {
  category: 'listening-purpose',
  entries: entries([
    'so that',
    'so we',
    'so they',
    'so the',
    'so our',
    'so someone',
    'so anyone',
    'so nobody',
    'to decide',
    'decide',
    'decision',
    'inform',
    'feeds',
    'feed into',
    'to choose',
    'chooses',
    'to find',
    'to invite',
    'to offer',
    'to answer',
    'to fix',
    'to change',
    'to learn',
    'to spot',
    'to catch',
    'to see whether',
    'to understand',
    'tells us',
    'used to',
    'use it to',
    'in order to',
    'to help',
    'to respond',
    'to improve',
    'to shape',
    'shapes',
    'sets the',
    'agenda',
    'brief',
    'action',
    'acts on',
    'follow up',
    'why',
    'for a reason',
    'priorities',
    'prioritise',
    'prioritize'
  ])
}

/** Leaving, stopping or moving away from a channel. */
export const channelExits: Lexicon = {
  category: 'channel-exit',
  entries: entries([
    'drop',
    'stop',
    'pause',
    'cut',
    'close',
    'quit',
    'leave it',
    'leave them',
    'leave the',
    'replace',
    'abandon',
    'sunset',
    'budget moves',
    'time goes',
    'moved to',
    'shift to',
    'retirement',
    'shut down',
    'pull out',
    'kill',
    'discontinue',
    'shift budget',
    'move budget',
    'put the time',
    'redirect',
    'go back to',
    'archive',
    'close it',
    'stays only',
    'goes back'
  ])
}

/** Judging a channel: asking where people came from, reviewing each channel. */
export const channelJudging: Lexicon = {
  category: 'channel-judging',
  entries: entries([
    'how they heard',
    'heard about us',
    'heard of us',
    'heard about the',
    'heard of the',
    'how did you hear',
    'how they found',
    'found us',
    'came from',
    'referral source',
    'channel review',
    'channel by channel',
    'judge',
    'on trial',
    'a trial',
    'trial period',
    'month trial',
    'week trial',
    'keep or drop',
    'change course',
    'brought nobody',
    'brought no one',
    'brings nobody',
    'reached nobody',
    'nobody mentions'
  ])
}

/** Channels taken one by one: judged only with a verb of judging or leaving. */
export const channelEach: Lexicon = {
  category: 'channel-each',
  entries: entries([
    'each channel',
    'every channel',
    'any channel',
    'which channel',
    'per channel',
    'by channel',
    'each platform',
    'every platform',
    'any platform',
    'which platform',
    'any paid channel',
    'each one',
    'a place that',
    'each group'
  ])
}

/** Verbs and labels of judging: reviewing, comparing, measuring (a KPI column in a channel table). */
export const judgingWords: Lexicon = {
  category: 'judging-word',
  entries: entries([
    'review',
    'check',
    'compare',
    'measure',
    'measured by',
    'assess',
    'evaluate',
    'look at',
    'ask',
    'test',
    'kpi',
    'metric',
    'how we judge',
    "how we'll judge",
    'cost per',
    'cost-per'
  ])
}

/** Conditions under which something is left (“if it brought nobody”, “anything that”). */
export const exitConditions: Lexicon = {
  category: 'exit-condition',
  entries: entries([
    'if',
    'unless',
    'nobody',
    'no one',
    'none',
    'anything',
    'whatever',
    'any that',
    'any channel',
    'fewer than',
    'under',
    'below',
    'less than',
    'above',
    'more than',
    'worst',
    'fails',
    'twice',
    'in a row',
    'running',
    'empty',
    'nowhere',
    "didn't",
    "isn't",
    "doesn't",
    "hasn't",
    'over'
  ])
}

/** Unnamed authority: who a guru-appeal leans on. */
export const guruAuthorities: Lexicon = {
  category: 'guru-authority',
  entries: entries([
    'guru',
    'expert',
    'analyst',
    'best practice',
    'industry best practice',
    'industry standard',
    'thought leaders',
    'everyone',
    'everybody',
    'every indie',
    'every major',
    'influencers',
    'the internet',
    'studies show',
    'people say',
    'they say'
  ])
}

/** What an unnamed authority does in an appeal: says, agrees, is on it already. */
export const guruClaims: Lexicon = {
  category: 'guru-claim',
  entries: entries([
    'say',
    'said',
    'agree',
    'recommend',
    'insist',
    'tell us',
    'keep saying',
    'is on',
    'are on',
    'is moving',
    'are moving',
    'has moved',
    'have moved',
    'is doing',
    'are doing',
    'is now',
    'should',
    'must',
    'needs',
    'is king',
    'has gone',
    'all agree'
  ])
}

/** Fashion as a reason: following everyone else. */
export const fashionAppeals: Lexicon = {
  category: 'fashion-appeal',
  entries: entries([
    'be there too',
    'have to be too',
    'need to be too',
    'fall behind',
    'left behind',
    'fomo',
    'everyone else is',
    'table stakes',
    'standard practice',
    'according to'
  ])
}

/** Objectives counted as business or attention numbers, for human-objective. */
export const businessObjectives: Lexicon = {
  category: 'business-objective',
  entries: entries([
    'followers',
    'likes',
    'fans',
    'friends',
    'impressions',
    'views',
    'reach',
    'shares',
    'subscribers',
    'awareness',
    'buzz',
    'hype',
    'engagement',
    'engagement rate',
    'influence',
    'influential',
    'thought leader',
    'thought leadership',
    'viral',
    'go viral',
    'stars',
    'wishlists',
    'tickets',
    'sold out',
    'money',
    'raise',
    'donations',
    'revenue',
    'sales',
    'market share',
    'share of voice',
    'foot traffic',
    'footfall',
    'premium',
    'quotes',
    'deposits',
    'accounts opened',
    'new accounts',
    'applications',
    'cost per',
    'visitor spend',
    'overnight stays',
    'bookings',
    'memberships',
    'sign-ups',
    'signups',
    'sign ups',
    'conversion',
    'convert',
    'leads',
    'mqls',
    'pipeline',
    'demo',
    'arr',
    'mrr',
    'net revenue retention',
    'cac',
    'payback',
    'sites live',
    'roi',
    'profit',
    'margin',
    'community size',
    'grow our community',
    'members',
    'downloads',
    'installs',
    'clicks',
    'click-through',
    'ctr',
    'traffic',
    'website visits',
    'open rate',
    'go-to',
    'number one',
    'transactions',
    'covers',
    'most influential'
  ])
}

/** Words that label objectives proper, in a heading or before a colon (“Goals:”, “What we want”). */
export const goalLabels: Lexicon = {
  category: 'goal-label',
  entries: entries([
    'goal',
    'objective',
    'aim',
    'target',
    'kpi',
    'okr',
    'key results',
    'what we want',
    'what we hope',
    'north star',
    'ambition'
  ])
}

/** What changes for people: the mark of a human objective. */
export const humanOutcomes: Lexicon = {
  category: 'human-outcome',
  entries: entries([
    'feel',
    'felt',
    'fewer',
    'less',
    'safe',
    'able to',
    'on time',
    'saved',
    'stress',
    'lonely',
    'confident',
    'comfortable',
    'wellbeing',
    'learn',
    'get help',
    'coming back',
    'keeping their',
    'foster',
    'savers',
    'traders',
    'tutors',
    'carers',
    'over-65s',
    'clubs',
    'uptake',
    'take part',
    'a say',
    'turnout',
    'under-represented',
    'adopted',
    'build something',
    'as promised',
    'no longer',
    'instead of',
    'without',
    'second season'
  ])
}
