/**
 * ## no-vanity-metrics
 *
 * Goals or KPIs counted in likes, followers, fans, impressions, views, reach or
 * shares.
 *
 * Severity: warning; on in the recommended preset.
 *
 * Chasing friends and likes, then justifying the spend, is the oldest mistake
 * of social media marketing: the numbers do not justify the cost. Set goals in
 * what changes for people; read attention counts, if at all, as signals of
 * that.
 *
 * Jay Deragon, “Putting The Strategic Cart Before The Social Horse” (2013):
 * “chasing friends and likes followed by self-justification of the ROI on such
 * efforts. But for the majority the numbers simply don’t justify the cost.”
 *
 * Flags:
 * - a target in an attention count: “5,000 Instagram followers by June”, “1M
 *   impressions per month”
 * - growing a count as the aim: “Grow Facebook followers by 50%”, “more likes
 *   and shares on every post”
 * - a goals or KPI table row counted in followers, reach, impressions or views
 *
 * Leaves alone:
 * - the same words as a signal read for a decision, “not a target”
 * - numbers reported on a dashboard or sizing an audience, outside any goal
 * - negations: “we will not chase likes”, “we won't set follower targets”
 * - other people's words in quotes and block quotes, code and links
 *
 * Options: none besides the severity.
 *
 * Generated from the meta below by `pnpm generate-docs`: edit the meta, not
 * this comment.
 */
import {defineRule} from '@whatfor/lint-rule'
import {
  type Block,
  describesThePast,
  growthVerbsAsVerbs,
  inRejectingSection,
  isCount,
  isGoalsSection,
  type LexiconMatch,
  liveMatches,
  matchText,
  opensWithNegation,
  type PlanModel,
  rowCells,
  type Sentence,
  writtenAsListed
} from '@whatfor/plan-model'

/** How close a number or a growth verb must stand to the metric to count it. */
const NUMBER_WINDOW = 4
const VERB_WINDOW = 4
/** “MySpace friends”, “Facebook page fans”: how close the platform must stand before a platform-bound count. */
const PLATFORM_WINDOW = 2

export default defineRule(
  {
    id: 'no-vanity-metrics',
    severity: 'warning',
    summary:
      'Goals or KPIs counted in likes, followers, fans, impressions, views, reach or shares.',
    argument:
      'Chasing friends and likes, then justifying the spend, is the oldest mistake of social media marketing: the numbers do not justify the cost. Set goals in what changes for people; read attention counts, if at all, as signals of that.',
    quote: 'friends-and-likes',
    flags: [
      'a target in an attention count: “5,000 Instagram followers by June”, “1M impressions per month”',
      'growing a count as the aim: “Grow Facebook followers by 50%”, “more likes and shares on every post”',
      'a goals or KPI table row counted in followers, reach, impressions or views'
    ],
    leavesAlone: [
      'the same words as a signal read for a decision, “not a target”',
      'numbers reported on a dashboard or sizing an audience, outside any goal',
      "negations: “we will not chase likes”, “we won't set follower targets”",
      "other people's words in quotes and block quotes, code and links"
    ]
  },
  (plan, report) => {
    const goals = plan.goalStatementSet
    for (const sentence of plan.sentences) {
      const metric = vanityGoal(plan, sentence, goals.has(sentence))
      if (!metric) continue
      report({
        start: metric.start,
        end: metric.end,
        reason: `Unexpected vanity metric (${matchText(metric).toLowerCase()}) as a goal, expected the outcome for people that it would signal`
      })
    }
  }
)

function vanityGoal(
  plan: PlanModel,
  sentence: Sentence,
  isGoal: boolean
): LexiconMatch | undefined {
  if (
    readAsSignal(sentence) ||
    inRejectingSection(sentence) ||
    opensWithNegation(sentence) ||
    describesThePast(sentence)
  )
    return undefined
  // Each test below looks at a few tokens around one match, through sets and
  // marks made once per sentence: a sentence of any length stays linear.
  const verbs = growthVerbsAsVerbs(sentence)
  const verbFirsts = new Set(verbs.map((verb) => verb.first))
  const verbLasts = new Set(verbs.map((verb) => verb.last))
  const isVerb = (match: LexiconMatch): boolean => verbFirsts.has(match.first)
  // “Reach 5,000 followers”: the count is followers; “reach” is the count only when nothing else is.
  const inOther = tokensOf(
    sentence.matches.filter((match) => match.category === 'not-vanity-metric')
  )
  // (“200,000 views on the video” counts views, whatever “views on” means elsewhere.)
  const countsSomethingElse = (match: LexiconMatch): boolean =>
    !isCount(sentence.tokens[match.first - 1] ?? NO_TOKEN) &&
    anyWithin(inOther, match.first, match.last)
  const nameEnds = new Set(
    sentence.matches
      .filter((name) => name.category === 'platform' || name.category === 'channel')
      .map((name) => name.last)
  )
  const onPlatform = (match: LexiconMatch): boolean =>
    anyWithin(nameEnds, match.first - PLATFORM_WINDOW, match.first - 1)
  const metrics = [
    ...liveMatches(sentence, 'vanity-metric'),
    ...liveMatches(sentence, 'platform-vanity-metric').filter(onPlatform)
  ]
    .filter(
      (match) =>
        writtenAsListed(match) &&
        !countsSomethingElse(match) &&
        !reachesAQuote(sentence, match) &&
        !rejectedEarlier(sentence, match)
    )
    .sort((a, b) => Number(isVerb(a)) - Number(isVerb(b)))
  if (metrics.length === 0) return undefined
  const row = sentence.block.table ? rowCells(plan, sentence.block) : undefined
  // A row is a goal in a goals section, when it says so, or under a column headed “Target”.
  const rowIsGoal =
    row !== undefined &&
    (row.some(
      (cell) =>
        isGoalsSection(cell.section) ||
        cell.sentences.some((other) => liveMatches(other, 'goal-cue').length > 0)
    ) ||
      headedAsTargets(plan, sentence.block))
  let otherCellCounts: boolean | undefined
  const countedInOtherCell = (): boolean =>
    (otherCellCounts ??=
      row?.some((cell) => cell !== sentence.block && cell.sentences.some(hasNumber)) ?? false)
  return metrics.find((metric) => {
    const counted =
      hasNumberNear(sentence, metric) ||
      anyWithin(verbLasts, metric.first - VERB_WINDOW, metric.first - 1)
    if (row) return rowIsGoal && (counted || countedInOtherCell())
    return counted && isGoal
  })
}

/** The token indices some phrases cover. */
function tokensOf(phrases: readonly LexiconMatch[]): Set<number> {
  const covered = new Set<number>()
  for (const phrase of phrases)
    for (let index = phrase.first; index <= phrase.last; index++) covered.add(index)
  return covered
}

/** Whether a token index from `first` to `last` (inclusive) is in the set. */
function anyWithin(indices: ReadonlySet<number>, first: number, last: number): boolean {
  for (let index = Math.max(0, first); index <= last; index++) if (indices.has(index)) return true
  return false
}

/**
 * A sentence that reads counts as signals, or one that goes on in the same
 * paragraph from such a sentence: “We will record views, but only as a
 * signal. A video with 50,000 views that leads to no flood plan has not done
 * its job.”
 */
function readAsSignal(sentence: Sentence): boolean {
  const block = sentence.block
  if (!firstSignals.has(block))
    firstSignals.set(
      block,
      block.sentences.find((other) => liveMatches(other, 'signal-cue').length > 0)?.index ?? -1
    )
  const first = firstSignals.get(block)!
  return first !== -1 && sentence.index >= first
}

// The plan-wide index of the first sentence of each paragraph that reads counts as signals (-1: none), found once per paragraph.
const firstSignals = new WeakMap<Block, number>()

/**
 * “to reach "10,000 followers across channels"”: the target is someone else's
 * words; the plan model marks them quoted from the word after the quote mark.
 */
function reachesAQuote(sentence: Sentence, match: LexiconMatch): boolean {
  const mark = sentence.tokens[match.last + 1]
  return (
    match.first === match.last &&
    sentence.tokens[match.first]!.stem === 'reach' &&
    mark?.kind === 'punctuation' &&
    sentence.tokens[match.last + 2]?.quoted === true
  )
}

/**
 * “We do not care about the number of followers. A big school has 300
 * thousand followers and its hall is empty.”: a count the paragraph has
 * already turned down, told as a warning.
 */
function rejectedEarlier(sentence: Sentence, metric: LexiconMatch): boolean {
  const block = sentence.block
  let rejections = rejectedMetrics.get(block)
  if (!rejections) {
    rejections = new Map()
    for (const other of block.sentences) {
      for (const match of other.matches) {
        const stem = other.tokens[match.last]!.stem
        if (
          match.category === 'vanity-metric' &&
          match.negated &&
          !match.quoted &&
          !rejections.has(stem)
        )
          rejections.set(stem, other.index)
      }
    }
    rejectedMetrics.set(block, rejections)
  }
  const first = rejections.get(sentence.tokens[metric.last]!.stem)
  return first !== undefined && first < sentence.index
}

// Per paragraph: each vanity count it turns down, with the plan-wide index of the sentence that does.
const rejectedMetrics = new WeakMap<Block, Map<string, number>>()

const NO_TOKEN = {kind: 'punctuation', lower: '', text: ''} as Sentence['tokens'][number]

/** A table with a column headed as targets (“Target”, “Goal 2025”, “KPI”). */
function headedAsTargets(plan: PlanModel, cell: Block): boolean {
  const table = cell.table
  if (!table) return false
  return plan
    .tableRowCells(table.id, 0)
    .some((header) =>
      header.sentences.some((line) =>
        line.matches.some((match) => match.category === 'goal-label' && !match.quoted)
      )
    )
}

function hasNumber(sentence: Sentence): boolean {
  return sentence.tokens.some(isCount)
}

/** A count within NUMBER_WINDOW tokens before or after the metric (only those tokens are read). */
function hasNumberNear(sentence: Sentence, metric: LexiconMatch): boolean {
  const tokens = sentence.tokens
  const from = Math.max(0, metric.first - NUMBER_WINDOW)
  const to = Math.min(tokens.length - 1, metric.last + NUMBER_WINDOW)
  for (let index = from; index <= to; index++) {
    if (index >= metric.first && index <= metric.last) continue
    if (isCount(tokens[index]!)) return true
  }
  return false
}
