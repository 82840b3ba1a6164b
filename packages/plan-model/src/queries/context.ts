import {isGoalsSection} from '../statements/goals.js'
import type {Block, PlanModel, Section, Sentence} from '../types.js'
import {liveMatches, writtenAsListed} from './matches.js'

/** Questions rules ask about where a sentence stands and how it opens. */

/** The cells of a table cell's row (“| Followers | 5,000 |”), itself included; empty outside tables. */
export function rowCells(plan: PlanModel, block: Block): readonly Block[] {
  return block.table ? plan.tableRowCells(block.table.id, block.table.row) : []
}

const rejectingHeadings = new WeakMap<Section, boolean>()

/** A heading that turns its content down (“What we won't do”, “Out of scope”), read once per section. */
function headingRejects(section: Section): boolean {
  let known = rejectingHeadings.get(section)
  if (known === undefined) {
    // As written: “Autumn Drop” is a sneaker release, not what was “dropped”.
    known =
      section.heading?.sentences.some((line) =>
        line.matches.some(
          (match) =>
            match.category === 'rejecting-heading' && !match.quoted && writtenAsListed(match)
        )
      ) ?? false
    rejectingHeadings.set(section, known)
  }
  return known
}

/**
 * Under a heading that turns its content down: the words there are
 * rejected, not proposed.
 */
export function inRejectingSection(sentence: Sentence): boolean {
  for (let section: Section | undefined = sentence.block.section; section; section = section.parent)
    if (section.heading !== sentence.block && headingRejects(section)) return true
  return false
}

/**
 * A sentence that reports the past (“last year's video was viral and…”)
 * and does not also look forward, outside a goals section: it describes, it
 * does not aim.
 */
export function describesThePast(sentence: Sentence): boolean {
  // In a goals section a baseline (“5,000 followers (was 1,200)”) is still a target.
  if (isGoalsSection(sentence.block.section)) return false
  return (
    liveMatches(sentence, 'past-cue').length > 0 &&
    liveMatches(sentence, 'future-cue').length === 0 &&
    liveMatches(sentence, 'goal-cue').length === 0
  )
}

/**
 * A sentence that opens by denying itself (“None of this is about going
 * viral”, “Nobody here wants likes”): a negation of the whole sentence, which
 * the word-window negation of the plan model does not reach.
 */
export function opensWithNegation(sentence: Sentence): boolean {
  const first = sentence.tokens.findIndex((token) => token.kind === 'word')
  return (
    first !== -1 &&
    sentence.matches.some(
      (match) => match.category === 'negating-opener' && match.first === first && !match.quoted
    )
  )
}
