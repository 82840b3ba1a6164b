/**
 * ## human-objective
 *
 * Objectives that are all business numbers, none about what changes for people.
 *
 * Severity: warning; on in the recommended preset.
 *
 * Using social to achieve a business objective rather than a human objective
 * misses its promise: meaningful value for people and communities. Keep the
 * business numbers, but add at least one objective about what changes for the
 * people the plan is for.
 *
 * Jay Deragon, “Social Accidents Looking For a Place to Happen” (2012): “we
 * think about organizations and people using social to achieve a business
 * objective rather than a human objective.”
 *
 * CEO of 2020 Social (the post’s byline), summarising Umair Haque, “Does Your
 * Social Media Strategy Maximize Meaning?” (2010): “socially useful stuff that
 * creates meaningful value for people, communities, and tomorrow’s
 * generations.”
 *
 * Flags:
 * - an objectives, goals or KPI section whose every objective is a business or
 *   attention number (sales, revenue, leads, conversions, market share,
 *   followers, impressions)
 * - a “Goals:” line made only of such numbers
 *
 * Leaves alone:
 * - objectives that mix business numbers with at least one outcome for people
 *   (“fewer savers take out a payday loan”)
 * - plans with no objectives or goals section
 * - numbers under a negation (“we won’t measure success in followers”) or in
 *   quotes
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
  deadlineWords,
  type EntryTag,
  hasTag,
  isCalendarWord,
  type LexiconMatch,
  type PlanModel,
  PSEUDO_HEADING_DEPTH,
  periodWords,
  type Section,
  type Sentence,
  saysWhatOthersCanDo,
  widestMatches
} from '@whatfor/plan-model'

// Words of the people lexicon that name nobody in particular: pronouns,
// groups spoken of as a whole, relations to the organisation.
const NOBODY_IN_PARTICULAR: readonly EntryTag[] = [
  'personal-pronoun',
  'indefinite-pronoun',
  'relative-pronoun',
  'group',
  'relation'
]
const MAX_SHOWN = 3

type Kind = 'human' | 'business' | 'neither'

export default defineRule(
  {
    id: 'human-objective',
    severity: 'warning',
    summary: 'Objectives that are all business numbers, none about what changes for people.',
    argument:
      'Using social to achieve a business objective rather than a human objective misses its promise: meaningful value for people and communities. Keep the business numbers, but add at least one objective about what changes for the people the plan is for.',
    quote: 'business-not-human-objective',
    alsoCites: ['meaningful-value'],
    flags: [
      'an objectives, goals or KPI section whose every objective is a business or attention number (sales, revenue, leads, conversions, market share, followers, impressions)',
      'a “Goals:” line made only of such numbers'
    ],
    leavesAlone: [
      'objectives that mix business numbers with at least one outcome for people (“fewer savers take out a payday loan”)',
      'plans with no objectives or goals section',
      'numbers under a negation (“we won’t measure success in followers”) or in quotes'
    ]
  },
  (plan, report) => {
    for (const zone of objectiveZones(plan)) {
      const kinds = zone.items.map(kindOf)
      if (!kinds.includes('business') || kinds.includes('human')) continue
      const numbers = [...new Set(zone.items.flatMap((item) => businessWords(item)))]
        .slice(0, MAX_SHOWN)
        .map((word) => `“${word}”`)
      report({
        start: zone.start,
        end: zone.end,
        reason: `Unexpected objectives that are all business numbers (${numbers.join(', ')}), expected at least one about what changes for people`,
        expected: ['- <who> can <what changes for them>, measured by <how we will know>']
      })
    }
  }
)

interface Zone {
  readonly start: number
  readonly end: number
  /** One objective each: a list item, a table row, a sentence. */
  readonly items: ReadonlyArray<readonly Sentence[]>
}

/** Each goals section (with its subsections), and any “Goals: …” line. */
function objectiveZones(plan: PlanModel): Zone[] {
  const bySection = new Map<Section, Block[]>()
  const zones: Zone[] = []
  for (const block of plan.blocks) {
    if (block.kind === 'heading' || block.pseudoHeading) continue
    const owner = goalsSection(block.section)
    if (owner) {
      append(bySection, owner, block)
      continue
    }
    if (opensWithGoalsLabel(plan, block)) {
      // A plain-text outline: “OBJECTIVES” on its own line, objectives below it.
      zones.push({
        start: block.start,
        end: block.sentences[0]!.tokens[0]!.end,
        items: block.sentences.map((sentence) => [sentence])
      })
      continue
    }
    for (const sentence of block.sentences) {
      if (isGoalsLine(sentence))
        zones.push({start: sentence.start, end: sentence.end, items: [[sentence]]})
    }
  }
  for (const [section, blocks] of bySection) {
    zones.push({
      start: section.heading!.start,
      end: section.heading!.end,
      items: itemsOf(labelledList(section, blocks))
    })
  }
  return zones.sort((a, b) => a.start - b.start)
}

/**
 * The objectives section a section belongs to: one headed with objectives
 * proper (“Objectives”, “Goals”, “What we want”), not a measurement or
 * reporting section, which describes how, not what.
 */
function goalsSection(section: Section): Section | undefined {
  for (let cursor: Section | undefined = section; cursor; cursor = cursor.parent) {
    if (
      cursor.heading &&
      !cursor.ownRoles.has('audience') &&
      cursor.heading.sentences.some((sentence) =>
        sentence.matches.some((match) => match.category === 'goal-label' && !match.quoted)
      )
    )
      return cursor
    if (cursor.ownRoles.size > 0) return undefined
  }
  return undefined
}

/**
 * A label line (“Targets for Q3:”) heads only the list right under it: the
 * paragraphs after that list (“Who we're talking to: …”) are the next part
 * of an email or memo, not more objectives.
 */
function labelledList(section: Section, blocks: readonly Block[]): readonly Block[] {
  const list = blocks[0]?.list
  if (section.depth !== PSEUDO_HEADING_DEPTH || !list) return blocks
  return blocks.filter((block) => block.list?.id === list.id)
}

/** A block whose first line is only a goals label (“OBJECTIVES”), with the objectives on the lines below. */
function opensWithGoalsLabel(plan: PlanModel, block: Block): boolean {
  const first = block.sentences[0]
  const [label, next] = first?.tokens ?? []
  if (!first || !label || !next || block.sentences.length + first.tokens.length < 4) return false
  const isLabel = first.matches.some(
    (match) => match.category === 'goal-label' && match.first === 0 && match.last === 0
  )
  return isLabel && plan.source.slice(label.end, next.start).includes('\n')
}

/** Words a goals label may take before its colon: “Goals by Paddy's Day:”, “Targets for Q3:”. */
const LABEL_QUALIFIER_WORDS = 4

/** “Goals: 5k followers and 20 new memberships by June.”, “Goals by Paddy's Day: 5,000 followers …” */
function isGoalsLine(sentence: Sentence): boolean {
  if (
    !sentence.matches.some(
      (match) =>
        match.category === 'goal-label' && match.first === 0 && match.last === 0 && !match.quoted
    )
  )
    return false
  const colon = sentence.tokens.findIndex((token) => token.text === ':')
  if (colon < 1 || colon > 1 + LABEL_QUALIFIER_WORDS || colon === sentence.tokens.length - 1)
    return false
  // Only a deadline may stand between the label and its colon (“Goals by
  // Paddy's Day:”, “Targets for Q3:”): “Aims of the office:” names something else.
  const qualifier = sentence.tokens.slice(1, colon)
  return (
    qualifier.length === 0 || deadlineWords.has(qualifier[0]!.lower) || qualifier.some(isDateWord)
  )
}

function isDateWord(token: Sentence['tokens'][number]): boolean {
  return token.kind === 'number' || periodWords.has(token.lower) || isCalendarWord(token.lower)
}

/** Objectives: list items and table rows as one each, other sentences one by one. */
function itemsOf(blocks: readonly Block[]): Array<readonly Sentence[]> {
  const items = new Map<string, Sentence[]>()
  for (const block of blocks) {
    if (block.table && block.table.row === 0) continue
    if (block.table) append(items, `t${block.table.id}:${block.table.row}`, ...block.sentences)
    else if (block.list) append(items, `l${block.list.id}:${block.list.item}`, ...block.sentences)
    else for (const sentence of block.sentences) append(items, `s${sentence.index}`, sentence)
  }
  return [...items.values()]
}

/**
 * An objective is human when it names an outcome for people (“fewer”,
 * “feel”, “back doing”), or names people with no business number; business
 * when it counts sales, leads or attention.
 */
function kindOf(item: readonly Sentence[]): Kind {
  const live = item.flatMap((sentence) => sentence.matches.filter((match) => !match.quoted))
  if (live.some((match) => match.category === 'human-outcome' && !match.negated)) return 'human'
  if (item.some(saysWhatOthersCanDo)) return 'human'
  // “More under-16s who are struggling reach a trained volunteer”: people in a
  // situation, and what happens for them, whatever attention words come with it.
  const situated = live.some((match) => match.category === 'audience-need' && !match.negated)
  if (situated && live.some((match) => match.category === 'people' && namesSomeone(match)))
    return 'human'
  // Whether there is any, not which: the widest of them is listed only in a finding.
  if (item.some((sentence) => sentence.matches.some(isBusinessWord))) return 'business'
  const people = live.filter((match) => match.category === 'people' && namesSomeone(match))
  // “5 new client dogs a month”, “£1.2m from new clients”: people to acquire, a customer number.
  if (people.length > 0 && people.every(isAcquired)) return 'business'
  if (people.length > 0) return 'human'
  return 'neither'
}

function namesSomeone(person: LexiconMatch): boolean {
  return !NOBODY_IN_PARTICULAR.some((tag) => hasTag(person, tag))
}

function isAcquired(person: LexiconMatch): boolean {
  const tokens = person.sentence.tokens
  if (tokens[person.first - 1]?.lower !== 'new') return false
  // Counted or brought in (“5 new clients”, “revenue from new clients”), not
  // people who happen to be new (“half of surveyed new tenants say …”).
  const before = tokens[person.first - 2]
  return (
    before !== undefined &&
    (before.kind === 'number' || before.lower === 'from' || before.lower === 'more')
  )
}

function isBusinessWord(match: LexiconMatch): boolean {
  return (
    (match.category === 'business-objective' || match.category === 'business-metric') &&
    !match.quoted &&
    !match.negated
  )
}

function businessWords(item: readonly Sentence[]): string[] {
  return item.flatMap((sentence) => {
    const found = sentence.matches.filter(isBusinessWord)
    // “Ticket sales” is one number, not also “Ticket” and “sales”.
    return widestMatches(found).map((match) =>
      sentence.tokens
        .slice(match.first, match.last + 1)
        .map((token) => token.text)
        .join(' ')
    )
  })
}
