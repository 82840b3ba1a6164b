/**
 * ## channel-exit
 *
 * A plan that commits to channels but says nothing about how it will judge or
 * leave them.
 *
 * Severity: suggestion; on in the recommended preset.
 *
 * Once you are committed to a channel it is very easy to get in and extremely
 * hard to get out. Before committing, say how each channel will be judged and
 * what would make you leave it.
 *
 * Mitch Lieberman (quoting Esteban Kolsky, Graham Hill and Doc Searls), “Social
 * Just is” (2009): “once you are committed to a channel (listening) it is very
 * easy to get in, but extremely hard to get out.”
 *
 * Flags:
 * - a plan that commits to channels or platforms and nowhere says how it will
 *   judge them
 * - and nowhere says when it would drop, pause or leave one
 *
 * Leaves alone:
 * - a way to judge channels: asking people where they heard of you, reviewing
 *   each channel, a trial period
 * - a way to leave one: “if Instagram brings nobody by June, we stop posting
 *   there”
 * - plans that commit to no channel at all
 * - channels named only in quotes, code, links or negations (“we won’t be on
 *   TikTok”)
 *
 * Options: none besides the severity.
 *
 * Generated from the meta below by `pnpm generate-docs`: edit the meta, not
 * this comment.
 */
import {defineRule} from '@whatfor/lint-rule'
import {
  type Block,
  hasTag,
  type LexiconMatch,
  type PlanModel,
  passiveOrFutureAuxiliaries,
  type Section,
  type Sentence,
  withoutRepeatedNames
} from '@whatfor/plan-model'

/** A skeleton to fill in: whatfor never invents the test or the date. */
const CHANNEL_EXIT_SKELETON = [
  '## How we judge and leave a channel',
  '',
  '- We judge each channel by <what it must bring about for people>, checked <when> by <who>.',
  '- We leave a channel when <condition>, and tell the people there <how>.',
  '',
  ''
].join('\n')

const MAX_NAMES = 4

export default defineRule(
  {
    id: 'channel-exit',
    severity: 'suggestion',
    summary:
      'A plan that commits to channels but says nothing about how it will judge or leave them.',
    argument:
      'Once you are committed to a channel it is very easy to get in and extremely hard to get out. Before committing, say how each channel will be judged and what would make you leave it.',
    quote: 'hard-to-get-out',
    flags: [
      'a plan that commits to channels or platforms and nowhere says how it will judge them',
      'and nowhere says when it would drop, pause or leave one'
    ],
    leavesAlone: [
      'a way to judge channels: asking people where they heard of you, reviewing each channel, a trial period',
      'a way to leave one: “if Instagram brings nobody by June, we stop posting there”',
      'plans that commit to no channel at all',
      'channels named only in quotes, code, links or negations (“we won’t be on TikTok”)'
    ]
  },
  (plan, report) => {
    const names = committedChannels(plan)
    if (names.length === 0 || plan.sentences.some(judgesOrLeaves) || hasJudgingColumn(plan)) return
    const listed = names.slice(0, MAX_NAMES).join(', ') + (names.length > MAX_NAMES ? ', …' : '')
    report({
      start: placeOf(plan),
      reason: `Unexpected commitment to channels (${listed}) with no way to judge or leave them, expected how each channel will be judged and when one would be dropped`,
      expected: [CHANNEL_EXIT_SKELETON]
    })
  }
)

/**
 * Channels the plan commits to: named in its own voice and not negated. One
 * network is a commitment; one leaflet or one newsletter alone is not a
 * channel mix to get stuck in.
 */
function committedChannels(plan: PlanModel): string[] {
  const platforms = new Set<string>()
  const generic = new Set<string>()
  for (const match of plan.channelMentions) {
    if (match.negated) continue
    ;(match.category === 'platform' ? platforms : generic).add(match.canonical)
  }
  return platforms.size > 0 || generic.size > 1
    ? withoutRepeatedNames([...platforms, ...generic])
    : []
}

/**
 * A channel table with a column for how each channel is judged (“KPI”, “How
 * we'll judge it”, “Review”). A KPI column of follower or view counts
 * (“TikTok followers | 50,000”) is a growth target, not a test of whether a
 * channel serves anyone.
 */
function hasJudgingColumn(plan: PlanModel): boolean {
  return plan.blocks.some((block) => {
    if (
      block.table?.row !== 0 ||
      !block.sentences.some((sentence) =>
        sentence.matches.some(
          (match) => match.category === 'judging-word' || match.category === 'channel-judging'
        )
      )
    )
      return false
    const table = block.table
    const names = (cell: Block, categories: ReadonlySet<string>): boolean =>
      cell.sentences.some((sentence) =>
        sentence.matches.some((match) => categories.has(match.category) && !match.negated)
      )
    // Rows about a channel, each judged by its cell in this column.
    // The judging cell is another cell of the row: in a “Metric | Target”
    // table a row whose metric is “Product Hunt” is not judged by itself.
    const channelCells = plan
      .tableCells(table.id)
      .filter(
        (cell) =>
          cell.table!.row > 0 && cell.table!.column !== table.column && names(cell, CHANNELS)
      )
    return channelCells.some((cell) => {
      const judged = plan
        .tableRowCells(table.id, cell.table!.row)
        .find((cell) => cell.table!.column === table.column)
      return judged !== undefined && judged.sentences.length > 0 && !names(judged, VANITY)
    })
  })
}

const CHANNELS = new Set(['platform', 'channel'])

const VANITY = new Set(['vanity-metric', 'platform-vanity-metric'])

/**
 * A sentence that judges channels (“where they heard of us”, “each channel”)
 * or leaves one under a condition (“drop anything that brought nobody”,
 * “if it isn't bringing anyone, we stop posting there”).
 */
function judgesOrLeaves(sentence: Sentence): boolean {
  const own = sentence.matches.filter((match) => !match.quoted)
  const has = (category: string): boolean => own.some((match) => match.category === category)
  // A question put to people, even quoted (the form asks “how did you hear about us?”), judges channels.
  if (sentence.matches.some((match) => match.category === 'channel-judging')) return true
  // “Each channel” is judged only when something is done to it: “review each
  // channel”, “any paid channel above £25 per application is paused”.
  if (has('channel-each') && (has('judging-word') || has('channel-exit'))) return true
  const exits = own.filter(
    (match) => match.category === 'channel-exit' && !tellsAStory(sentence, match)
  )
  if (exits.length === 0) return false
  // “Pause TikTok from November 1”: a channel left by name. (“Move to TikTok”
  // names where the plan goes, not what it leaves.)
  if (
    exits.some(
      (exit) =>
        !hasTag(exit, 'names-destination') &&
        own.some(
          (match) =>
            (match.category === 'platform' || match.category === 'channel') &&
            match.first === exit.last + 1
        )
    )
  )
    return true
  // Otherwise an exit is conditional: “drop anything that brought nobody”,
  // “if it isn't, we stop”. A bare “drop” or “cut” is too often a noun (“the
  // flavour drop”, “cut-downs”). The exit verb's own `negated` flag is not
  // consulted: “stop any channel that didn't help” is an exit under a negated
  // condition.
  return has('exit-condition')
}

/**
 * An exit word in the simple past tells what happened (“the youth club
 * closed the same month”, “the county cut the number 14 bus”), not how the
 * plan will leave a channel; a passive or future one still does (“any channel
 * that brings nobody is dropped”).
 */
function tellsAStory(sentence: Sentence, exit: LexiconMatch): boolean {
  const word = sentence.tokens[exit.first]!
  if (!word.lower.endsWith('ed')) return false
  return !passiveOrFutureAuxiliaries.has(sentence.tokens[exit.first - 1]?.lower ?? '')
}

/** Where the finding goes: the channels section if there is one, else the first channel named. */
function placeOf(plan: PlanModel): number {
  const section: Section | undefined = plan.sections.find(
    (candidate) => candidate.ownRoles.has('channels') && candidate.heading
  )
  return section?.start ?? plan.channelMentions.find((match) => !match.negated)?.start ?? 0
}
