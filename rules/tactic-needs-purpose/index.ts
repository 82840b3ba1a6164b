/**
 * ## tactic-needs-purpose
 *
 * A tactic list none of whose items says what it is for.
 *
 * Severity: suggestion; off in the recommended preset.
 *
 * Purposeless tactical activity labelled as strategy is an accident looking for
 * a place to happen. Each tactic should say what it is for, so it can be judged
 * against that, kept or dropped.
 *
 * Jay Deragon, “Social Accidents Looking For a Place to Happen” (2012):
 * “Labeling purposeless tactical activity as strategic”
 *
 * Flags:
 * - a list of tactics, channels or posts (in a tactics, channels or strategy
 *   section, or made of them) where no item says what it is for
 * - a posting schedule or activity table where no row says what it is for
 *
 * Leaves alone:
 * - a tactic list where at least one item gives its reason (“so that”, “to
 *   help”, “because”, “for anyone who…”)
 * - a table with a column for the reason (“Why”, “Purpose”, “Role”)
 * - tactics written as prose
 *
 * Options: none besides the severity.
 *
 * Generated from the meta below by `pnpm generate-docs`: edit the meta, not
 * this comment.
 */
import {defineRule} from '@whatfor/lint-rule'
import {
  append,
  type Block,
  conditionWords,
  liveMatches,
  namesTacticMeans,
  type PlanModel,
  reasonColumnWords,
  recordFields,
  type Sentence
} from '@whatfor/plan-model'

/** Fewest items for a list to be read as a list of tactics. */
const MIN_ITEMS = 2
/** Roles of the sections whose lists are tactics whatever their items say. */
const TACTIC_ROLES = ['tactics', 'channels', 'strategy', 'listening'] as const
/** Fewest lines for a paragraph of one-line items (a plain-text list) to be read as a list. */
const MIN_LINES = 3
/** Roles of sections whose lists are not tactics: measures, people, reviews. */
const OTHER_ROLES = ['purpose', 'goals', 'owners', 'audience', 'review', 'beliefs'] as const
/** Words that say why: a reason connective, a purpose cue. */
const REASONS = ['reason-cue', 'purpose-cue']

export default defineRule(
  {
    id: 'tactic-needs-purpose',
    severity: 'suggestion',
    enabledByDefault: false,
    summary: 'A tactic list none of whose items says what it is for.',
    argument:
      'Purposeless tactical activity labelled as strategy is an accident looking for a place to happen. Each tactic should say what it is for, so it can be judged against that, kept or dropped.',
    quote: 'purposeless-as-strategic',
    flags: [
      'a list of tactics, channels or posts (in a tactics, channels or strategy section, or made of them) where no item says what it is for',
      'a posting schedule or activity table where no row says what it is for'
    ],
    leavesAlone: [
      'a tactic list where at least one item gives its reason (“so that”, “to help”, “because”, “for anyone who…”)',
      'a table with a column for the reason (“Why”, “Purpose”, “Role”)',
      'tactics written as prose'
    ]
  },
  (plan, report) => {
    for (const group of tacticGroups(plan)) {
      if (
        group.items.some(
          (item) => item.some(givesReason) || (group.kind === 'list' && explainsItself(item))
        )
      )
        continue
      report({
        start: group.start,
        end: group.end,
        reason: `Unexpected ${group.kind} of tactics with no item saying what it is for, expected each tactic to say what it is for (so that …)`
      })
    }
  }
)

interface TacticGroup {
  readonly kind: 'list' | 'table'
  readonly start: number
  readonly end: number
  /** The sentences of each item or row. */
  readonly items: readonly (readonly Sentence[])[]
}

function tacticGroups(plan: PlanModel): TacticGroup[] {
  const goals = plan.goalStatementSet
  const lists = new Map<number, Block[]>()
  const tables = new Map<number, Block[]>()
  const groups: TacticGroup[] = []
  for (const block of plan.blocks) {
    if (block.table) append(tables, block.table.id, block)
    // An outline item's lead (“2. Content”) is a heading, not an item.
    else if (block.list && !block.pseudoHeading && block.kind !== 'heading')
      append(lists, block.list.id, block)
    const lines = lineItems(plan, block)
    if (lines && isTacticGroup(block, lines, goals))
      groups.push({kind: 'list', start: block.start, end: block.end, items: lines})
  }
  for (const blocks of lists.values()) {
    const place = blocks[0]!.list!
    const items = groupBy(blocks, (block) => block.list!.item)
    if (items.length < MIN_ITEMS || introducedAsReasons(plan, blocks[0]!)) continue
    if (isTacticGroup(blocks[0]!, items, goals))
      groups.push({kind: 'list', start: place.start, end: place.end, items})
  }
  for (const cells of tables.values()) {
    const place = cells[0]!.table!
    if (place.rows - 1 < MIN_ITEMS) continue
    const header = cells.filter((cell) => cell.table!.row === 0)
    if (
      header.some((cell) =>
        cell.sentences.some((sentence) => givesReason(sentence) || namesAReasonColumn(sentence))
      )
    )
      continue
    const rows = groupBy(
      cells.filter((cell) => cell.table!.row > 0),
      (cell) => cell.table!.row
    )
    if (isTacticGroup(cells[0]!, rows, goals))
      groups.push({kind: 'table', start: place.start, end: place.end, items: rows})
  }
  return groups.sort((a, b) => a.start - b.start)
}

/**
 * A paragraph written as a list, one item a line (“MON  Strava post…”,
 * “3.1 Online survey…”), as plain-text plans are: its lines, or undefined.
 */
function lineItems(plan: PlanModel, block: Block): Sentence[][] | undefined {
  if (block.kind !== 'paragraph' || block.pseudoHeading || block.sentences.length < MIN_LINES)
    return undefined
  const lines = block.sentences.map((sentence) => plan.point(sentence.start).line)
  const oneALine = lines.every((line, index) => index === 0 || line > lines[index - 1]!)
  const endsOnItsLine = block.sentences.every(
    (_sentence, index) =>
      index === 0 || plan.point(block.sentences[index - 1]!.end).line < lines[index]!
  )
  // (Bullets typed as characters, “• TikTok 5x/week”, are list items already: the plan model splits them out.)
  return oneALine && endsOnItsLine && block.sentences.every(startsWithItemLabel)
    ? block.sentences.map((sentence) => [sentence])
    : undefined
}

/**
 * A list introduced as the reasons of what comes before it: “Ana's team will
 * monitor the comments daily so that:” over what each finding leads to.
 */
function introducedAsReasons(plan: PlanModel, first: Block): boolean {
  const before = plan.blocks[first.index - 1]
  const last = before?.sentences[before.sentences.length - 1]
  if (!before || before.list || !last) return false
  return last.tokens[last.tokens.length - 1]?.text === ':' && givesReason(last)
}

/**
 * A line that starts like a list item: a number (“3.1”), a letter (“a.”), a
 * day (“MON”), or a label in capitals. Prose written a sentence a line is
 * not a list.
 */
function startsWithItemLabel(sentence: Sentence): boolean {
  const first = sentence.tokens[0]
  if (!first) return false
  if (first.kind === 'number') return true
  if (
    first.kind === 'word' &&
    first.text.length === 1 &&
    (sentence.tokens[1]?.text === '.' || sentence.tokens[1]?.text === ')')
  )
    return true
  if (sentence.matches.some((match) => match.category === 'schedule' && match.first === 0))
    return true
  return (
    first.kind === 'word' &&
    first.text.length > 1 &&
    first.text === first.text.toUpperCase() &&
    first.text !== first.text.toLowerCase()
  )
}

/** In a tactics, channels or strategy section, or mostly made of tactics. */
function isTacticGroup(
  first: Block,
  items: readonly (readonly Sentence[])[],
  goals: ReadonlySet<Sentence>
): boolean {
  // A record of fields (“Status: Accepted”, “Decision: …”, “Owner: @kofi-a”)
  // describes a decision or a story; it is no list of tactics.
  if (
    items.filter((item) => item[0] !== undefined && opensWithFieldLabel(item[0])).length * 2 >=
    items.length
  )
    return false
  const roles = first.section.roles
  if (OTHER_ROLES.some((role) => roles.has(role))) return false
  if (TACTIC_ROLES.some((role) => roles.has(role))) return true
  // Elsewhere, only a list mostly made of tactics, and not of goals or measures.
  const tactical = items.filter(
    (item) => item.some(isTacticLine) && !item.some((sentence) => goals.has(sentence))
  )
  return tactical.length * 2 > items.length
}

function opensWithFieldLabel(sentence: Sentence): boolean {
  const [label, colon] = sentence.tokens
  return label !== undefined && colon?.text === ':' && recordFields.has(label.lower)
}

/**
 * A line that names what tactics are made of. One that opens a condition
 * (“If the group goes quiet, we stop posting”) is a decision rule, not a tactic.
 */
function isTacticLine(sentence: Sentence): boolean {
  const first = sentence.tokens.find((token) => token.kind === 'word')
  if (first && conditionWords.has(first.lower)) return false
  return namesTacticMeans(sentence)
}

/**
 * An item that goes on, past its first sentence, in words that are not more
 * tactics (“**Search, not feeds.** People in distress at night search…”)
 * explains itself, even without a “so that”.
 */
function explainsItself(item: readonly Sentence[]): boolean {
  return item
    .slice(1)
    .some(
      (sentence) =>
        !isTacticLine(sentence) &&
        sentence.tokens.filter((token) => token.kind === 'word').length >= 4
    )
}

function givesReason(sentence: Sentence): boolean {
  return REASONS.some((category) => liveMatches(sentence, category).length > 0)
}

/** A column headed “Why”, “Role”, “Purpose”: each row says what it is for. */
function namesAReasonColumn(sentence: Sentence): boolean {
  return sentence.tokens.some((token) => reasonColumnWords.has(token.lower))
}

function groupBy<Key>(blocks: readonly Block[], keyOf: (block: Block) => Key): Sentence[][] {
  const groups = new Map<Key, Sentence[]>()
  for (const block of blocks) append(groups, keyOf(block), ...block.sentences)
  return [...groups.values()]
}
