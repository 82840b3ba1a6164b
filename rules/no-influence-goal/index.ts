/**
 * ## no-influence-goal
 *
 * Influence or thought leadership as an objective in itself.
 *
 * Severity: warning; on in the recommended preset.
 *
 * Pursuing “influence” is applying old marketing to be more influential with
 * humans: tactical, not strategic, and no part of the human purpose. Say what
 * should change for people; influence, if it comes, follows from being useful
 * to them.
 *
 * Jay Deragon, “Social Accidents Looking For a Place to Happen” (2012):
 * “Applying traditional practices of marketing to ‘be more influential with
 * humans’ by using social technology is not a strategy, it is tactical”
 *
 * Jay Deragon, “Social Accidents Looking For a Place to Happen” (2012):
 * “Everyone and every company appears to be pursuing an objective of
 * ‘influence’.”
 *
 * Flags:
 * - objectives of becoming influential: “Become the most influential voice in
 *   SMB fintech”
 * - growing influence as a goal: “Grow our influence among CTOs”
 * - thought leadership as a goal: “Establish Acme as the thought leader in
 *   robotics”
 *
 * Leaves alone:
 * - negations: “we're not trying to become thought leaders”, “this isn't
 *   thought leadership”
 * - influencers as a tactic (seeding, partnerships, fees)
 * - the words used only as a name, not an aim (“the internal ‘thought
 *   leadership’ series”)
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
  growthVerbsAsVerbs,
  hasTag,
  influenceOwners,
  inRejectingSection,
  type LexiconMatch,
  liveMatches,
  opensWithNegation,
  prepositionsAboutOthers,
  type Sentence
} from '@whatfor/plan-model'

/** How far before the phrase an aim verb (“become”, “grow”, “position … as”) may stand. */
const AIM_WINDOW = 8

export default defineRule(
  {
    id: 'no-influence-goal',
    severity: 'warning',
    summary: 'Influence or thought leadership as an objective in itself.',
    argument:
      'Pursuing “influence” is applying old marketing to be more influential with humans: tactical, not strategic, and no part of the human purpose. Say what should change for people; influence, if it comes, follows from being useful to them.',
    quote: 'influence-is-tactical',
    alsoCites: ['pursuing-influence'],
    flags: [
      'objectives of becoming influential: “Become the most influential voice in SMB fintech”',
      'growing influence as a goal: “Grow our influence among CTOs”',
      'thought leadership as a goal: “Establish Acme as the thought leader in robotics”'
    ],
    leavesAlone: [
      "negations: “we're not trying to become thought leaders”, “this isn't thought leadership”",
      'influencers as a tactic (seeding, partnerships, fees)',
      'the words used only as a name, not an aim (“the internal ‘thought leadership’ series”)',
      "other people's words in quotes and block quotes, code and links"
    ]
  },
  (plan, report) => {
    const goals = plan.goalStatementSet
    for (const sentence of plan.sentences) {
      const aim = influenceAim(sentence, goals.has(sentence))
      if (!aim) continue
      report({
        start: aim.start,
        end: aim.end,
        reason: `Unexpected ${describe(aim)} as a goal, expected what should change for the people it is meant to reach`
      })
    }
  }
)

function influenceAim(sentence: Sentence, isGoal: boolean): LexiconMatch | undefined {
  if (inRejectingSection(sentence) || opensWithNegation(sentence) || describesThePast(sentence))
    return undefined
  const aimVerbs = growthVerbsAsVerbs(sentence)
  return liveMatches(sentence, 'influence-goal').find((match) => {
    const first = sentence.tokens[match.first]!
    const before = sentence.tokens[match.first - 1]
    // Influencers are people a plan works with (a tactic), and “influenced
    // pipeline” is attribution: neither is an aim to be influential.
    if (
      first.lower.startsWith('influencer') ||
      first.lower === 'influenced' ||
      first.lower === 'influencing'
    )
      return false
    const aimed = aimVerbs.some(
      (verb) => verb.last < match.first && match.first - verb.last <= AIM_WINDOW
    )
    if (first.lower === 'influence' || first.lower === 'influences') {
      // The noun only, owned: “Grow Acme's influence”, not “to influence the council”.
      const owned =
        before !== undefined &&
        (influenceOwners.has(before.lower) ||
          before.lower.endsWith("'s") ||
          before.lower.endsWith('\u2019s'))
      return owned && (aimed || isGoal)
    }
    if (first.lower === 'influential' || first.lower === 'most' || first.lower === 'more') {
      // Being influential, not working with those who are.
      if (before && prepositionsAboutOthers.has(before.lower)) return false
      return aimed
    }
    return aimed || isGoal
  })
}

function describe(match: LexiconMatch): string {
  return hasTag(match, 'thought-leadership') ? 'thought leadership' : 'influence'
}
