import type {Lexicon} from '../types.js'

/**
 * Phrases that state a purpose on their own, wherever they stand: “we exist
 * so that”, “our purpose is”, “so families can”.
 */
export const statedPurposeCues: readonly string[] = [
  'we exist', 'exists to', 'exists so', 'our purpose',
  'the purpose', 'purpose is', 'why people should care', 'people should care', 'should care', 'what for',
  'so that', 'for people who',
  'we want to change', 'make a difference', 'here to',
  'mission is', 'why this matters', 'why it matters',
  'never have to', 'no longer', 'so nobody', 'so people',
  'so they', 'so families',
  'we want people', 'we want every', 'because people',
  "what we're for",
  'what it is for'
]

/** Phrases that point at a purpose but need people beside them, outside tactic lists (“we care”, “protect”). */
const weakPurposeCues: readonly string[] = [
  'matters to', 'what changes', 'make it easier', 'make it possible',
  'the reason we', 'we believe', 'we care', 'we are doing this', 'we do this', 'protect',
  'without having to', 'feel less'
]

/** Phrases that announce a purpose: what the effort exists to change. */
export const purposeCues: Lexicon = {
  category: 'purpose-cue',
  entries: [...statedPurposeCues, ...weakPurposeCues].map((phrase) => ({phrase}))
}

/**
 * Business numbers: a purpose made only of these (“to grow sales 20%”) is not
 * a What For.
 */
export const businessMetrics: Lexicon = {
  category: 'business-metric',
  entries: [
    'sales', 'revenue', 'revenues', 'turnover', 'profit', 'profits', 'margin', 'margins', 'lead', 'leads',
    'pipeline', 'mql', 'mqls', 'sql', 'sqls', 'conversion', 'conversions', 'conversion rate', 'market share',
    'roi', 'return on investment', 'arr', 'mrr', 'acquisition', 'customer acquisition', 'cac', 'ltv',
    'bookings', 'units sold', 'basket size', 'average order value', 'aov', 'footfall', 'cost per',
    'cpa', 'cpc', 'cpm', 'sign-ups', 'signups', 'sign ups', 'downloads', 'installs', 'subscriptions',
    'ticket sales', 'donations', 'fundraising', 'brand awareness', 'share of voice', 'growth', 'grow the business',
    'bottom line', 'shareholder value', 'market position', 'upsell', 'cross-sell', 'churn', 'retention rate'
  ].map((phrase) => ({phrase}))
}

/** Verbs of activity: posting, publishing, running ads. A tactic statement uses one. */
export const tacticVerbs: Lexicon = {
  category: 'tactic-verb',
  entries: [
    'post', 'publish', 'share', 'upload', 'tweet', 'retweet',
    'boost', 'run ads', 'advertise', 'send', 'launch',
    'create account', 'open account', 'set up account',
    'go live', 'livestream', 'stream', 'film', 'record', 'write', 'blog', 'email', 'mail', 'distribute',
    'print', 'hand out', 'sponsor', 'host', 'run a', 'run', 'schedule', 'repost', 'cross-post', 'pin',
    'hashtag', 'tag', 'reply', 'comment', 'dm', 'message', 'broadcast', 'air', 'buy', 'place', 'promote',
    'be on', 'be active on', 'get on', 'join', 'use', 'leverage', 'roll out'
  ].map((phrase) => ({phrase}))
}
