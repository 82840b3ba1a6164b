/**
 * ## no-channel-first
 *
 * A plan that opens with a list of channels, a channel table or a posting
 * schedule.
 *
 * Severity: error; on in the recommended preset.
 *
 * A plan that starts from a list of websites to post on has confused the media
 * with the society. Start from why people should care; the channels follow from
 * the people, never the other way around.
 *
 * Joel Kelly, “Social media IS NOT its networks” (2008): “stop writing what you
 * think is your ‘social media strategy’ by starting off with a list of websites
 * you need to post your content on, as if the media will create the society. It
 * won’t.”
 *
 * Joel Kelly, “Social media IS NOT its networks” (2008): “Communities create
 * networks, not the other way around.”
 *
 * Flags:
 * - an opening bullet list of networks, channels or accounts
 * - an opening sentence that lines up channels (“We will be on Facebook,
 *   Instagram and TikTok”)
 * - an opening channel table
 * - an opening posting schedule
 * - a plan built section by section per channel with no What For before those
 *   sections
 *
 * Leaves alone:
 * - channels that come after a stated What For
 * - channels named in passing inside a purpose sentence
 * - plans that explicitly reject channel-first thinking (negated mentions)
 * - quotes, block quotes and code
 *
 * Options: none besides the severity.
 *
 * Generated from the meta below by `pnpm generate-docs`: edit the meta, not
 * this comment.
 */
// The judgement is the plan model's (judgements/): a learned model reads each
// block for a line-up, another each sentence for a What For, and a third
// decides from both whether the plan starts from its channels. This rule only
// words the finding.
import {defineRule} from '@whatfor/lint-rule'
import {
  type Block,
  liveChannelMatches,
  type PlanModel,
  widestMatches,
  withoutRepeatedNames
} from '@whatfor/plan-model'

const REASON_TAIL = 'expected the plan to start from why people should care'

export default defineRule(
  {
    id: 'no-channel-first',
    severity: 'error',
    summary: 'A plan that opens with a list of channels, a channel table or a posting schedule.',
    argument:
      'A plan that starts from a list of websites to post on has confused the media with the society. Start from why people should care; the channels follow from the people, never the other way around.',
    quote: 'list-of-websites',
    alsoCites: ['communities-create-networks'],
    flags: [
      'an opening bullet list of networks, channels or accounts',
      'an opening sentence that lines up channels (“We will be on Facebook, Instagram and TikTok”)',
      'an opening channel table',
      'an opening posting schedule',
      'a plan built section by section per channel with no What For before those sections'
    ],
    leavesAlone: [
      'channels that come after a stated What For',
      'channels named in passing inside a purpose sentence',
      'plans that explicitly reject channel-first thinking (negated mentions)',
      'quotes, block quotes and code'
    ]
  },
  (plan, report) => {
    const opening = plan.channelOpening
    if (!opening) return
    const names = namesIn(plan, opening.unit)
    const listed = names.length > 0 ? ` (${names.join(', ')})` : ''
    report({
      start: opening.start,
      end: opening.end,
      reason: `Unexpected ${kindOf(opening.unit, names.length)}${listed} before any purpose, ${REASON_TAIL}`
    })
  }
)

/** What the reader sees at the finding: a list, a table, a heading of a section per channel, a schedule or a line-up. */
function kindOf(block: Block, names: number): string {
  if (block.list) return names > 0 ? 'list of channels' : 'posting schedule'
  if (block.table) return 'channel table'
  if (block.kind !== 'heading' && !block.pseudoHeading)
    return names > 0 ? 'line-up of channels' : 'posting schedule'
  if (names >= 2) return 'line-up of channels'
  return names === 1 ? 'section per channel' : 'channel section'
}

/** The channels a line-up names, the widest name of each (“Instagram Reels”, not also “reels”): across its whole list or table, else in the block. */
function namesIn(plan: PlanModel, block: Block): string[] {
  const blocks = block.list
    ? plan.listBlocks(block.list.id)
    : block.table
      ? plan.tableCells(block.table.id)
      : [block]
  const names = new Set<string>()
  for (const member of blocks)
    for (const sentence of member.sentences)
      for (const match of widestMatches(liveChannelMatches(sentence))) names.add(match.canonical)
  return withoutRepeatedNames(names)
}
