import type {RawBlock} from '../blocks/raw-block.js'
import {toSource} from '../blocks/segments.js'
import type {SentenceText} from '../sentences/read.js'
import {PSEUDO_HEADING_DEPTH} from '../shared/pseudo-heading.js'
import type {SectionRole, Token} from '../types.js'
import {headingShape, wordCount} from './heading-shape.js'
import {rolesAtStart, rolesOf} from './roles.js'

const MAX_TITLE_LABEL_WORDS = 3

/** A block as the plan model will hold it: a raw block, or a part of one split at its first line. */
export interface BlockPart {
  readonly raw: RawBlock
  readonly sentences: readonly SentenceText[]
  readonly text: string
  readonly start: number
  readonly end: number
  /** A paragraph that works as a heading. */
  readonly pseudoHeading: boolean
  /** The section this block opens, when it is a heading or works as one. */
  readonly opens: {readonly depth: number; readonly ownRoles: ReadonlySet<SectionRole>} | undefined
}

/** Which blocks work as headings, and the roles each one's section names. */
export function outline(
  raws: readonly RawBlock[],
  sentences: ReadonlyArray<readonly SentenceText[]>
): BlockPart[] {
  const depthOneHeadings = raws.filter((raw) => raw.kind === 'heading' && raw.depth === 1).length
  const parts: BlockPart[] = []
  raws.forEach((raw, index) => {
    const own = sentences[index]!
    const shape = headingShape(raw, own)
    if (shape === 'none') {
      parts.push(blockPart(raw, own, false, undefined))
    } else if (shape === 'whole') {
      const opens = openedBy(raw, own, index === 0, depthOneHeadings === 1)
      parts.push(blockPart(raw, own, raw.kind !== 'heading', opens))
    } else {
      const [heading, body] = splitAtFirstLine(raw, own, index === 0)
      parts.push(heading, body)
    }
  })
  return parts
}

/**
 * The section a whole block opens as a heading. The document's title names no
 * section role (“Social Media Strategy 2025” is not a strategy section): a
 * lone h1 on top is the title; so is a first plain-text line, unless it is
 * itself a short role label (“GOALS:”).
 */
function openedBy(
  raw: RawBlock,
  sentences: readonly SentenceText[],
  onTop: boolean,
  loneH1: boolean
): BlockPart['opens'] {
  const tokens = sentences.flatMap((sentence) => sentence.tokens)
  const namesRole =
    rolesAtStart(tokens).size > 0 && wordCount(sentences[0]!.tokens) <= MAX_TITLE_LABEL_WORDS
  const isTitle = onTop && (raw.kind === 'heading' ? raw.depth === 1 && loneH1 : !namesRole)
  const depth = raw.kind === 'heading' ? raw.depth : PSEUDO_HEADING_DEPTH
  return {depth, ownRoles: isTitle ? new Set<SectionRole>() : rolesOf(tokens)}
}

/** A part, as a literal: a spread copy would take four times the memory, once per block. */
function blockPart(
  raw: RawBlock,
  sentences: readonly SentenceText[],
  pseudoHeading: boolean,
  opens: BlockPart['opens'],
  text = raw.text,
  start = raw.start,
  end = raw.end
): BlockPart {
  return {raw, sentences, text, start, end, pseudoHeading, opens}
}

/** A heading line on top of its content, in one paragraph (“GOALS:\nMore volunteers by June.”). */
function splitAtFirstLine(
  raw: RawBlock,
  sentences: readonly SentenceText[],
  first: boolean
): [BlockPart, BlockPart] {
  const [line, ...rest] = sentences
  const tokens: readonly Token[] = line!.tokens
  const isTitle = first && rolesAtStart(tokens).size === 0
  const heading: BlockPart = {
    raw,
    sentences: [line!],
    text: raw.text.slice(0, line!.textEnd),
    start: raw.start,
    end: toSource(raw.segments, line!.textEnd),
    pseudoHeading: true,
    opens: {
      depth: PSEUDO_HEADING_DEPTH,
      ownRoles: isTitle ? new Set<SectionRole>() : rolesOf(tokens)
    }
  }
  // The content keeps the whole text, as the block it was part of.
  const start = toSource(raw.segments, rest[0]!.textStart)
  return [heading, blockPart(raw, rest, false, undefined, raw.text, start)]
}
