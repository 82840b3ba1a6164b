/**
 * ## no-channel-first
 *
 * Joel Kelly, “Social media IS NOT its networks” (2008): a plan that opens
 * with a list of websites to post on has started from the media, as if the
 * media will create the society. It won't: communities create networks.
 *
 * Flags a plan whose opening — the title block, the first section, or the
 * first lists and paragraphs before any statement of purpose — is a list of
 * channels, platforms or websites, a channel table, or a posting schedule.
 *
 * Leaves alone channels that come after a stated purpose, channels named in
 * passing inside a purpose, plans that reject channel-first thinking, and
 * channels inside quotes, code and links.
 */
import {defineRule, type Finding} from '@whatfor/lint-rule'
import {headedAsChannels, isMetadataBlock, widestMatches, withoutRepeatedNames, type Block, type PlanModel, type Sentence} from '@whatfor/plan-model'

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
      'an opening bullet list of networks or channels',
      'an opening sentence that lines up channels (“We will be on Facebook, Instagram and TikTok”)',
      'an opening channel table',
      'an opening posting schedule'
    ],
    leavesAlone: [
      'channels that come after a stated purpose',
      'channels named in passing inside a purpose sentence',
      'plans that explicitly reject channel-first thinking (negated mentions)',
      'quotes, block quotes, code and links'
    ]
  },
  (plan, report) => {
    const finding = channelFirstOpening(plan)
    if (finding) report(finding)
  }
)

function startsAfterPurpose(plan: PlanModel, offset: number): boolean {
  return plan.purposeStart !== undefined && offset >= plan.purposeStart
}

/** The first piece of the opening that is a channel list, table, line-up or schedule. */
function channelFirstOpening(plan: PlanModel): Finding | undefined {
  const title = titleLineUp(plan)
  if (title) return title
  const opening = openingBlocks(plan)
  const inOpening = new Set(opening)
  const seenLists = new Set<number>()
  const seenTables = new Set<number>()
  for (const block of opening) {
    if (block.list && !seenLists.has(block.list.id)) {
      seenLists.add(block.list.id)
      const items = plan.listBlocks(block.list.id).filter((other) => inOpening.has(other))
      const finding = channelGroup(plan, items, 'list') ?? lineUpInItem(plan, items)
      if (finding) return finding
    }
    if (block.table && !seenTables.has(block.table.id)) {
      seenTables.add(block.table.id)
      const cells = plan.tableCells(block.table.id).filter((other) => inOpening.has(other))
      const finding = channelGroup(plan, cells, 'table')
      if (finding) return finding
    }
    if (!block.list && !block.table) {
      for (const sentence of block.sentences) {
        // A paragraph can state the purpose and go on: what follows it is after a stated purpose.
        if (startsAfterPurpose(plan, sentence.start)) break
        if (isPurpose(plan, sentence)) continue
        const names = distinctChannels(sentence)
        if (isChannelLineUp(plan, sentence, names)) return lineUp(sentence, names)
      }
    }
  }
  return undefined
}

/**
 * The title block and first section, cut off where the plan first says what
 * it is for.
 */
function openingBlocks(plan: PlanModel): Block[] {
  const limit = plan.purposeStart ?? Number.POSITIVE_INFINITY
  const content = (block: Block): boolean => !block.pseudoHeading && block.kind !== 'heading' && !isMetadataBlock(block)
  // The title block is whatever precedes the first heading, plus the title
  // heading's own content; the first section is the first one with content.
  const withContent = plan.sections.filter((section) => section.depth > 0 && section.heading?.index !== 0 && section.blocks.some(content))
  let firstSection = withContent[0]
  // A title slide or cover section (launch date, budget, “confidential”) is
  // part of the title block: the opening runs on to the next section.
  if (firstSection && withContent[1] && firstSection.blocks.filter(content).every(isCoverLine)) firstSection = withContent[1]
  // Its own content only: a brief's first heading can hold every numbered
  // part of the brief (“Integrated campaign brief” over sections 1 to 10).
  const end = firstSection ? (plan.sections[firstSection.index + 1]?.start ?? firstSection.end) : plan.source.length
  return plan.blocks.filter((block) => block.start < limit && block.start < end && content(block))
}

const COVER_LINE_WORDS = 8

/**
 * A short fact of a cover: a metadata paragraph, or a short list item or
 * one-line paragraph that names no channel (“Prepared for the Board meeting
 * of 4 March 2025”).
 */
function isCoverLine(block: Block): boolean {
  if (isMetadataBlock(block)) return true
  if (!block.list && (block.kind !== 'paragraph' || block.sentences.length !== 1)) return false
  const words = block.sentences.reduce((sum, sentence) => sum + sentence.tokens.filter((token) => token.kind === 'word').length, 0)
  return words <= COVER_LINE_WORDS && block.sentences.every((sentence) => distinctChannels(sentence).size === 0)
}

/**
 * A sentence that lines channels up as the plan: two or more channels in an
 * activity (“we will be on Facebook, Instagram and TikTok”, “post daily on
 * X and LinkedIn”), or a bare run of names. Channels named in a story or a
 * description of people (“we met on MySpace”) are not a line-up.
 */
function isChannelLineUp(plan: PlanModel, sentence: Sentence, names: ReadonlySet<string>): boolean {
  if (names.size === 0) return false
  if (describesWherePeopleAlreadyAre(sentence)) return false
  // Channels named deep in a long sentence are part of a story, not a plan:
  // count the words up to the last channel named.
  const lastChannel = Math.max(...sentence.matches.filter((match) => match.category === 'platform' || match.category === 'channel').map((match) => match.last))
  const span = sentence.tokens.slice(0, lastChannel + 1).filter((token) => token.kind === 'word').length
  const isPlanLine = plan.tacticStatementSet.has(sentence) && span <= MAX_LINE_UP_WORDS
  if (isPlanLine && (names.size >= 2 || isScheduleLine(sentence))) return true
  return isBareRun(sentence, names)
}

/** A bare run of names: three channels or more, making up a good share of the words. */
function isBareRun(sentence: Sentence, names: ReadonlySet<string>): boolean {
  const words = sentence.tokens.filter((token) => token.kind === 'word').length
  return names.size >= 3 && channelWords(sentence) >= words * MIN_CHANNEL_SHARE
}

function lineUp(sentence: Sentence, names: ReadonlySet<string>): Finding {
  return {start: sentence.start, end: sentence.end, reason: `Unexpected line-up of channels (${[...names].join(', ')}) before any purpose, ${REASON_TAIL}`}
}

/**
 * “Skaters already organise themselves on Instagram and a WhatsApp group”:
 * where the community already is, said in passing, not the plan's own line-up.
 * The plan speaking (“we are already on Facebook and TikTok”) still is one.
 */
function describesWherePeopleAlreadyAre(sentence: Sentence): boolean {
  const already = sentence.tokens.findIndex((token) => token.lower === 'already')
  if (already === -1) return false
  return !sentence.tokens.slice(0, already).some((token) => FIRST_PERSON.has(token.lower))
}

const FIRST_PERSON = new Set(['we', "we're", "we'll", 'our', 'us', 'i', "i'll", "i'm"])

/**
 * A title that is itself a run of channels (“FY25 Demand Plan — LinkedIn ·
 * Sales Navigator · G2 · ON24 webinars”): the bare-run test on the first
 * heading, before any purpose.
 */
function titleLineUp(plan: PlanModel): Finding | undefined {
  const first = plan.blocks[0]
  if (!first || (first.kind !== 'heading' && !first.pseudoHeading)) return undefined
  if (startsAfterPurpose(plan, first.start)) return undefined
  const sentence = first.sentences.find((candidate) => isBareRun(candidate, distinctChannels(candidate)))
  return sentence && lineUp(sentence, distinctChannels(sentence))
}

/**
 * One list item that is itself a run of channels (“Platform list for summer:
 * TikTok, Instagram, Facebook, YouTube Shorts, Snapchat”) in a list about
 * other things: the bare-run test only, so an item that merely names two
 * channels among its tasks is not one.
 */
function lineUpInItem(plan: PlanModel, items: readonly Block[]): Finding | undefined {
  for (const item of items) {
    for (const sentence of item.sentences) {
      if (startsAfterPurpose(plan, sentence.start)) return undefined
      if (plan.goalStatementSet.has(sentence) || isPurpose(plan, sentence)) continue
      const names = distinctChannels(sentence)
      if (isBareRun(sentence, names)) return lineUp(sentence, names)
    }
  }
  return undefined
}

const MAX_LINE_UP_WORDS = 35
const MIN_CHANNEL_SHARE = 0.3

/** Words of a sentence that are channel names. */
function channelWords(sentence: Sentence): number {
  let count = 0
  for (const match of sentence.matches) {
    if ((match.category === 'platform' || match.category === 'channel') && !match.negated && !match.quoted) count += match.last - match.first + 1
  }
  return count
}

/** A list or table whose entries are mostly channels, or mostly a posting schedule. */
function channelGroup(plan: PlanModel, blocks: Block[], kind: 'list' | 'table'): Finding | undefined {
  const entries = kind === 'list' ? groupByItem(blocks) : widestColumn(blocks)
  let channelEntries = 0
  let scheduleEntries = 0
  const names = new Set<string>()
  for (const entry of entries) {
    const sentences = Array.isArray(entry) ? entry.flatMap((block) => [...block.sentences]) : entry.sentences
    const channels = new Set<string>()
    // A goal that names a platform (“2M YouTube views”) makes a list of goals,
    // not of channels. (A table keyed by channel is a channel table whatever its
    // other columns say.)
    // A list item is a channel entry when its lead sentence names the channel
    // (“Instagram: behind the scenes”); an item of minutes that mentions one
    // deep in a report of the discussion is not.
    for (const sentence of kind === 'list' ? sentences.slice(0, 1) : sentences) {
      if (kind === 'list' && plan.goalStatementSet.has(sentence)) continue
      for (const name of distinctChannels(sentence)) channels.add(name)
    }
    if (channels.size > 0) channelEntries++
    if (sentences.some(isScheduleLine)) scheduleEntries++
    for (const name of channels) names.add(name)
  }
  const whole = blocks[0]!.list ?? blocks[0]!.table!
  if (entries.length === 0) return undefined
  const label = kind === 'list' ? 'list of channels' : 'channel table'
  // A column headed “Channel” holds channels, known by name or not (“TeamSnap”, “Group text”).
  if (kind === 'table' && entries.length >= 2 && headedAsChannels(plan.tableRowCells, (entries as Block[])[0]!)) {
    const shown = (entries as Block[]).map((cell) => cell.sentences[0]?.text ?? '').filter(Boolean)
    return {start: whole.start, end: whole.end, reason: `Unexpected ${label} (${shown.join(', ')}) before any purpose, ${REASON_TAIL}`}
  }
  if (names.size >= 2 && channelEntries >= 2 && channelEntries * 2 >= entries.length) {
    return {start: whole.start, end: whole.end, reason: `Unexpected ${label} (${withoutRepeatedNames(names).join(', ')}) before any purpose, ${REASON_TAIL}`}
  }
  if (scheduleEntries >= 2 && scheduleEntries * 2 >= entries.length) {
    return {start: whole.start, end: whole.end, reason: `Unexpected posting schedule before any purpose, ${REASON_TAIL}`}
  }
  return undefined
}

/**
 * A table is read column by column: the body cells of the column with the
 * most channel (or schedule) mentions.
 */
function widestColumn(cells: Block[]): Block[] {
  const columns = new Map<number, Block[]>()
  for (const cell of cells) {
    if (cell.table!.row === 0) continue
    const column = columns.get(cell.table!.column)
    if (column) column.push(cell)
    else columns.set(cell.table!.column, [cell])
  }
  let best: Block[] = []
  let bestScore = -1
  for (const column of columns.values()) {
    const score = column.filter((cell) => cell.sentences.some((sentence) => distinctChannels(sentence).size > 0 || isScheduleLine(sentence))).length
    if (score > bestScore) {
      best = column
      bestScore = score
    }
  }
  return best
}

function groupByItem(blocks: Block[]): Block[][] {
  const items = new Map<number, Block[]>()
  for (const block of blocks) {
    const item = block.list!.item
    const blocksOfItem = items.get(item)
    if (blocksOfItem) blocksOfItem.push(block)
    else items.set(item, [block])
  }
  return [...items.values()]
}

function distinctChannels(sentence: Sentence): Set<string> {
  const live = sentence.matches.filter((match) => (match.category === 'platform' || match.category === 'channel') && !match.negated && !match.quoted)
  return new Set(widestMatches(live).map((match) => match.canonical))
}

function isScheduleLine(sentence: Sentence): boolean {
  return sentence.matches.some((match) => match.category === 'schedule' && !match.negated && !match.quoted)
}

function isPurpose(plan: PlanModel, sentence: Sentence): boolean {
  return plan.purposeStatementSet.has(sentence)
}
