/**
 * ## no-platform-strategy
 *
 * A strategy named after a platform: “our Instagram strategy”, “TikTok-first
 * strategy”.
 *
 * Severity: warning; on in the recommended preset.
 *
 * The media is interchangeable: a platform is one way to reach people, not a
 * strategy. Name the strategy after what it is for, and let the platforms serve
 * it.
 *
 * Joel Kelly, “Social media IS NOT its networks” (2008): “The media is
 * interchangeable.”
 *
 * Joel Kelly, “Social media IS NOT its networks” (2008): “Your social media
 * strategy is not to start using Flickr and Facebook to spread your message,
 * okay?”
 *
 * Flags:
 * - a heading or title that names a strategy after a platform: “Facebook
 *   Strategy”, “Acme: Discord Strategy”
 * - “our Instagram strategy”, “a TikTok-first strategy”
 * - “our strategy is TikTok-first”
 *
 * Leaves alone:
 * - negations: “this is not a Facebook strategy”
 * - a social media, content or community strategy not named after a platform
 * - platforms named in the content of a strategy (that is what
 *   no-tactic-as-strategy looks at)
 * - other people's words in quotes and block quotes, code and links
 *
 * Options: none besides the severity.
 *
 * Generated from the meta below by `pnpm generate-docs`: edit the meta, not
 * this comment.
 */
import {defineRule} from '@whatfor/lint-rule'
import {
  inRejectingSection,
  isNegated,
  type LexiconMatch,
  opensWithNegation,
  type PlanModel,
  platformFirstWords,
  platformStrategyWords,
  type Sentence,
  sentenceLexicons
} from '@whatfor/plan-model'

/** Punctuation that may join a platform to “strategy”: “TikTok-first”, “Instagram & TikTok strategy”. */
const JOINERS = new Set(['-', '&', '/', ','])
const MAX_BETWEEN = 3
/** Shortest platform name read in any case: “x” or “fb” in lowercase are too likely to be something else. */
const MIN_CASELESS_LENGTH = 3

/**
 * Platform names by their lowercase form, for headings written all in
 * lowercase (“## our discord strategy”), where capitals cannot tell a name
 * from a word.
 */
const caselessPlatforms = new Map<string, string>(
  (sentenceLexicons.find((lexicon) => lexicon.category === 'platform')?.entries ?? [])
    .filter((entry) => !entry.phrase.includes(' ') && entry.phrase.length >= MIN_CASELESS_LENGTH)
    .map((entry) => [entry.phrase.toLowerCase(), entry.canonical ?? entry.phrase])
)

export default defineRule(
  {
    id: 'no-platform-strategy',
    severity: 'warning',
    summary:
      'A strategy named after a platform: “our Instagram strategy”, “TikTok-first strategy”.',
    argument:
      'The media is interchangeable: a platform is one way to reach people, not a strategy. Name the strategy after what it is for, and let the platforms serve it.',
    quote: 'media-is-interchangeable',
    alsoCites: ['not-flickr-and-facebook'],
    flags: [
      'a heading or title that names a strategy after a platform: “Facebook Strategy”, “Acme: Discord Strategy”',
      '“our Instagram strategy”, “a TikTok-first strategy”',
      '“our strategy is TikTok-first”'
    ],
    leavesAlone: [
      'negations: “this is not a Facebook strategy”',
      'a social media, content or community strategy not named after a platform',
      'platforms named in the content of a strategy (that is what no-tactic-as-strategy looks at)',
      "other people's words in quotes and block quotes, code and links"
    ]
  },
  (plan, report) => {
    for (const found of platformStrategies(plan)) {
      report({
        start: found.platform.start,
        end: found.end,
        reason: `Unexpected strategy named after a platform (${found.platform.canonical}), expected a strategy named after what it is for`,
        // A prompt to rename, not a name: only the writer knows what it is for.
        actual: plan.source.slice(found.platform.start, found.end),
        expected: ['<what it is for> strategy']
      })
    }
  }
)

interface PlatformStrategy {
  readonly platform: LexiconMatch
  readonly end: number
}

function platformStrategies(plan: PlanModel): PlatformStrategy[] {
  const found: PlatformStrategy[] = []
  for (const sentence of plan.sentences) {
    if (inRejectingSection(sentence) || opensWithNegation(sentence)) continue
    const platforms = [
      ...sentence.matches.filter(
        (match) => match.category === 'platform' && !match.quoted && !match.negated
      ),
      ...lowercasePlatforms(sentence)
    ]
    // Read once per sentence, not once per platform: a long line of names stays linear.
    const aboutStrategy = sentence.tokens.some((token) => token.stem === 'strategi')
    for (const platform of platforms) {
      const end =
        namedStrategyEnd(sentence, platform) ??
        (aboutStrategy ? platformFirstEnd(sentence, platform) : undefined)
      if (end !== undefined) {
        found.push({platform, end})
        break
      }
    }
  }
  return found
}

/** “Instagram strategy”, “TikTok-first strategy”: the end offset of “strategy”. */
function namedStrategyEnd(sentence: Sentence, platform: LexiconMatch): number | undefined {
  const tokens = sentence.tokens
  for (
    let index = platform.last + 1, between = 0;
    index < tokens.length && between <= MAX_BETWEEN;
    index++, between++
  ) {
    const token = tokens[index]!
    if (token.stem === 'strategi') return token.end
    if (!JOINERS.has(token.text) && !platformStrategyWords.has(token.lower)) return undefined
  }
  return undefined
}

/** “Our strategy is TikTok-first”: a platform-first choice (the sentence is about the strategy). */
function platformFirstEnd(sentence: Sentence, platform: LexiconMatch): number | undefined {
  const tokens = sentence.tokens
  let index = platform.last + 1
  if (tokens[index]?.text === '-') index++
  const next = tokens[index]
  return next && platformFirstWords.has(next.lower) ? next.end : undefined
}

/** Platforms named in a heading written all in lowercase, which the lexicon's capitalised names miss. */
function lowercasePlatforms(sentence: Sentence): LexiconMatch[] {
  const block = sentence.block
  if ((block.kind !== 'heading' && !block.pseudoHeading) || block.text !== block.text.toLowerCase())
    return []
  const found: LexiconMatch[] = []
  const named = new Set(
    sentence.matches.filter((match) => match.category === 'platform').map((match) => match.first)
  )
  for (const token of sentence.tokens) {
    const canonical = caselessPlatforms.get(token.lower)
    if (!canonical || token.quoted || named.has(token.index)) continue
    found.push({
      category: 'platform',
      entry: {phrase: canonical},
      canonical,
      sentence,
      first: token.index,
      last: token.index,
      start: token.start,
      end: token.end,
      negated: isNegated(sentence.tokens, token.index, token.index),
      quoted: false
    })
  }
  return found.filter((match) => !match.negated)
}
