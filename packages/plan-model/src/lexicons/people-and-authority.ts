import type {Lexicon} from '../types.js'

/**
 * Words for the people-and-authority rules: who carries a plan out, who a
 * community is, how an audience is described, what listening is for, how a
 * channel is judged and left, and whose say-so a choice rests on. Matched on
 * Porter stems, so plurals and inflections come for free.
 */

const entries = (phrases: readonly string[]): Lexicon['entries'] => phrases.map((phrase) => ({phrase}))

/** Corporate boilerplate: words a purpose can be made of without saying anything. */
export const boilerplate: Lexicon = {
  category: 'boilerplate',
  entries: entries([
    'leading provider', 'world-class', 'world class', 'best-in-class',
    'best in class', 'committed to excellence', 'commitment to excellence', 'dedicated to excellence',
    'passion for excellence', 'pursuit of excellence', 'excellence in everything', 'innovative solutions',
    'innovative solution', 'solutions provider', 'solutions partner', 'synergy', 'synergies', 'synergistic',
    'cutting-edge', 'cutting edge', 'state-of-the-art', 'state of the art', 'industry-leading', 'industry leading',
    'market-leading', 'market leading', 'premier provider', 'value-added', 'customer-centric', 'best-of-breed',
    'next-generation solutions', 'end-to-end solutions', 'holistic solutions', 'stakeholder value',
    'exceed expectations', 'exceeding expectations', 'unparalleled', 'paradigm', 'leverage our', 'core competencies',
    'core competency', 'a trusted partner', 'trusted partner of choice', 'partner of choice',
    'provider of choice', 'brand of choice', 'first choice', 'premium experiences', 'seamless experiences',
    'world-leading', 'world leading', 'global leader', 'innovation-led'
  ])
}

/** Stock words that are boilerplate only in company: “innovative”, “excellence” alone are fine. */
export const weakBoilerplate: Lexicon = {
  category: 'boilerplate-weak',
  entries: entries(['innovative', 'innovation', 'excellence', 'a leading', 'first choice', 'thought leadership', 'solutions', 'passionate', 'dedicated', 'value', 'quality'])
}

/** Who carries a plan out: roles and teams of people (compared as written: “marketing” is not “marketer”). */
export const executorRoles: Lexicon = {
  category: 'executor-role',
  entries: entries([
    'manager', 'officer', 'coordinator', 'co-ordinator', 'organiser', 'organizer', 'head of', 'director', 'team',
    'intern', 'editor', 'ceo', 'cmo', 'coo', 'chief executive', 'founder', 'co-founder', 'maintainer', 'agency',
    'committee', 'chair', 'chairperson', 'secretary', 'treasurer', 'analyst', 'specialist', 'administrator',
    'moderator', 'ambassador', 'steward', 'trustee', 'staff', 'staffer', 'executive', 'associate', 'consultant',
    'freelancer', 'designer', 'copywriter', 'photographer', 'videographer', 'producer', 'planner', 'strategist',
    'marketer', 'rep', 'representative', 'clerk', 'receptionist', 'hygienist', 'librarian', 'curator', 'archivist',
    'caretaker', 'warden', 'campaign lead', 'clinical lead', 'outreach lead', 'team lead', 'project lead',
    'comms lead', 'content lead', 'social lead', 'marketing lead', 'digital lead', 'community lead', 'design lead',
    'volunteer coordinator', 'developer relations', 'devrel', 'support engineer', 'sdr', 'owner', 'volunteer'
  ])
}

/** Verbs with which a person or role carries something out (“Marta will check”, “the officer reads”). */
export const executorVerbs: Lexicon = {
  category: 'executor-verb',
  entries: entries([
    'will', "'ll", 'is responsible', 'are responsible', 'has agreed', 'have agreed', 'agreed to', 'looks after',
    'look after', 'coordinates', 'co-ordinates', 'manages', 'handles', 'owns', 'organises', 'organizes',
    'moderates', 'maintains', 'curates', 'oversees', 'edits', 'is in charge', 'takes care of', 'signs off',
    'teaches', 'sign off', 'does it', 'does the', 'does all'
  ])
}

/** Verbs that are also plural nouns (“posts”, “checks”): they act only before a function word. */
export const executorVerbsAmbiguous: Lexicon = {
  category: 'executor-verb-ambiguous',
  entries: entries([
    'checks', 'runs', 'posts', 'writes', 'leads', 'reviews', 'drops', 'stops', 'asks', 'compares', 'reports',
    'updates', 'answers', 'replies', 'keeps', 'reads', 'hosts', 'films', 'designs', 'chairs', 'does', 'makes',
    'visits', 'collects', 'delivers', 'calls', 'emails', 'sends', 'takes', 'tracks', 'books', 'schedules', 'drafts',
    'records', 'translates', 'welcomes', 'trains', 'staffs', 'covers', 'counts', 'logs', 'phones', 'texts',
    'buys', 'builds', 'monitors', 'watches', 'searches', 'looks at', 'sets up', 'prints', 'photographs'
  ])
}

/** Labels that introduce whoever does the work (“Owner: Priya”, “Who: Dr Chen”). */
export const executorLabels: Lexicon = {
  category: 'executor-label',
  entries: entries([
    'owner', 'owners', 'lead', 'leads', 'who', 'responsible', 'accountable', 'contact', 'contacts', 'run by',
    'led by', 'owned by', 'prepared by', 'written by', 'designed by', 'made by', 'handled by', 'managed by',
    'produced by', 'by the', 'by our', 'author', 'authors', 'coordinator', 'maintainer',
    'maintainers', 'team', 'staff', 'people', 'doing it', 'who does it', 'who does what', 'who looks after it', 'point person',
    'who runs it', 'who runs this', 'who runs'
  ])
}

/** Building or growing a community: the verbs. */
export const communityVerbs: Lexicon = {
  category: 'community-verb',
  entries: entries(['build', 'grow', 'create', 'foster', 'nurture', 'cultivate', 'expand', 'develop', 'start', 'scale', 'launch', 'establish', 'form'])
}

/** The community itself. */
export const communityWords: Lexicon = {
  category: 'community-word',
  entries: entries(['community', 'communities', 'tribe', 'fanbase', 'fan base', 'movement'])
}

/**
 * What a community can form around: a lifestyle, identity, cause or craft
 * (Maximize Meaning's “meaningful social object”).
 */
export const sharedObjects: Lexicon = {
  category: 'shared-object',
  entries: entries([
    'cause', 'craft', 'lifestyle', 'identity', 'passion', 'hobby', 'interest', 'love of', 'shared', 'share', 'together',
    'each other', 'one another', 'who', 'whose', 'mission', 'belief', 'practice', 'skill', 'learning', 'problem',
    'issue', 'campaign', 'struggle', 'neighbourhood', 'neighborhood', 'place', 'town', 'village', 'street', 'estate',
    'sport', 'game', 'music', 'art', 'faith', 'language', 'culture', 'heritage', 'recovery', 'condition', 'care'
  ])
}

/** Describing an audience as a mass rather than as people. */
export const massAudience: Lexicon = {
  category: 'mass-audience',
  entries: entries([
    'eyeballs', 'eyeball', 'impressions', 'target demographic', 'demographic', 'demographics', 'key demographic',
    'household income', 'hhi', 'income', 'abc1', 'abc1c2', 'c1c2', 'gen z', 'generation z', 'gen y', 'gen x',
    'millennials', 'millennial', 'boomers', 'baby boomers', 'mass-affluent', 'mass affluent', 'affluent',
    'addressable', 'reachable', 'maximum reach', 'max reach', 'mass reach', 'reach millions', 'millions of',
    'aged', 'ages', 'age band', 'age group', 'adults', 'consumers', 'decision-makers', 'decision makers',
    'professionals', 'segment', 'segments', 'target market', 'target markets', 'urban', 'suburban', 'footprint'
  ])
}

/** A person, need or situation in an audience description. */
export const audienceNeeds: Lexicon = {
  category: 'audience-need',
  entries: entries([
    'who', 'whose', 'need', 'needs', 'struggle', 'struggling', 'worried', 'worry', 'afraid',
    'scared', 'lonely', 'alone', 'isolated', 'trying to', 'looking for', 'because', 'when they', 'situation',
    'barrier', 'barriers', 'problem', 'problems', 'cannot', "can't", "don't", "doesn't", 'never', 'first-time',
    'stuck', 'embarrassed', 'ashamed', 'confused', 'miss', 'missing', 'lose', 'losing', 'lost', 'hate', 'love',
    'care about', 'caring for', 'living with', 'live with', 'recently', 'just moved', 'new to', 'hope', 'fear',
    'reassurance', 'pain', 'frustrated', 'frustration', 'tired', 'night shift', 'shift workers'
  ])
}

/** Listening and monitoring activities. */
export const listening: Lexicon = {
  category: 'listening',
  entries: entries([
    'social listening', 'listening tool', 'listening dashboard', 'always-on listening', 'brand listening',
    'listening across', 'listening on', 'listening through', 'monitor', 'monitoring', 'monitors', 'track mentions',
    'track every mention', 'track competitor', 'track brand', 'tracking mentions', 'mention tracking', 'brand mentions',
    'competitor mentions', 'mentions of', 'keep an eye on', 'keyword alerts', 'keyword alert', 'google alerts',
    'daily alerts', 'set up alerts', 'setting up alerts', 'alerts for our', 'alerts on our', 'sentiment', 'sentiment tracking', 'sentiment report', 'sentiment dashboard',
    'sentiment summary', 'share of voice', 'share-of-voice', 'sprinklr', 'brandwatch', 'talkwalker', 'radian6',
    'brand24', 'meltwater', 'sprout social', 'mention.com', 'hootsuite insights', 'netbase', 'pulsar', 'synthesio',
    'buzzsumo', 'social mention', 'crimson hexagon', 'listen to', 'listening', 'watch the', 'watch for', 'scan',
    'scanning', 'trawl', 'search for mentions', 'hootsuite listening', 'sprout listening', 'set up listening', 'ego-search',
    'egosearch', 'ego search', 'everything people say', 'what people say about', 'saved search',
    'setting up listening'
  ])
}

/** What ties a listening activity to a purpose or a decision. */
export const listeningPurposes: Lexicon = {
  category: 'listening-purpose',
  entries: entries([
    'so that', 'so we', 'so she', 'so he', 'so they', 'so the', 'so our', 'so someone', 'so anyone', 'so nobody',
    'to decide', 'decide', 'decides', 'decided', 'decision', 'decisions', 'inform', 'informs', 'feeds', 'feed into',
    'feeds into', 'to choose', 'chooses', 'to find', 'to invite', 'to offer', 'to answer', 'to fix', 'to change',
    'to learn', 'to spot', 'to catch', 'to see whether', 'to see which', 'to understand', 'tells us', 'used to',
    'uses to', 'use it to', 'in order to', 'to help', 'to reply', 'to respond', 'to correct', 'to improve',
    'to shape', 'shapes', 'sets the', 'set the', 'agenda', 'brief', 'action', 'acts on', 'act on', 'follow up',
    'follows up', 'why', 'for a reason', 'which recipe', 'which topic', 'priorities', 'prioritise', 'prioritize'
  ])
}

/** Leaving, stopping or moving away from a channel. */
export const channelExits: Lexicon = {
  category: 'channel-exit',
  entries: entries([
    'drop', 'stop', 'pause', 'cut', 'close', 'quit', 'leave it', 'leave them', 'leave a channel', 'leave that',
    'leave the', 'decide to leave', 'replace', 'abandon', 'sunset', 'wind down', 'budget moves', 'budget moved',
    'budget goes', 'time goes', 'moved to', 'move to', 'shift to', 'shifts to', 'retirement',
    'switch off', 'shut down', 'phase out', 'pull out', 'pull the plug', 'kill', 'discontinue', 'shift effort',
    'shift budget', 'shift the budget', 'move the time', 'move that time', 'move the budget', 'move budget',
    'move effort', 'put the time', 'spend the time', 'spend that time', 'moves budget', 'reallocate', 'redirect',
    'let go of', 'go back to', 'archive', 'archived', 'say goodbye', 'close it', 'close down', 'wound down', 'back to email', 'scale back', 'announcements-only', 'stay strictly',
    'stays only', 'stay only', 'only stays', 'only stay', 'move back', 'moves back', 'moved back', 'go back', 'goes back', 'back to paper',
    'recovery or retirement', 'candidate to drop'
  ])
}

/** Judging a channel: asking where people came from, reviewing each channel. */
export const channelJudging: Lexicon = {
  category: 'channel-judging',
  entries: entries([
    'how they heard', 'where they heard', 'heard about us', 'heard of us', 'heard about the', 'heard of the',
    'how did you hear', 'how did you find', 'how they found', 'found us through', 'found us', 'came from',
    'referral source', 'referral sources', 'sign-up source', 'sign-up sources', 'signup source', 'channel performance',
    'channel review', 'channel by channel', 'platform by platform', 'judge', 'judging', 'judged', 'on trial', 'a trial', 'as a trial', 'trial period', 'trial run', 'trial basis',
    'month trial', 'week trial', 'keep or drop', 'exit criteria', 'exit rule',
    'exit test', 'when we leave', 'when we will leave', 'when we\'ll leave', 'change course', 'which posts led',
    'brought nobody', 'brought no one',
    'brings nobody', 'reached nobody', 'reached no one', 'led nowhere', 'nobody names', 'nobody mentions',
    'nobody recalls', 'nobody would miss'
  ])
}

/** Channels taken one by one: judged only with a verb of judging or leaving. */
export const channelEach: Lexicon = {
  category: 'channel-each',
  entries: entries([
    'each channel', 'every channel', 'any channel', 'which channel', 'which channels', 'per channel', 'by channel',
    'each platform', 'every platform', 'any platform', 'which platform', 'each method', 'every method', 'each motion',
    'any paid channel', 'each one', 'each network', 'every network', 'each account', 'each place', 'every place',
    'a place that', 'any place', 'each outlet', 'any outlet', 'each group', 'each list', 'each medium'
  ])
}

/** Verbs and labels of judging: reviewing, comparing, measuring (a KPI column in a channel table). */
export const judgingWords: Lexicon = {
  category: 'judging-word',
  entries: entries([
    'review', 'reviews', 'reviewed', 'check', 'checks', 'checked', 'compare', 'compares', 'measure', 'measured',
    'measured by', 'assess', 'evaluate', 'look at', 'looks at', 'ask', 'asks', 'test', 'kpi', 'kpis', 'metric',
    'metrics', 'success measure', 'how we judge', 'how we\'ll judge', 'cost per', 'cost-per'
  ])
}

/** Conditions under which something is left (“if it brought nobody”, “anything that”). */
export const exitConditions: Lexicon = {
  category: 'exit-condition',
  entries: entries([
    'if', 'unless', 'nobody', 'no one', 'none', 'anything', 'whatever', 'any that', 'any channel', 'fewer than',
    'under', 'below', 'less than', 'above', 'more than', 'worst', 'fails', 'failed', 'twice', 'in a row',
    'running', 'empty', 'nowhere', 'didn\'t', "isn't", "doesn't", "hasn't", 'behind target', 'over'
  ])
}

/** Unnamed authority: who a guru-appeal leans on. */
export const guruAuthorities: Lexicon = {
  category: 'guru-authority',
  entries: entries([
    'guru', 'gurus', 'expert', 'experts', 'analyst', 'analysts', 'pundit', 'pundits', 'ninja', 'ninjas',
    'best practice', 'best practices', 'industry best practice', 'industry standard', 'thought leaders',
    'everyone', 'everybody', 'every brand', 'every indie', 'every top', 'every major', 'all the big brands',
    'the big brands', 'big brands', 'all our competitors', 'growth people', 'marketing people', 'growth coach', 'growth coaches',
    'marketing coach', 'marketing coaches', 'every coach', 'influencers',
    'the internet', 'conventional wisdom', 'common wisdom', 'the consensus', 'research shows', 'studies show',
    'the data says', 'people say', 'they say'
  ])
}

/** What an unnamed authority does in an appeal: says, agrees, is on it already. */
export const guruClaims: Lexicon = {
  category: 'guru-claim',
  entries: entries([
    'say', 'says', 'said', 'saying', 'agree', 'agrees', 'recommend', 'recommends', 'insist', 'insists', 'swear',
    'tell us', 'tells us', 'keep saying', 'is on', 'are on', "'s on", 'is moving', "'s moving", 'are moving',
    'has moved', 'have moved', 'is doing', 'are doing', 'are everywhere', 'is everywhere', 'is now', 'should',
    'must', 'needs', 'is king', 'is the benchmark', 'has gone', 'have gone',
    'were crystal clear', 'are crystal clear', 'are adamant', 'were adamant', 'all agree'
  ])
}

/** Fashion as a reason: following everyone else. */
export const fashionAppeals: Lexicon = {
  category: 'fashion-appeal',
  entries: entries([
    'next big thing', 'be there too', 'be on it too', 'have to be too', 'need to be too', 'be everywhere too',
    'fall behind', 'left behind', 'fear of missing out', 'fomo', 'everyone else is', 'everyone else does',
    'keep up with the', 'the place to be', 'table stakes', 'standard practice', 'common practice', 'it is said', 'according to'
  ])
}

/** Objectives counted as business or attention numbers, for human-objective. */
export const businessObjectives: Lexicon = {
  category: 'business-objective',
  entries: entries([
    'followers', 'follower', 'likes', 'fans', 'friends', 'impressions', 'views', 'reach', 'shares', 'subscribers',
    'awareness', 'buzz', 'hype', 'engagement', 'engagement rate', 'influence', 'influential', 'thought leader',
    'thought leadership', 'viral', 'virality', 'go viral', 'stars', 'wishlists', 'wishlist', 'tickets', 'ticket',
    'sell-outs', 'sold out', 'copies sold', 'money', 'raise', 'raised', 'donations', 'revenue', 'sales', 'sales lift',
    'market share', 'share of voice', 'basket share', 'foot traffic', 'footfall', 'aum', 'assets under management',
    'premium', 'premiums', 'quotes', 'deposits', 'accounts opened', 'new accounts', 'mortgage share', 'applications',
    'cost per', 'spend per head', 'visitor spend', 'overnight stays', 'bookings', 'memberships', 'membership',
    'sign-ups', 'signups', 'sign ups', 'conversion', 'convert', 'converted', 'leads', 'mqls', 'mql', 'pipeline',
    'demo', 'demos', 'arr', 'mrr', 'nrr', 'net revenue retention', 'cac', 'payback', 'sites live', 'customer sites',
    'roi', 'profit', 'margin', 'community size', 'grow our community', 'members', 'downloads', 'installs',
    'clicks', 'click-through', 'ctr', 'traffic', 'website visits', 'open rate', 'go-to', 'number one',
    'average basket', 'transactions', 'transaction share', 'in the door', 'covers', 'filled positions',
    'most influential'
  ])
}

/** Words that label objectives proper, in a heading or before a colon (“Goals:”, “What we want”). */
export const goalLabels: Lexicon = {
  category: 'goal-label',
  entries: entries([
    'goal', 'goals', 'objective', 'objectives', 'aim', 'aims', 'target', 'targets', 'kpi', 'kpis', 'okr', 'okrs',
    'key results', 'what we want', 'what we are aiming for', 'what we\'re aiming for', 'what we are hoping for',
    'what we\'re hoping for', 'hoping for', 'what we hope', 'north star', 'ambition',
    'ambitions', 'what we want to achieve', 'outcomes we want'
  ])
}

/** What changes for people: the mark of a human objective. */
export const humanOutcomes: Lexicon = {
  category: 'human-outcome',
  entries: entries([
    'feel', 'feels', 'feeling', 'felt', 'fewer', 'less', 'safer', 'safe', 'healthier', 'able to', 'back doing',
    'on time', 'saved', 'stress', 'stressful', 'lonely', 'confident', 'comfortable', 'wellbeing', 'well-being',
    'learn', 'learned', 'get help', 'coming back', 'come back', 'keeping their', 'keep their', 'foster',
    'fosterers', 'fosters', 'savers', 'traders', 'tutors', 'carers', 'over-65s', 'clubs', 'uptake', 'take part',
    'taking part', 'a say', 'turnout', 'under-represented', 'adopted', 'adoptions', 'rehomed', 'build something',
    'as promised', 'no longer', 'instead of', 'without', 'weeknight home', 'second season'
  ])
}
