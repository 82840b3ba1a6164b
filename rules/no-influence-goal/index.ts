/**
 * ## no-influence-goal
 *
 * Jay Deragon, “Social Accidents Looking For a Place to Happen” (2012):
 * everyone and every company appears to be pursuing an objective of
 * “influence”, but applying traditional marketing to “be more influential
 * with humans” by using social technology is not a strategy — it is tactical,
 * and anti-social, because it isn't part of the human purpose.
 *
 * Flags objectives of becoming influential, growing influence, or thought
 * leadership as a goal in itself: “Become the most influential voice in…”,
 * “Grow our influence”, “Establish us as the thought leader on…”.
 *
 * Leaves alone negations (“we're not trying to become thought leaders”),
 * influencers as a tactic (seeding, partnerships), words that only name
 * something (a “thought leadership” series), and others' quoted words.
 */
import {defineRule} from '@whatfor/lint-rule'
import {
  describesThePast,
  growthVerbsAsVerbs,
  inRejectingSection,
  type LexiconMatch,
  liveMatches,
  opensWithNegation,
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

/** Words before “influence” that make it a standing to grow (“our influence”), not a verb (“to influence policy”). */
const OWNED = new Set([
  'our',
  'their',
  'its',
  'my',
  'your',
  'his',
  'her',
  'more',
  'greater',
  'growing',
  'wider',
  'the'
])
/** Prepositions before “influential” that make it describe others (“partner with influential parents”). */
const ABOUT_OTHERS = new Set(['with', 'to', 'from', 'among', 'by', 'through', 'via'])

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
        (OWNED.has(before.lower) || before.lower.endsWith("'s") || before.lower.endsWith('\u2019s'))
      return owned && (aimed || isGoal)
    }
    if (first.lower === 'influential' || first.lower === 'most' || first.lower === 'more') {
      // Being influential, not working with those who are.
      if (before && ABOUT_OTHERS.has(before.lower)) return false
      return aimed
    }
    return aimed || isGoal
  })
}

function describe(match: LexiconMatch): string {
  return match.entry.phrase.startsWith('thought') ? 'thought leadership' : 'influence'
}
