import type {Lexicon} from '../types.js'

/**
 * Goals, measures and the shapes of tactics: the words behind the strategy-
 * versus-tactic and goals-and-measures rules. Lexicons match on Porter stems,
 * so one entry covers its inflections; where a stem is shared by an unrelated
 * word (likes/like, followers/following, engagement/engaging) rules compare the
 * written form with the entry (see `writtenAsListed` in goal-statements.ts),
 * which is why such entries list every form they accept.
 */

const entries = (phrases: readonly string[]) => phrases.map((phrase) => ({phrase}))

/**
 * Counts of attention: they signal an outcome at best, and stand in for one
 * at worst (“chasing friends and likes”).
 */
export const vanityMetrics: Lexicon = {
  category: 'vanity-metric',
  entries: entries([
    'likes',
    'page likes',
    'post likes',
    'followers',
    'follower',
    'follower growth',
    'follower count',
    'follower counts',
    'followings',
    'fan count',
    'impressions',
    'views',
    'video views',
    'story views',
    'page views',
    'reach',
    'shares',
    'retweets',
    'reposts',
    'upvotes',
    'github stars',
    'subscriber count',
    'subscribers count',
    'audience size',
    'community size',
    'fanbase',
    'fan base',
    'eyeballs'
  ])
}

/**
 * Counts that are attention only on a platform: “MySpace friends”, “Facebook
 * fans”, “GitHub stars”; “tag three friends” or “football fans” are people.
 */
export const platformVanityMetrics: Lexicon = {
  category: 'platform-vanity-metric',
  entries: entries([
    'friends',
    'fans',
    'following',
    'hearts',
    'stars',
    'subscribers',
    'members',
    'connections'
  ])
}

/** Phrases with a vanity word that count something else: shares in a co-op, views as opinions, reach as distance. */
export const notVanityMetrics: Lexicon = {
  category: 'not-vanity-metric',
  entries: entries(['market share', 'shares in', 'friends of', 'views on', 'in reach', 'reach out'])
}

/**
 * “Push product”, “build buzz”, “engage consumers”: the three goals most social
 * media strategies have, and their everyday phrasings.
 */
export const pushBuzzEngage: Lexicon = {
  category: 'push-buzz-engage',
  entries: entries([
    'push product',
    'build buzz',
    'buzz around',
    'build hype',
    'build awareness',
    'raise awareness',
    'drive awareness',
    'generate awareness',
    'increase awareness',
    'grow awareness',
    'create awareness',
    'spread awareness',
    'build brand awareness',
    'increase brand awareness',
    'engage audiences',
    'engage followers',
    'increase engagement',
    'drive engagement',
    'improve engagement',
    'more engagement',
    'higher engagement'
  ])
}

/**
 * The same three goals as measures (“brand awareness”, “engagement rate”):
 * they count only where the plan states an aim, because the bare words also
 * name jobs and departments (“Engagement Officer”, “Learning and Engagement”).
 */
export const pushBuzzEngageMeasures: Lexicon = {
  category: 'push-buzz-engage-measure',
  entries: entries([
    'brand awareness',
    'awareness',
    'buzz',
    'hype',
    'engagement',
    'engagement rate',
    'engagement rates',
    'top of mind',
    'top-of-mind',
    'share of voice',
    'brand lift',
    'product push'
  ])
}

/** Influence as the objective: becoming influential, thought leadership. */
export const influenceGoals: Lexicon = {
  category: 'influence-goal',
  entries: entries([
    'thought leader',
    'thought leadership',
    'thought-leadership',
    'influential',
    'most influential',
    'influence'
  ])
}

/** Virality as an aim. */
export const viralAims: Lexicon = {
  category: 'viral',
  entries: entries([
    'viral',
    'go viral',
    'viral campaign',
    'viral video',
    'viral challenge',
    'viral content'
  ])
}

/** “Goes viral”, “went viral”: a description of what happens, or happened, not an aim. */
export const viralDescriptions: Lexicon = {
  category: 'viral-description',
  entries: entries([
    'goes viral',
    'went viral'
    // The medical sense, in health plans.
  ])
}

/** Words that announce a goal, target or measure of success. */
export const goalCues: Lexicon = {
  category: 'goal-cue',
  entries: entries([
    'goal',
    'aim',
    'objective',
    'target',
    'kpi',
    'okr',
    'key result',
    'success',
    'we want',
    'we want to',
    'we hope',
    'we hope to',
    'ambition',
    'we aim',
    'by the end of',
    'by end of',
    'by year end',
    'would love',
    "we'd love",
    'we need to',
    'measured by',
    'measure success',
    'number of',
    'how many',
    'percentage of',
    'share of',
    'rate of',
    'median',
    'baseline',
    'guaranteed'
  ])
}

/** “Target audience”, “customer success”: goal words that name something else. */
export const notGoalCues: Lexicon = {
  category: 'not-goal-cue',
  entries: entries([
    'target audience',
    'target demographic',
    'target market',
    'target group',
    'target user',
    'customer success',
    'success story'
  ])
}

/**
 * Verbs of growing a number or a standing: in a goal (“Grow followers to
 * 5,000”, “Become the most influential voice”) they make a count the aim.
 */
export const growthVerbs: Lexicon = {
  category: 'growth-verb',
  entries: entries([
    'grow',
    'increase',
    'reach',
    'hit',
    'gain',
    'get',
    'double',
    'triple',
    'boost',
    'drive',
    'achieve',
    'generate',
    'deliver',
    'more',
    'build',
    'maximise',
    'maximize',
    'earn',
    'rack up',
    'secure',
    'attract',
    'win',
    'exceed',
    'top',
    'become',
    'establish',
    'position',
    'make',
    'be the',
    'be a',
    'be more',
    'expand',
    'extend',
    'raise',
    'improve',
    'lift',
    'climb'
  ])
}

/**
 * Words that mark a number as a signal read for a decision, not a target:
 * the leave-alone case of the vanity-metrics rule.
 */
export const signalCues: Lexicon = {
  category: 'signal-cue',
  entries: entries([
    'signal',
    'as a signal',
    'indicator',
    'proxy',
    'not a target',
    'tells us',
    'tell us whether',
    'sanity check',
    'diagnostic',
    'only as',
    'only to'
  ])
}

/**
 * “Why now”, “Why us”: headings with a purpose word that argue timing or a
 * pitch, not what the plan is for.
 */
export const notPurposeHeadings: Lexicon = {
  category: 'not-purpose-heading',
  entries: entries(['why now', 'why this works', 'why it works'])
}

/** Formats, tools and mechanics: what a tactic is made of. */
export const tacticFormats: Lexicon = {
  category: 'tactic-format',
  entries: [
    ...entries([
      'carousel',
      'reel',
      'instagram stories',
      'ig stories',
      'stories on',
      'shorts',
      'video',
      'clip',
      'thread',
      'livestream',
      'live stream',
      'ama',
      'takeover',
      'giveaway',
      'contest',
      'competition',
      'sweepstake',
      'challenge',
      'meme',
      'ugc',
      'user-generated content',
      'teaser',
      'trailer',
      'hashtag',
      'template',
      'boosted post',
      'sponsored post',
      'sponsored content',
      'paid boost',
      'pre-roll',
      'ad',
      'creator',
      'influencer',
      'micro-influencer',
      'seeding',
      'unboxing',
      'infographic',
      'gif',
      'poll',
      'q&a',
      'behind the scenes',
      'behind-the-scenes',
      'tip',
      'series',
      'photo',
      'post',
      'tweet',
      'newsletter',
      'podcast',
      'episode',
      'webinar',
      'office hours',
      'trending audio',
      'trending sound',
      'duet',
      'stitch',
      'sticker',
      'reshare',
      'repost',
      'cross-post',
      'pinned post',
      'banner',
      'content pillar',
      'content calendar',
      'editorial calendar',
      'posting schedule',
      'advocacy tool',
      'scheduling tool',
      'scheduler',
      'paid social',
      'paid media',
      'retargeting',
      'boosted',
      'sponsored',
      'design tool',
      'thumbnail',
      'qr code',
      'signage'
    ]),
    // Tool names that are also words (Buffer, Later) only count when capitalized.
    ...[
      'Canva',
      'Buffer',
      'Hootsuite',
      'Sprout Social',
      'Linktree',
      'CapCut',
      'Mailchimp',
      'Sprinklr',
      'Brandwatch'
    ].map((phrase) => ({phrase, capitalized: true}))
  ]
}

/**
 * Words by which a tactic says what it is for: “so that”, “because”, “to help”.
 * A purpose cue counts too; these are the shorter connectives of a list item.
 */
export const reasonCues: Lexicon = {
  category: 'reason-cue',
  entries: entries([
    'so that',
    'so',
    'because',
    'since',
    'in order to',
    'to help',
    'to let',
    'to make sure',
    'to support',
    'for anyone',
    'for anything',
    'for people',
    'for those',
    'which means',
    'that way',
    'why',
    'purpose',
    'reason',
    'meaning',
    'lets',
    'helps',
    'where people'
  ])
}

/**
 * Heading words that reject what the section lists: “What we won't do”,
 * “Out of scope”, “Not doing”. Everything under such a heading is turned down.
 */
export const rejectingHeadings: Lexicon = {
  category: 'rejecting-heading',
  entries: entries([
    "won't",
    'will not',
    'not',
    "don't",
    'do not',
    'never',
    'avoid',
    'out of scope',
    'not doing',
    "don'ts",
    'rejected',
    'ruled out',
    'dropped',
    "what we're not"
  ])
}

/** Words that put a sentence in the past: it reports what happened, it does not aim. */
export const pastCues: Lexicon = {
  category: 'past-cue',
  entries: entries([
    'was',
    'were',
    'had',
    'did',
    'went',
    'became',
    'last year',
    'last month',
    'last week',
    'last summer',
    'last winter',
    'last spring',
    'last fall',
    'last time',
    'years ago',
    'ago',
    'previously',
    'in the past',
    'used to',
    'back in'
  ])
}

/** Words that look forward: a sentence with one of them may aim, whatever else it says. */
export const futureCues: Lexicon = {
  category: 'future-cue',
  entries: entries([
    'will',
    "we'll",
    'going to',
    'plan to',
    'want',
    'aim',
    'hope',
    'should',
    'must',
    'need to',
    "let's",
    'next year',
    'this year',
    'by the end of',
    'would love',
    "we'd love",
    'try to'
  ])
}

/**
 * Sentence openers that deny the whole sentence: “None of this is about going
 * viral”, “Nobody here wants likes”, “The last thing we want is buzz”.
 */
export const negatingOpeners: Lexicon = {
  category: 'negating-opener',
  entries: entries(['none', 'none of', 'nobody', 'no one', 'neither', 'nothing'])
}
