import {socialHosts} from '../lexicons/index.js'
import {liveMatches} from '../queries/matches.js'
import {headedAsChannels} from '../statements/channel-tables.js'
import {saysWhatOthersCanDo} from '../statements/others-can-do.js'
import type {Block, LexiconMatch, Section, Sentence, Token} from '../types.js'
import type {PlanCore} from './types.js'

/**
 * What the two learned judgements look at. A feature is a name and a value;
 * the names are plain enough to read in `scripts/why.mjs` (“heading:why”,
 * “word:help”, “lexicon:people”, “list:channel-items”). Three kinds:
 * - structure the plan model already knows: the section's roles and heading
 *   words, block kind, list and table shape, position in the document;
 * - closed-class lexicon categories (platform and channel names, people,
 *   business metrics, schedules): which categories a sentence or block meets;
 * - the plan's own words: their stems, so that wordings no lexicon
 *   lists still carry weight once labelled examples show them.
 * Words inside quotations of three or more words are someone else's voice
 * and are left out.
 */
export type Features = Map<string, number>

const LENGTH_BUCKETS: ReadonlyArray<readonly [number, string]> = [
  [3, '1-3'],
  [8, '4-8'],
  [20, '9-20'],
  [40, '21-40']
]

function lengthBucket(words: number): string {
  for (const [limit, name] of LENGTH_BUCKETS) if (words <= limit) return name
  return '41+'
}

/** Fifths of the document, by offset. */
function positionBucket(plan: PlanCore, offset: number): string {
  const length = Math.max(1, plan.source.length)
  return String(Math.min(4, Math.floor((offset / length) * 5)))
}

function ownWords(tokens: readonly Token[]): Token[] {
  return tokens.filter((token) => token.kind === 'word' && !token.quoted)
}

/**
 * Adds the own-voice word stems, and says how many words there were. Stem
 * pairs were tried and left out: grouped cross-validation scored the same
 * without them (no-channel-first 0.73/0.76, what-for 0.89/0.88), and they
 * doubled the names made per sentence.
 */
function addWords(features: Features, tokens: readonly Token[], prefix: string): number {
  let count = 0
  for (const token of tokens) {
    if (token.kind !== 'word' || token.quoted) continue
    count++
    features.set(`${prefix}:${token.stem}`, 1)
  }
  return count
}

function addLexiconCategories(features: Features, sentences: readonly Sentence[]): void {
  for (const sentence of sentences) {
    for (const match of sentence.matches) {
      if (match.quoted) continue
      features.set(`lexicon:${match.category}${match.negated ? ':negated' : ''}`, 1)
    }
  }
}

// A section's features are the same for every sentence and block in it: made once.
const sectionFeatureCache = new WeakMap<Section, Features>()

/** Features of a section (its roles and heading words), shared by every sentence and block in it. */
export function sectionFeatures(section: Section): Features {
  let own = sectionFeatureCache.get(section)
  if (!own) {
    own = new Map()
    for (const role of section.roles) own.set(`role:${role}`, 1)
    for (const role of section.ownRoles) own.set(`own-role:${role}`, 1)
    const heading = section.heading
    if (heading) for (const sentence of heading.sentences) addWords(own, sentence.tokens, 'heading')
    else own.set('section:preamble', 1)
    sectionFeatureCache.set(section, own)
  }
  return own
}

function addSection(features: Features, section: Section): void {
  for (const [name, value] of sectionFeatures(section)) features.set(name, value)
}

/** The platforms and channels a sentence names in its own voice (not negated, not quoted). */
export function liveChannelMatches(sentence: Sentence): LexiconMatch[] {
  return [...liveMatches(sentence, 'platform'), ...liveMatches(sentence, 'channel')]
}

/** Distinct channel names a sentence names in its own voice. */
export function channelNames(sentence: Sentence): Set<string> {
  return new Set(liveChannelMatches(sentence).map((match) => match.canonical))
}

function channelWordShare(sentences: readonly Sentence[]): number {
  let words = 0
  let channelWords = 0
  for (const sentence of sentences) {
    words += ownWords(sentence.tokens).length
    for (const match of liveChannelMatches(sentence)) channelWords += match.last - match.first + 1
  }
  return words === 0 ? 0 : Math.min(1, channelWords / words)
}

function countBucket(count: number): string {
  return count >= 3 ? '3+' : String(count)
}

/**
 * Features of one sentence for “does this state a What For?”. Without its
 * section's (`withSection` false) when the caller adds the section's share
 * once for all its sentences: the two sets of names never overlap.
 */
export function whatForFeatures(plan: PlanCore, sentence: Sentence, withSection = true): Features {
  const features: Features = new Map()
  const block = sentence.block
  const words = addWords(features, sentence.tokens, 'word')
  const first = sentence.tokens.find((token) => token.kind === 'word' && !token.quoted)
  if (first) features.set(`first-word:${first.stem}`, 1)
  // No position: rules.md accepts a What For wherever it sits.
  features.set(`length:${lengthBucket(words)}`, 1)
  features.set(`block:${blockKind(block)}`, 1)
  if (block.pseudoHeading) features.set('block:pseudo-heading', 1)
  if (block.sentences[0] === sentence) features.set('sentence:first-of-block', 1)
  if (withSection) addSection(features, block.section)
  addLexiconCategories(features, [sentence])
  features.set(`channels:${countBucket(channelNames(sentence).size)}`, 1)
  if (plan.purposeStatementSet.has(sentence)) features.set('model:purpose-statement', 1)
  if (plan.goalStatementSet.has(sentence)) features.set('model:goal-statement', 1)
  if (plan.tacticStatementSet.has(sentence)) features.set('model:tactic-statement', 1)
  if (saysWhatOthersCanDo(sentence)) features.set('model:others-can-do', 1)
  if (sentence.tokens.some((token) => token.kind === 'number')) features.set('has:number', 1)
  if (sentence.text.trimEnd().endsWith('?')) features.set('has:question', 1)
  return features
}

/** How far into the plan a block stands, counted in blocks: the opening is a few blocks long whatever the plan's length. */
function indexBucket(index: number): string {
  if (index === 0) return '0'
  if (index <= 3) return '1-3'
  if (index <= 10) return '4-10'
  return '11+'
}

function blockKind(block: Block): string {
  if (block.kind === 'heading') return 'heading'
  if (block.table) return 'table-cell'
  if (block.list) return 'list-item'
  return 'paragraph'
}

/** Shape of a block's surroundings that the plan model knows once per list, table or section. */
export interface GroupShape {
  /** Share of a list's items whose lead sentence names a channel. */
  readonly listChannelItems: ReadonlyMap<number, {share: number; count: number}>
  /** Share of a table's body cells, in its most channel-heavy column, that name a channel. */
  readonly tableChannelColumn: ReadonlyMap<number, {share: number; headed: boolean}>
  /** For a heading: how many headings beside it (same parent, same depth) name a channel. */
  readonly siblingChannelHeadings: ReadonlyMap<Block, number>
}

/** Computed once per plan: each list, table and heading run is read once, not once per block. */
export function groupShape(plan: PlanCore): GroupShape {
  const listChannelItems = new Map<number, {share: number; count: number}>()
  const tableChannelColumn = new Map<number, {share: number; headed: boolean}>()
  const siblingChannelHeadings = new Map<Block, number>()
  const listItems = new Map<number, Map<number, boolean>>()
  const tableColumns = new Map<
    number,
    Map<number, {cells: number; channels: number; headed: boolean}>
  >()
  for (const block of plan.blocks) {
    if (block.list) {
      const items = listItems.get(block.list.id) ?? new Map<number, boolean>()
      listItems.set(block.list.id, items)
      // The lead sentence of an item decides: “Instagram: behind the scenes”.
      if (!items.has(block.list.item))
        items.set(
          block.list.item,
          block.sentences[0] !== undefined && channelNames(block.sentences[0]).size > 0
        )
    }
    if (block.table && block.table.row > 0) {
      const columns = tableColumns.get(block.table.id) ?? new Map()
      tableColumns.set(block.table.id, columns)
      const column = columns.get(block.table.column) ?? {
        cells: 0,
        channels: 0,
        headed: headedAsChannels(plan.tableRowCells, block)
      }
      column.cells++
      if (block.sentences.some((sentence) => channelNames(sentence).size > 0)) column.channels++
      columns.set(block.table.column, column)
    }
  }
  for (const [id, items] of listItems) {
    const count = [...items.values()].filter(Boolean).length
    listChannelItems.set(id, {share: items.size === 0 ? 0 : count / items.size, count})
  }
  for (const [id, columns] of tableColumns) {
    let best = {share: 0, headed: false}
    for (const column of columns.values()) {
      const share = column.cells === 0 ? 0 : column.channels / column.cells
      if (column.headed || share > best.share)
        best = {
          share: column.headed ? Math.max(share, 1) : share,
          headed: column.headed || best.headed
        }
    }
    tableChannelColumn.set(id, best)
  }
  const headingsByParent = new Map<Section | undefined, Block[]>()
  for (const section of plan.sections) {
    if (!section.heading) continue
    const siblings = headingsByParent.get(section.parent) ?? []
    siblings.push(section.heading)
    headingsByParent.set(section.parent, siblings)
  }
  for (const siblings of headingsByParent.values()) {
    const naming = siblings.filter((heading) =>
      heading.sentences.some((sentence) => channelNames(sentence).size > 0)
    ).length
    for (const heading of siblings) siblingChannelHeadings.set(heading, naming)
  }
  return {listChannelItems, tableChannelColumn, siblingChannelHeadings}
}

/** Links and handles in a block: accounts, whatever the link text says. */
function linkShape(block: Block): {
  links: number
  social: number
  internal: number
  handles: number
} {
  let links = 0
  let social = 0
  let internal = 0
  const stack: unknown[] = [block.node]
  while (stack.length > 0) {
    const node = stack.pop() as {type?: string; url?: string; children?: unknown[]}
    if (node.type === 'link' && typeof node.url === 'string') {
      links++
      const url = node.url.toLowerCase()
      if (socialHosts.some((host) => url.includes(host))) social++
      // An anchor or a relative path: a table of contents or a see-also, not an account.
      else if (!url.includes('://') && !url.startsWith('mailto:')) internal++
    }
    // A list item's node holds its nested lists too: those are their own blocks.
    if (node.children && node.type !== 'list') for (const child of node.children) stack.push(child)
  }
  let handles = 0
  for (const sentence of block.sentences)
    for (const token of sentence.tokens) if (token.text === '@') handles++
  return {links, social, internal, handles}
}

/** Features of one block for “is this a channel line-up, account list, channel table, per-channel heading or posting schedule?”. */
export function lineUpFeatures(
  plan: PlanCore,
  shape: GroupShape,
  block: Block,
  withSection = true
): Features {
  const features: Features = new Map()
  let words = 0
  for (const sentence of block.sentences) words += addWords(features, sentence.tokens, 'word')
  const names = new Set<string>()
  for (const sentence of block.sentences) for (const name of channelNames(sentence)) names.add(name)
  features.set(`channels:${countBucket(names.size)}`, 1)
  const share = channelWordShare(block.sentences)
  features.set('channels:word-share', share)
  features.set(`length:${lengthBucket(words)}`, 1)
  if (names.size > 0 && share >= 0.5) features.set('channels:mostly-names', 1)
  features.set(`block:${blockKind(block)}`, 1)
  if (block.pseudoHeading) features.set('block:pseudo-heading', 1)
  if (block.index === 0 && (block.kind === 'heading' || block.pseudoHeading))
    features.set('block:title', 1)
  features.set(`position:${positionBucket(plan, block.start)}`, 1)
  features.set(`block-index:${indexBucket(block.index)}`, 1)
  if (withSection) addSection(features, block.section)
  addLexiconCategories(features, block.sentences)
  if (block.list) {
    const list = shape.listChannelItems.get(block.list.id)
    if (list) {
      features.set('list:channel-items', list.share)
      features.set(`list:channel-item-count:${countBucket(list.count)}`, 1)
    }
    features.set(`list:size:${countBucket(block.list.size)}`, 1)
  }
  if (block.table) {
    const table = shape.tableChannelColumn.get(block.table.id)
    if (table) {
      features.set('table:channel-column', table.share)
      if (table.headed) features.set('table:headed-channel', 1)
    }
  }
  if (block.kind === 'heading' || block.pseudoHeading) {
    const siblings = shape.siblingChannelHeadings.get(block) ?? 0
    features.set(`headings:channel-siblings:${countBucket(siblings)}`, 1)
  }
  const links = linkShape(block)
  if (links.links > 0) features.set(`links:${countBucket(links.links)}`, 1)
  if (links.social > 0) features.set(`links:social:${countBucket(links.social)}`, 1)
  if (links.internal > 0) features.set(`links:internal:${countBucket(links.internal)}`, 1)
  if (links.handles > 0) features.set('has:handle', 1)
  // A heading that is a channel's name and little else: “## Twitter”, “### LinkedIn (weekly)”.
  if ((block.kind === 'heading' || block.pseudoHeading) && names.size > 0 && share >= 0.5)
    features.set('heading:names-a-channel', 1)
  let purpose = false
  let goal = false
  let tactic = false
  for (const sentence of block.sentences) {
    purpose ||= plan.purposeStatementSet.has(sentence)
    goal ||= plan.goalStatementSet.has(sentence)
    tactic ||= plan.tacticStatementSet.has(sentence)
  }
  if (purpose) features.set('model:purpose-statement', 1)
  if (goal) features.set('model:goal-statement', 1)
  if (tactic) features.set('model:tactic-statement', 1)
  return features
}
