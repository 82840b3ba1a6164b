import type {Root} from 'mdast'
import type {VFile} from 'vfile'
import {location} from 'vfile-location'
import {isChannelRowReason, type RowCells} from './channel-tables.js'
import {isWeekdayDate} from './dates.js'
import {readFrontMatter} from './front-matter.js'
import {isGoalStatement} from './goal-statements.js'
import {
  type GroupShape,
  groupShape,
  lineUpFeatures,
  whatForFeatures
} from './judgements/features.js'
import {type Judgements, judge, shippedModels} from './judgements/judge.js'
import {contributions, probability} from './judgements/model.js'
import type {PlanCore} from './judgements/types.js'
import {PhraseIndex} from './lexicon.js'
import {sentenceLexicons} from './lexicons/index.js'
import {isNegated, isRefusal} from './negation.js'
import {isPurposeStatement} from './purpose.js'
import {rolesAtStart, rolesOf} from './roles.js'
import {type RawSentence, splitSentences, tokenize} from './tokenize.js'
import type {
  Block,
  LexiconMatch,
  PlanModel,
  Section,
  SectionRole,
  Sentence,
  Token
} from './types.js'
import {extractBlocks, type RawBlock, toSource} from './voice.js'

const sentenceIndex = new PhraseIndex(sentenceLexicons)
const cache = new WeakMap<Root, PlanModel>()

/**
 * The plan model of a document, computed once per tree and shared by every
 * rule that asks for it.
 */
export function getPlan(tree: Root, file: VFile): PlanModel {
  let plan = cache.get(tree)
  if (!plan) {
    plan = analyse(tree, String(file.value ?? ''))
    cache.set(tree, plan)
  }
  return plan
}

const PSEUDO_HEADING_DEPTH = 7
const MAX_HEADING_WORDS = 6
const MAX_LABEL_WORDS = 4
const MAX_ROLE_QUESTION_WORDS = 10

// Mutable shapes used while building; exposed read-only through the types.
type MutableSection = {-readonly [K in keyof Section]: Section[K]} & {blocks: Block[]}
type MutableBlock = {-readonly [K in keyof Block]: Block[K]} & {sentences: Sentence[]}

export function analyse(tree: Root, source: string): PlanModel {
  const rawBlocks = extractBlocks(tree, source)
  const depthOneHeadings = rawBlocks.filter(
    (block) => block.kind === 'heading' && block.depth === 1
  ).length
  const sections: MutableSection[] = []
  const blocks: MutableBlock[] = []
  const sentences: Sentence[] = []

  const preamble = newSection(0, '', 0, undefined, new Set(), undefined)
  sections.push(preamble)
  let current = preamble

  const openSection = (
    heading: MutableBlock,
    depth: number,
    tokens: readonly Token[],
    isTitle: boolean
  ): void => {
    let parent: MutableSection | undefined = current
    while (parent && parent.depth >= depth) parent = parent.parent as MutableSection | undefined
    const ownRoles = isTitle ? new Set<SectionRole>() : rolesOf(tokens)
    const section = newSection(
      sections.length,
      heading.text.trim(),
      depth,
      heading,
      ownRoles,
      parent ?? preamble
    )
    sections.push(section)
    current = section
    heading.section = section
  }

  rawBlocks.forEach((raw, rawIndex) => {
    const rawSentences = splitSentences(raw.text, tokenize(raw.text))
    const headingLike = headingShape(raw, rawSentences)
    if (headingLike === 'whole') {
      const block = makeBlock(raw, rawSentences, true)
      // The document's title names no section role (“Social Media Strategy 2025” is not a strategy section).
      // A lone h1 on top is the title; so is a first plain-text line, unless it
      // is itself a short role label (“Purpose”, “GOALS:”).
      const namesRole = rolesAtStart(allTokens(block)).size > 0 && wordCount(rawSentences[0]!) <= 3
      const isTitle =
        rawIndex === 0 &&
        (raw.kind === 'heading' ? raw.depth === 1 && depthOneHeadings === 1 : !namesRole)
      openSection(
        block,
        raw.kind === 'heading' ? raw.depth : PSEUDO_HEADING_DEPTH,
        allTokens(block),
        isTitle
      )
      return
    }
    if (headingLike === 'first-line') {
      const [first, ...rest] = rawSentences
      const heading = makeBlock(raw, [first!], true, first!.end)
      openSection(
        heading,
        PSEUDO_HEADING_DEPTH,
        allTokens(heading),
        rawIndex === 0 && rolesAtStart(allTokens(heading)).size === 0
      )
      const body = makeBlock(raw, rest, false)
      body.start = toSource(raw.segments, rest[0]!.start)
      current.blocks.push(body)
      return
    }
    const block = makeBlock(raw, rawSentences, false)
    current.blocks.push(block)
  })

  function makeBlock(
    raw: RawBlock,
    rawSentences: RawSentence[],
    pseudoHeading: boolean,
    textEnd?: number
  ): MutableBlock {
    const block: MutableBlock = {
      index: blocks.length,
      kind: pseudoHeading && raw.kind !== 'heading' ? 'paragraph' : raw.kind,
      text: textEnd === undefined ? raw.text : raw.text.slice(0, textEnd),
      start: raw.start,
      end: textEnd === undefined ? raw.end : toSource(raw.segments, textEnd),
      node: raw.node,
      section: current,
      list: raw.list,
      table: raw.table,
      sentences: [],
      pseudoHeading: pseudoHeading && raw.kind !== 'heading'
    }
    blocks.push(block)
    for (const rawSentence of rawSentences) {
      const sentence = buildSentence(raw, rawSentence, block, sentences.length)
      const previous = block.sentences[block.sentences.length - 1]
      // “A member asked whether we should make it go viral. We won't.”
      if (previous && isRefusal(sentence.tokens))
        for (const match of previous.matches) (match as {negated: boolean}).negated = true
      block.sentences.push(sentence)
      sentences.push(sentence)
    }
    return block
  }

  // Section extents: from the heading to the next section at the same or a higher level.
  // One pass with a stack of open sections (deepest on top), not a search per
  // section: a long document has thousands of sections.
  const open: MutableSection[] = []
  for (const section of sections) {
    section.start = section.heading ? section.heading.start : 0
    while (
      open.length > 0 &&
      (open[open.length - 1]!.depth === 0 || section.depth <= open[open.length - 1]!.depth)
    ) {
      open.pop()!.end = section.heading?.start ?? source.length
    }
    open.push(section)
  }
  for (const section of open) section.end = source.length
  for (const section of sections) section.roles = effectiveRoles(section)

  const channelMentions = sentences.flatMap((sentence) =>
    sentence.matches.filter(
      (match) => (match.category === 'platform' || match.category === 'channel') && !match.quoted
    )
  )
  const tacticStatements = sentences.filter((sentence) => isTacticStatement(sentence))
  const tacticSet = new Set(tacticStatements)
  const purposeStatements = sentences.filter(
    (sentence) =>
      isPurposeStatement(sentence, sentence.block.section, tacticSet.has(sentence)) &&
      !sentence.block.pseudoHeading &&
      sentence.block.kind !== 'heading'
  )

  const byCategory = new Map<string, LexiconMatch[]>()
  for (const sentence of sentences) {
    for (const match of sentence.matches) {
      if (match.quoted) continue
      const list = byCategory.get(match.category) ?? []
      list.push(match)
      byCategory.set(match.category, list)
    }
  }
  const place = location(source)

  // Blocks by list and list item, cells by table and row: built once, so
  // rules that read a block's list or row stay linear in the document.
  const listBlocks = new Map<number, Block[]>()
  const listItemBlocks = new Map<number, Map<number, Block[]>>()
  const tableCells = new Map<number, Block[]>()
  const tableRowCells = new Map<number, Map<number, Block[]>>()
  for (const block of blocks) {
    if (block.list) {
      append(listBlocks, block.list.id, block)
      append(nested(listItemBlocks, block.list.id), block.list.item, block)
    }
    if (block.table) {
      append(tableCells, block.table.id, block)
      append(nested(tableRowCells, block.table.id), block.table.row, block)
    }
  }
  const goalStatements = sentences.filter(isGoalStatement)
  const rowCells: RowCells = (tableId, row) => tableRowCells.get(tableId)?.get(row) ?? []
  // Where the plan first says what it is for: not in a purpose section
  // without a purpose in it (“Purpose: grow sales 20%”), nor in a channel's
  // row of a channel table.
  const purposeStart = purposeStatements.find(
    (sentence) => !isChannelRowReason(rowCells, sentence)
  )?.start

  const core: PlanCore = {
    source,
    sections,
    blocks,
    sentences,
    purposeStatements,
    goalStatements,
    tacticStatements,
    purposeStatementSet: new Set(purposeStatements),
    goalStatementSet: new Set(goalStatements),
    tacticStatementSet: tacticSet,
    channelMentions,
    purposeStart,
    frontMatter: readFrontMatter(tree, source),
    matches: (category) => byCategory.get(category) ?? [],
    listBlocks: (listId) => listBlocks.get(listId) ?? [],
    listItemBlocks: (listId, item) => listItemBlocks.get(listId)?.get(item) ?? [],
    tableCells: (tableId) => tableCells.get(tableId) ?? [],
    tableRowCells: rowCells,
    sectionsWith: (role) => sections.filter((section) => section.roles.has(role)),
    point(offset) {
      const point = place.toPoint(Math.max(0, Math.min(offset, source.length)))
      return point
        ? {line: point.line, column: point.column, offset: point.offset ?? offset}
        : {line: 1, column: 1, offset: 0}
    }
  }
  // The learned judgements run on first use: a configuration without the
  // headline rules, or the trainer reading features, does not pay for them.
  let judged: Judgements | undefined
  const judgements = (): Judgements => (judged ??= judge(core))
  let shape: GroupShape | undefined
  const shapeOf = (): GroupShape => {
    shape ??= groupShape(core)
    return shape
  }
  return {
    ...core,
    get whatForStatements() {
      return judgements().whatForStatements
    },
    get whatForStart() {
      return judgements().whatForStart
    },
    get channelLineUps() {
      return judgements().channelLineUps
    },
    get channelOpening() {
      return judgements().channelOpening
    },
    get channelFirstScore() {
      return judgements().channelFirstScore
    },
    get whatForScore() {
      return judgements().whatForScore
    },
    sentenceWhatForScore: (sentence) =>
      probability(shippedModels.whatFor, whatForFeatures(core, sentence)),
    explainWhatFor: (sentence) =>
      contributions(shippedModels.whatFor, whatForFeatures(core, sentence)),
    explainLineUp: (block) =>
      contributions(shippedModels.lineUp, lineUpFeatures(core, shapeOf(), block))
  }
}

function append<Key>(map: Map<Key, Block[]>, key: Key, block: Block): void {
  const list = map.get(key)
  if (list) list.push(block)
  else map.set(key, [block])
}

function nested<Key>(map: Map<number, Map<Key, Block[]>>, key: number): Map<Key, Block[]> {
  let inner = map.get(key)
  if (!inner) {
    inner = new Map()
    map.set(key, inner)
  }
  return inner
}

/**
 * A sentence that describes an activity: a tactic verb (post, publish, run
 * ads) or a cadence, about a channel or inside a tactics or channels section.
 */
function isTacticStatement(sentence: Sentence): boolean {
  // Past tense tells a story (“we met on MySpace”, “Tom messaged Ellie”), not a plan.
  const live = sentence.matches.filter(
    (match) =>
      !match.negated &&
      !match.quoted &&
      !(match.category === 'tactic-verb' && isPastTense(sentence.tokens[match.first]!))
  )
  const has = (category: string): boolean => live.some((match) => match.category === category)
  if (!has('tactic-verb') && !has('schedule')) return false
  const roles = sentence.block.section.roles
  return (
    has('platform') ||
    has('channel') ||
    has('schedule') ||
    roles.has('tactics') ||
    roles.has('channels')
  )
}

const IRREGULAR_PAST = new Set([
  'ran',
  'wrote',
  'sent',
  'put',
  'bought',
  'did',
  'made',
  'went',
  'got',
  'had',
  'was',
  'were'
])

function isPastTense(token: Token): boolean {
  return (token.lower.endsWith('ed') && token.lower.length > 4) || IRREGULAR_PAST.has(token.lower)
}

function newSection(
  index: number,
  title: string,
  depth: number,
  heading: Block | undefined,
  ownRoles: Set<SectionRole>,
  parent: Section | undefined
): MutableSection {
  return {
    index,
    title,
    depth,
    heading,
    ownRoles,
    roles: ownRoles,
    parent,
    start: 0,
    end: 0,
    blocks: []
  }
}

function effectiveRoles(section: Section): ReadonlySet<SectionRole> {
  for (let cursor: Section | undefined = section; cursor; cursor = cursor.parent) {
    if (cursor.ownRoles.size > 0) return cursor.ownRoles
  }
  return section.ownRoles
}

function allTokens(block: Block): Token[] {
  return block.sentences.flatMap((sentence) => [...sentence.tokens])
}

function buildSentence(
  raw: RawBlock,
  rawSentence: RawSentence,
  block: Block,
  index: number
): Sentence {
  // The raw tokens become the sentence's tokens: block-text offsets moved to
  // source offsets, in place (each sentence is built once).
  const tokens: Token[] = rawSentence.tokens
  for (const token of rawSentence.tokens) {
    token.start = toSource(raw.segments, token.start)
    token.end = toSource(raw.segments, token.end - 1) + 1
  }
  const matches: LexiconMatch[] = []
  const sentence: Sentence = {
    index,
    text: raw.text.slice(rawSentence.start, rawSentence.end),
    start: tokens[0]?.start ?? raw.start,
    end: tokens[tokens.length - 1]?.end ?? raw.end,
    tokens,
    block,
    matches
  }
  for (let tokenIndex = 0; tokenIndex < tokens.length; tokenIndex++) {
    for (const phrase of sentenceIndex.matchAt(tokens, tokenIndex)) {
      const last = tokenIndex + phrase.stems.length - 1
      if (phrase.category === 'schedule' && isWeekdayDate(tokens, tokenIndex, last)) continue
      matches.push({
        category: phrase.category,
        entry: phrase.entry,
        canonical: phrase.entry.canonical ?? phrase.entry.phrase,
        sentence,
        first: tokenIndex,
        last,
        start: tokens[tokenIndex]!.start,
        end: tokens[last]!.end,
        negated: isNegated(tokens, tokenIndex, last),
        quoted: tokens[tokenIndex]!.quoted
      })
    }
  }
  return sentence
}

/**
 * Whether a block works as a heading: a real heading, a bold-only line, the
 * short lead of an outline item (“1. Purpose”), or a short line that names a
 * section role or is written in capitals (“GOALS”, “Channels:”).
 */
function headingShape(raw: RawBlock, sentences: RawSentence[]): 'whole' | 'first-line' | 'none' {
  if (raw.kind === 'heading') return 'whole'
  if (raw.kind !== 'paragraph' || sentences.length === 0) return 'none'
  if (raw.emphasisOnly && sentences.length === 1 && wordCount(sentences[0]!) <= 8) return 'whole'
  // “**Q7. Are we going to do social listening?**”: a numbered bold line splits into two sentences.
  if (
    raw.emphasisOnly &&
    sentences.length === 2 &&
    wordCount(sentences[0]!) <= 2 &&
    wordCount(sentences[0]!) + wordCount(sentences[1]!) <= MAX_ROLE_QUESTION_WORDS
  )
    return 'whole'
  const first = sentences[0]!
  if (!looksLikeHeadingLine(first)) return 'none'
  if (raw.list && !raw.firstInItem) return 'none'
  if (sentences.length === 1) return raw.list && !raw.leadsListItem ? 'none' : 'whole'
  // Only the first line: it must stand on a line of its own.
  return raw.text.slice(first.end).trimStart() !== raw.text.slice(first.end) &&
    raw.text.slice(first.end, first.end + 3).includes('\n')
    ? 'first-line'
    : 'none'
}

function wordCount(sentence: RawSentence): number {
  return sentence.tokens.filter((token) => token.kind === 'word').length
}

function looksLikeHeadingLine(sentence: RawSentence): boolean {
  const words = sentence.tokens.filter((token) => token.kind === 'word')
  if (words.length === 0) return false
  const last = sentence.tokens[sentence.tokens.length - 1]!
  if (last.kind === 'punctuation' && last.text !== ':' && last.text !== '?') return false
  // A question or label that opens with a role may run longer (“Why are we doing any of this?”).
  if (words.length > MAX_HEADING_WORDS)
    return (
      words.length <= MAX_ROLE_QUESTION_WORDS &&
      last.kind === 'punctuation' &&
      rolesAtStart(sentence.tokens).size > 0
    )
  const shouting = words.every(
    (token) => token.text === token.text.toUpperCase() && /[A-Z]/.test(token.text)
  )
  // A line of a few capitalised words with no sentence punctuation is a
  // plain-text heading (“Formats”, “Paid media”), whatever it names.
  const first = words[0]!.text.charAt(0)
  const label =
    words.length <= MAX_LABEL_WORDS &&
    first !== first.toLowerCase() &&
    (last.kind !== 'punctuation' || last.text === ':')
  return shouting || label || rolesAtStart(sentence.tokens).size > 0
}
