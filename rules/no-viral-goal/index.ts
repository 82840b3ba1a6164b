/**
 * ## no-viral-goal
 *
 * Going viral as an aim: “go viral”, “make it viral”, “a viral campaign”.
 *
 * Severity: warning; on in the recommended preset.
 *
 * Crafting messages to go viral is crafting messages to sell, and everyone
 * knows the intent. Things spread because people care about them; aim at what
 * people should care about, not at the spread.
 *
 * Jay Deragon, “Putting The Strategic Cart Before The Social Horse” (2013):
 * “crafting viral messages with the aim of selling something. Everyone knows
 * the intent.”
 *
 * Flags:
 * - “go viral”, “make it go viral”, “get a post going viral” as an aim
 * - “a viral campaign”, “a viral video”, “virality” as what the plan sets out
 *   to do
 *
 * Leaves alone:
 * - negations: “this is not about going viral”, “virality isn't a goal”, “we
 *   will not try to go viral”
 * - descriptions of what happens or happened: “a post that goes viral…”, “it
 *   went viral on Vine”
 * - other people's words in quotes and block quotes, code and links
 *
 * Options: none besides the severity.
 *
 * Generated from the meta below by `pnpm generate-docs`: edit the meta, not
 * this comment.
 */
import {defineRule} from '@whatfor/lint-rule'
import {
  describesThePast,
  inRejectingSection,
  type LexiconMatch,
  liveMatches,
  matchText,
  opensWithNegation,
  type Sentence,
  wantingWords
} from '@whatfor/plan-model'

export default defineRule(
  {
    id: 'no-viral-goal',
    severity: 'warning',
    summary: 'Going viral as an aim: “go viral”, “make it viral”, “a viral campaign”.',
    argument:
      'Crafting messages to go viral is crafting messages to sell, and everyone knows the intent. Things spread because people care about them; aim at what people should care about, not at the spread.',
    quote: 'viral-messages',
    flags: [
      '“go viral”, “make it go viral”, “get a post going viral” as an aim',
      '“a viral campaign”, “a viral video”, “virality” as what the plan sets out to do'
    ],
    leavesAlone: [
      "negations: “this is not about going viral”, “virality isn't a goal”, “we will not try to go viral”",
      'descriptions of what happens or happened: “a post that goes viral…”, “it went viral on Vine”',
      "other people's words in quotes and block quotes, code and links"
    ]
  },
  (plan, report) => {
    for (const sentence of plan.sentences) {
      const aim = viralAim(sentence)
      if (!aim) continue
      report({
        start: aim.start,
        end: aim.end,
        reason: `Unexpected virality (${matchText(aim)}) as an aim, expected what people should care about enough to pass on`
      })
    }
  }
)

/** The first viral match of a sentence that is an aim, not a description. */
function viralAim(sentence: Sentence): LexiconMatch | undefined {
  if (inRejectingSection(sentence) || opensWithNegation(sentence) || describesThePast(sentence))
    return undefined
  const descriptions = sentence.matches.filter((match) => match.category === 'viral-description')
  // “When a post goes viral” describes; “we need one thing that goes viral” aims.
  const wanted = (match: LexiconMatch): boolean =>
    liveMatches(sentence, 'goal-cue').some((cue) => cue.last < match.first) ||
    sentence.tokens.some(
      (token) => token.index < match.first && wantingWords.has(token.lower) && !token.quoted
    )
  const described = (match: LexiconMatch): boolean =>
    !wanted(match) &&
    descriptions.some((other) => other.first <= match.last && match.first <= other.last)
  return liveMatches(sentence, 'viral').find(
    (match) =>
      !described(match) &&
      !sentence.matches.some(
        (other) =>
          other.category === 'viral' &&
          other.negated &&
          other.first <= match.last &&
          match.first <= other.last
      )
  )
}
