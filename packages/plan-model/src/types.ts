import type {Nodes} from 'mdast'
import type {Judgements} from './judgements/judge.js'
import type {Contribution} from './judgements/types.js'

/** What a section is for, read from its heading. */
export type SectionRole =
  | 'purpose'
  | 'audience'
  | 'strategy'
  | 'tactics'
  | 'channels'
  | 'goals'
  | 'owners'
  | 'beliefs'
  | 'listening'
  | 'review'

/** One token of the plan's own words. Offsets are into the source file. */
export interface Token {
  /** Index within its sentence. */
  readonly index: number
  readonly text: string
  readonly lower: string
  /** Porter stem of `lower`; what lexicons match on. */
  readonly stem: string
  readonly kind: 'word' | 'number' | 'punctuation'
  readonly start: number
  readonly end: number
  /** Inside a quotation of three or more words: someone else's voice. */
  readonly quoted: boolean
}

export interface Sentence {
  readonly index: number
  readonly text: string
  readonly start: number
  readonly end: number
  readonly tokens: readonly Token[]
  readonly block: Block
  /** Lexicon matches in this sentence, in token order. */
  readonly matches: readonly LexiconMatch[]
}

export interface ListPlace {
  /** Identity of the list this item belongs to. */
  readonly id: number
  readonly ordered: boolean
  /** Position of the item in its list. */
  readonly item: number
  /** Number of items in the list. */
  readonly size: number
  /** Nesting: 1 for a top-level list. */
  readonly depth: number
  /** Source offsets of the whole list. */
  readonly start: number
  readonly end: number
}

export interface TablePlace {
  readonly id: number
  readonly row: number
  readonly column: number
  readonly rows: number
  /** Source offsets of the whole table. */
  readonly start: number
  readonly end: number
}

/** A heading, paragraph or table cell of the plan's own voice. */
export interface Block {
  readonly index: number
  readonly kind: 'heading' | 'paragraph' | 'tableCell'
  readonly text: string
  readonly start: number
  readonly end: number
  readonly node: Nodes
  readonly section: Section
  readonly list: ListPlace | undefined
  readonly table: TablePlace | undefined
  readonly sentences: readonly Sentence[]
  /** A paragraph, list item or text line that works as a heading. */
  readonly pseudoHeading: boolean
}

export interface Section {
  readonly index: number
  /** Heading text; empty for the preamble before the first heading. */
  readonly title: string
  /** 0 for the preamble, 1–6 for headings, 7 for pseudo-headings. */
  readonly depth: number
  readonly heading: Block | undefined
  /** Roles named by this section's own heading. */
  readonly ownRoles: ReadonlySet<SectionRole>
  /** Own roles, or the nearest enclosing section's when it names none. */
  readonly roles: ReadonlySet<SectionRole>
  readonly parent: Section | undefined
  readonly start: number
  readonly end: number
  /** Content blocks (not the heading itself). */
  readonly blocks: readonly Block[]
}

export interface LexiconEntry {
  /** Words as written; matched on their stems. */
  readonly phrase: string
  /** Name shown to users (“TikTok”); defaults to the phrase. */
  readonly canonical?: string
  /** Only match when written with a capital: for names that are also words (X, Threads, Medium). */
  readonly capitalized?: boolean
}

export interface Lexicon {
  readonly category: string
  readonly entries: readonly LexiconEntry[]
}

export interface LexiconMatch {
  readonly category: string
  readonly entry: LexiconEntry
  readonly canonical: string
  readonly sentence: Sentence
  /** Token range [first, last] within the sentence. */
  readonly first: number
  readonly last: number
  readonly start: number
  readonly end: number
  /** Under a negation (“we will not chase likes”). */
  readonly negated: boolean
  /** Inside someone else's quoted words. */
  readonly quoted: boolean
}

/** One `key: value` of the YAML front matter (list values give one entry per item). */
export interface FrontMatterEntry {
  /** Lowercased key. */
  readonly key: string
  readonly value: string
  /** Source offsets of the value. */
  readonly start: number
  readonly end: number
}

/** The one analysis of a plan that every rule reads, with the learned judgements (judgements/judge.ts) on it. */
export interface PlanModel extends Judgements {
  readonly source: string
  readonly sections: readonly Section[]
  readonly blocks: readonly Block[]
  readonly sentences: readonly Sentence[]
  /** Sentences that state why people should care. */
  readonly purposeStatements: readonly Sentence[]
  /** Sentences that state an aim: in a goals section, or phrased as one (see goal-statements.ts). */
  readonly goalStatements: readonly Sentence[]
  /** Sentences that describe an activity: post, publish, run ads, send. */
  readonly tacticStatements: readonly Sentence[]
  /** The same statements as sets, for membership tests in loops (instead of `Array.includes`). */
  readonly purposeStatementSet: ReadonlySet<Sentence>
  /** `goalStatements` as a set. */
  readonly goalStatementSet: ReadonlySet<Sentence>
  /** `tacticStatements` as a set. */
  readonly tacticStatementSet: ReadonlySet<Sentence>
  /** Platform and channel mentions in the plan's own voice. */
  readonly channelMentions: readonly LexiconMatch[]
  /** Where the plan first says what it is for, if anywhere (not a reason given in a channel table's row). */
  readonly purposeStart: number | undefined
  /** The sentence model's probability that a sentence states a What For. */
  sentenceWhatForScore(sentence: Sentence): number
  /** The features that decided whether a sentence states a What For, largest first. */
  explainWhatFor(sentence: Sentence): readonly Contribution[]
  /** The features that decided whether a block is a channel line-up, largest first. */
  explainLineUp(block: Block): readonly Contribution[]
  /** The YAML front matter, as flat entries (metadata, not the plan's voice). */
  readonly frontMatter: readonly FrontMatterEntry[]
  /** All matches of a lexicon category, in document order, own voice only. */
  matches(category: string): readonly LexiconMatch[]
  /** The blocks of one list (by `ListPlace.id`), in document order; empty for an unknown id. */
  listBlocks(listId: number): readonly Block[]
  /** The blocks of one item of a list (by `ListPlace.id` and `ListPlace.item`), in document order. */
  listItemBlocks(listId: number, item: number): readonly Block[]
  /** The cells of one table (by `TablePlace.id`), in document order. */
  tableCells(tableId: number): readonly Block[]
  /** The cells of one row of a table (by `TablePlace.id` and `TablePlace.row`), in document order. */
  tableRowCells(tableId: number, row: number): readonly Block[]
  /** The offset → line/column converter of the file. */
  point(offset: number): {line: number; column: number; offset: number}
}
