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
    'likes', 'page likes', 'post likes', 'followers', 'follower', 'follower growth', 'follower count', 'follower counts',
    'followings', 'fan count', 'impressions', 'views', 'video views', 'story views', 'page views', 'reach', 'shares',
    'retweets', 'reposts', 'upvotes', 'github stars', 'subscriber count', 'subscribers count', 'audience size',
    'community size', 'fanbase', 'fan base', 'eyeballs'
  ])
}

/**
 * Counts that are attention only on a platform: “MySpace friends”, “Facebook
 * fans”, “GitHub stars”; “tag three friends” or “football fans” are people.
 */
export const platformVanityMetrics: Lexicon = {
  category: 'platform-vanity-metric',
  entries: entries(['friends', 'fans', 'following', 'hearts', 'stars', 'subscribers', 'members', 'connections'])
}

/** Phrases with a vanity word that count something else: shares in a co-op, views as opinions, reach as distance. */
export const notVanityMetrics: Lexicon = {
  category: 'not-vanity-metric',
  entries: entries([
    'market share', 'share offer', 'community shares', 'shares in', 'share capital', 'shareholders', 'friends of',
    'views from', 'views of residents', 'views of people', 'their views', 'your views', 'hear the views', 'gather views',
    'collect views', 'seek views', 'views on', 'within reach', 'out of reach', 'in reach', 'reach out', 'reaching out'
  ])
}

/**
 * “Push product”, “build buzz”, “engage consumers”: the three goals most social
 * media strategies have, and their everyday phrasings.
 */
export const pushBuzzEngage: Lexicon = {
  category: 'push-buzz-engage',
  entries: entries([
    'push product', 'push products', 'push the product', 'push our product', 'push our products', 'push sales',
    'push the range', 'push the new range', 'shift product', 'shift units', 'move product', 'move units',
    'build buzz', 'create buzz', 'generate buzz', 'drive buzz', 'get buzz', 'get people buzzing', 'buzz around', 'buzz about',
    'build hype', 'create hype', 'generate hype', 'drive hype', 'hype around', 'hype up',
    'build awareness', 'raise awareness', 'drive awareness', 'generate awareness', 'increase awareness', 'grow awareness',
    'create awareness', 'boost awareness', 'spread awareness', 'build brand awareness', 'raise brand awareness',
    'drive brand awareness', 'increase brand awareness', 'grow brand awareness', 'stay top of mind', 'be top of mind',
    'engage consumers', 'engage customers', 'engage our customers', 'engage our audience', 'engage the audience',
    'engage audiences', 'engage users', 'engage fans', 'engage followers',
    'increase engagement', 'drive engagement', 'boost engagement', 'grow engagement', 'improve engagement',
    'more engagement', 'higher engagement', 'maximise engagement', 'maximize engagement', 'build engagement',
    'increased engagement', 'engagement up', 'engagement growth'
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
    'brand awareness', 'awareness', 'buzz', 'hype', 'engagement', 'engagement rate', 'engagement rates', 'top of mind',
    'top-of-mind', 'share of voice', 'brand lift', 'product push'
  ])
}

/** Influence as the objective: becoming influential, thought leadership. */
export const influenceGoals: Lexicon = {
  category: 'influence-goal',
  entries: entries([
    'thought leader', 'thought leaders', 'thought leadership', 'thought-leader', 'thought-leadership',
    'influential', 'most influential', 'more influential', 'influence', 'leading voice', 'go-to voice',
    'go-to authority', 'trusted authority', 'voice of the industry', 'own the conversation'
  ])
}

/** Virality as an aim. */
export const viralAims: Lexicon = {
  category: 'viral',
  entries: entries(['viral', 'virality', 'go viral', 'viral campaign', 'viral video', 'viral challenge', 'viral content'])
}

/** “Goes viral”, “went viral”: a description of what happens, or happened, not an aim. */
export const viralDescriptions: Lexicon = {
  category: 'viral-description',
  entries: entries([
    'goes viral', 'went viral', 'gone viral', 'has gone viral', 'had gone viral',
    // The medical sense, in health plans.
    'viral infection', 'viral infections', 'viral illness', 'viral illnesses', 'viral load', 'viral disease', 'viral diseases'
  ])
}

/** Words that announce a goal, target or measure of success. */
export const goalCues: Lexicon = {
  category: 'goal-cue',
  entries: entries([
    'goal', 'goals', 'aim', 'aims', 'aiming', 'objective', 'objectives', 'target', 'targets', 'targeting', 'kpi', 'kpis',
    'okr', 'okrs', 'key result', 'key results', 'success', 'we want', 'we want to', 'we hope', 'we hope to',
    'ambition', 'we will achieve', 'we aim', 'the plan is to', 'by the end of', 'by end of', 'by year end', 'by year-end',
    'would love', 'we\'d love', 'we need to', 'measured by', 'measure success', 'number of', 'how many', 'percentage of',
    'proportion of', 'share of', 'rate of', 'median', 'baseline', 'we will promise', "we'll promise", 'we promise',
    'we guarantee', 'guaranteed'
  ])
}

/** “Target audience”, “customer success”: goal words that name something else. */
export const notGoalCues: Lexicon = {
  category: 'not-goal-cue',
  entries: entries([
    'target audience', 'target audiences', 'target demographic', 'target demographics', 'target market', 'target markets',
    'target group', 'target groups', 'target customer', 'target customers', 'target persona', 'target personas',
    'target segment', 'target segments', 'target user', 'target users', 'target reader', 'target readers',
    'customer success', 'success story', 'success stories'
  ])
}

/**
 * Verbs of growing a number or a standing: in a goal (“Grow followers to
 * 5,000”, “Become the most influential voice”) they make a count the aim.
 */
export const growthVerbs: Lexicon = {
  category: 'growth-verb',
  entries: entries([
    'grow', 'increase', 'reach', 'hit', 'gain', 'get', 'double', 'triple', 'boost', 'drive', 'achieve', 'generate',
    'deliver', 'more', 'build', 'maximise', 'maximize', 'earn', 'rack up', 'secure', 'attract', 'win', 'exceed',
    'surpass', 'top', 'become', 'establish', 'position', 'make', 'be seen as', 'be recognised as', 'be recognized as',
    'be known as', 'be the', 'be a', 'be more', 'cement', 'expand', 'extend', 'raise', 'improve', 'lift', 'climb'
  ])
}

/**
 * Words that mark a number as a signal read for a decision, not a target:
 * the leave-alone case of the vanity-metrics rule.
 */
export const signalCues: Lexicon = {
  category: 'signal-cue',
  entries: entries([
    'signal', 'signals', 'as a signal', 'indicator', 'indicators', 'proxy', 'not a target', 'not the goal',
    'not a goal', 'not an objective', 'tells us', 'tell us whether', 'sanity check', 'health check', 'diagnostic',
    'we won\'t steer by', 'not steer by', 'only as', 'only to', 'sizes the', 'context only', 'for context'
  ])
}

/**
 * “Why now”, “Why us”: headings with a purpose word that argue timing or a
 * pitch, not what the plan is for.
 */
export const notPurposeHeadings: Lexicon = {
  category: 'not-purpose-heading',
  entries: entries(['why now', 'why us', 'why we win', 'why we\'ll win', 'why this works', 'why it works', 'why pick us', 'why choose us', 'why hire us'])
}

/** Formats, tools and mechanics: what a tactic is made of. */
export const tacticFormats: Lexicon = {
  category: 'tactic-format',
  entries: [
    ...entries([
    'carousel', 'carousels', 'reel', 'reels', 'instagram stories', 'ig stories', 'stories on', 'shorts', 'video', 'videos',
    'clip', 'clips', 'thread', 'threads', 'livestream', 'live stream', 'ama', 'takeover', 'takeovers', 'giveaway',
    'giveaways', 'contest', 'competition', 'sweepstake', 'challenge', 'meme', 'memes', 'ugc', 'user-generated content',
    'teaser', 'teasers', 'trailer', 'hashtag', 'hashtags', 'template', 'templates', 'boosted post', 'boosted posts',
    'sponsored post', 'sponsored content', 'paid boost', 'paid boosts', 'pre-roll', 'ad', 'ads', 'creator', 'creators',
    'influencer', 'influencers', 'micro-influencer', 'micro-influencers', 'seeding', 'unboxing', 'infographic', 'gif',
    'poll', 'polls', 'q&a', 'behind the scenes', 'behind-the-scenes', 'tip', 'tips', 'series', 'photo', 'photos',
    'post', 'posts', 'tweet', 'tweets', 'newsletter', 'podcast', 'episode', 'episodes', 'webinar', 'office hours',
    'office hour', 'trending audio', 'trending sound', 'trending sounds', 'duet', 'duets', 'stitch', 'stitches', 'sticker',
    'reshare', 'reshares', 'repost', 'cross-post', 'cross-posting', 'channel structure', 'pinned post', 'banner',
    'content pillar', 'content pillars', 'content calendar', 'editorial calendar', 'posting schedule',
    'advocacy tool', 'scheduling tool', 'scheduler', 'paid social', 'paid media', 'retargeting', 'boosted', 'sponsored',
    'scheduling app', 'design tool', 'thumbnail', 'qr code', 'signage'
  ]),
  // Tool names that are also words (Buffer, Later) only count when capitalized.
  ...['Canva', 'Buffer', 'Hootsuite', 'Sprout Social', 'Linktree', 'CapCut', 'Mailchimp', 'Sprinklr', 'Brandwatch'].map(
    (phrase) => ({phrase, capitalized: true})
  )
  ]
}

/**
 * Words by which a tactic says what it is for: “so that”, “because”, “to help”.
 * A purpose cue counts too; these are the shorter connectives of a list item.
 */
export const reasonCues: Lexicon = {
  category: 'reason-cue',
  entries: entries([
    'so that', 'so', 'because', 'since', 'in order to', 'to help', 'to let', 'to make sure', 'to reassure', 'to support',
    'for anyone', 'for anything', 'for people', 'for those', 'which means', 'which helps', 'that way', 'why', 'purpose',
    'reason', 'meaning', 'lets', 'helps', 'where people'
  ])
}

/**
 * Heading words that reject what the section lists: “What we won't do”,
 * “Out of scope”, “Not doing”. Everything under such a heading is turned down.
 */
export const rejectingHeadings: Lexicon = {
  category: 'rejecting-heading',
  entries: entries([
    'won\'t', 'will not', 'not', 'don\'t', 'do not', 'never', 'avoid', 'avoiding', 'out of scope', 'not doing',
    'don\'ts', 'say no to', 'rejected', 'ruled out', 'dropped', 'anti-goals', 'non-goals', 'non goals', 'what we\'re not'
  ])
}

/** Words that put a sentence in the past: it reports what happened, it does not aim. */
export const pastCues: Lexicon = {
  category: 'past-cue',
  entries: entries([
    'was', 'were', 'had', 'did', 'went', 'became', 'last year', 'last month', 'last week', 'last summer', 'last winter',
    'last spring', 'last autumn', 'last fall', 'last time', 'years ago', 'months ago', 'ago', 'previously', 'in the past',
    'used to', 'back in', 'once had'
  ])
}

/** Words that look forward: a sentence with one of them may aim, whatever else it says. */
export const futureCues: Lexicon = {
  category: 'future-cue',
  entries: entries([
    'will', 'we\'ll', 'shall', 'going to', 'plan to', 'planning to', 'want', 'aim', 'hope', 'should', 'must', 'need to',
    'let\'s', 'next year', 'this year', 'by the end of', 'would love', 'we\'d love', 'try to', 'trying to'
  ])
}

/**
 * Sentence openers that deny the whole sentence: “None of this is about going
 * viral”, “Nobody here wants likes”, “The last thing we want is buzz”.
 */
export const negatingOpeners: Lexicon = {
  category: 'negating-opener',
  entries: entries(['none', 'none of', 'nobody', 'no one', 'no-one', 'neither', 'nothing', 'the last thing', 'at no point'])
}
