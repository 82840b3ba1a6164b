import type {LexiconMatch, PlanModel, Sentence} from '../types.js'
import {isChannelRowReason, type RowCells} from './channel-tables.js'
import {isGoalStatement} from './goals.js'
import {isPurposeStatement} from './purpose.js'
import {isTacticStatement} from './tactics.js'

/** What the statements pass finds: the sentences that state a purpose, an aim or a tactic. */
export type Statements = Pick<
  PlanModel,
  | 'purposeStatements'
  | 'goalStatements'
  | 'tacticStatements'
  | 'purposeStatementSet'
  | 'goalStatementSet'
  | 'tacticStatementSet'
  | 'channelMentions'
  | 'purposeStart'
>

/** The statements pass: each sentence read once for each kind of statement. */
export function readStatements(sentences: readonly Sentence[], rowCells: RowCells): Statements {
  const tacticStatements = sentences.filter(isTacticStatement)
  const tacticStatementSet = new Set(tacticStatements)
  // Headings state no purpose: they name one.
  const purposeStatements = sentences.filter(
    (sentence) =>
      !sentence.block.pseudoHeading &&
      sentence.block.kind !== 'heading' &&
      isPurposeStatement(sentence, sentence.block.section, tacticStatementSet.has(sentence))
  )
  const goalStatements = sentences.filter(isGoalStatement)
  return {
    purposeStatements,
    goalStatements,
    tacticStatements,
    purposeStatementSet: new Set(purposeStatements),
    goalStatementSet: new Set(goalStatements),
    tacticStatementSet,
    channelMentions: sentences.flatMap((sentence) => sentence.matches.filter(isOwnChannel)),
    // Where the plan first says what it is for: not in a channel's row of a channel table.
    purposeStart: purposeStatements.find((sentence) => !isChannelRowReason(rowCells, sentence))
      ?.start
  }
}

function isOwnChannel(match: LexiconMatch): boolean {
  return (match.category === 'platform' || match.category === 'channel') && !match.quoted
}
