import {isRefusal} from '../sentences/negation.js'
import {findPhrases} from '../sentences/phrases.js'
import type {SentenceText} from '../sentences/read.js'
import type {Block, LexiconMatch, Section, Sentence} from '../types.js'
import type {BlockPart} from './outline.js'
import {finishSections, newSection, parentFor, type SectionDraft} from './section-tree.js'

/** The plan's structure: sections with their blocks, and every sentence in document order. */
export interface Structure {
  readonly sections: readonly Section[]
  readonly blocks: readonly Block[]
  readonly sentences: readonly Sentence[]
}

/**
 * The sections pass: the blocks, sentences and their lexicon matches as the
 * objects rules read, linked both ways (a block knows its section and its sentences,
 * a match its sentence), each built once and not changed after.
 */
export function buildStructure(parts: readonly BlockPart[], sourceLength: number): Structure {
  const preamble = newSection(0, '', 0, new Set(), undefined)
  const sections: SectionDraft[] = [preamble]
  const blocks: Block[] = []
  const sentences: Sentence[] = []
  let current = preamble
  for (const part of parts) {
    if (part.opens) {
      const {depth, ownRoles} = part.opens
      const parent = parentFor(current, depth)
      current = newSection(sections.length, part.text.trim(), depth, ownRoles, parent)
      sections.push(current)
    }
    const block = makeBlock(part, blocks.length, current, sentences)
    blocks.push(block)
    if (part.opens) current.heading = block
    else current.blocks.push(block)
  }
  finishSections(sections, sourceLength)
  return {sections, blocks, sentences}
}

// Built before the sentences that point back at them, then given those
// sentences (and matches) as arrays of the right size, once.
type Draft<Value> = {-readonly [Key in keyof Value]: Value[Key]}

function makeBlock(part: BlockPart, index: number, section: Section, all: Sentence[]): Block {
  const block: Draft<Block> = {
    index,
    kind: part.raw.kind,
    text: part.text,
    start: part.start,
    end: part.end,
    node: part.raw.node,
    section,
    list: part.raw.list,
    table: part.raw.table,
    sentences: [],
    pseudoHeading: part.pseudoHeading
  }
  block.sentences = part.sentences.map((text, position) => {
    // “A member asked whether we should make it go viral. We won't.”
    const next = part.sentences[position + 1]
    const refused = next !== undefined && isRefusal(next.tokens)
    const sentence = makeSentence(text, block, all.length, refused)
    all.push(sentence)
    return sentence
  })
  return block
}

function makeSentence(text: SentenceText, block: Block, index: number, refused: boolean): Sentence {
  const tokens = text.tokens
  const sentence: Draft<Sentence> = {
    index,
    text: text.text,
    start: text.start,
    end: text.end,
    tokens,
    block,
    matches: []
  }
  // Matched here, where the sentence exists to point at: nothing in between to keep in memory.
  sentence.matches = findPhrases(tokens).map(
    ({phrase, first, last, negated}): LexiconMatch => ({
      category: phrase.category,
      entry: phrase.entry,
      canonical: phrase.entry.canonical ?? phrase.entry.phrase,
      sentence,
      first,
      last,
      start: tokens[first]!.start,
      end: tokens[last]!.end,
      negated: negated || refused,
      quoted: tokens[first]!.quoted
    })
  )
  return sentence
}
