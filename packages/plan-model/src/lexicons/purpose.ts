import type {Lexicon} from '../types.js'

/**
 * Phrases that state a purpose on their own, wherever they stand: “we exist
 * so that”, “our purpose is”, “so families can”.
 */
export const statedPurposeCues: readonly string[] = [
  'we exist', 'exists to', 'exists so', 'exist so', 'exist to', 'exist because', 'our purpose',
  'the purpose', 'purpose is', 'why people should care', 'people should care', 'should care', 'what for',
  'so that', 'in order that', 'for people who', 'for those who', 'the change we', 'change we want',
  'we want to change', 'difference we', 'make a difference', 'we are here to', "we're here to", 'here to',
  'mission is', 'our cause', 'why this matters', 'why it matters', 'this matters because',
  'it matters because', 'never have to', 'no longer', 'so nobody', 'so no one', 'so everyone', 'so people',
  'so they', 'so residents', 'so families', 'so customers', 'improve the lives', 'improve lives',
  'better lives', 'better life', 'less alone', 'we want people', 'we want every', 'because people',
  'because families', 'because residents', 'because customers', "what we're for", 'what we are for',
  'what it is for'
]

/** Phrases that point at a purpose but need people beside them, outside tactic lists (“we care”, “protect”). */
const weakPurposeCues: readonly string[] = [
  'matters to', 'so we can help', 'what changes', 'make it easier', 'make it possible', 'our reason',
  'the reason we', 'we believe', 'we care', 'we are doing this', 'we do this', 'protect', 'protects',
  'never again', 'without having to', 'feel less', 'give people', 'gives people', 'aim is to help',
  'we want to see'
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
    'post', 'posts', 'posting', 'publish', 'publishing', 'share', 'sharing', 'upload', 'tweet', 'retweet',
    'boost', 'run ads', 'run ad', 'advertise', 'advertising', 'send', 'sending', 'launch', 'launching',
    'create account', 'create accounts', 'open account', 'set up account', 'set up accounts', 'set up a page',
    'go live', 'livestream', 'stream', 'film', 'record', 'write', 'blog', 'email', 'mail', 'distribute',
    'print', 'hand out', 'sponsor', 'host', 'run a', 'run', 'schedule', 'repost', 'cross-post', 'pin',
    'hashtag', 'tag', 'reply', 'comment', 'dm', 'message', 'broadcast', 'air', 'buy', 'place', 'promote',
    'be on', 'be active on', 'be present on', 'get on', 'join', 'use', 'using', 'leverage', 'leveraging', 'roll out'
  ].map((phrase) => ({phrase}))
}
