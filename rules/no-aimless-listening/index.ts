/**
 * ## no-aimless-listening
 *
 * Listening or monitoring with no stated purpose or decision it serves.
 *
 * Severity: warning; on in the recommended preset.
 *
 * Just listening without a purpose can hurt more than it can help. Say what
 * each listening activity is for: the decision it informs, or who acts on what
 * is heard.
 *
 * Mitch Lieberman (quoting Esteban Kolsky, Graham Hill and Doc Searls), “Social
 * Just is” (2009): “Just listening without a purpose can hurt more than it can
 * help.”
 *
 * Mitch Lieberman (quoting Esteban Kolsky, Graham Hill and Doc Searls), “Social
 * Just is” (2009): “once you are committed to a channel (listening) it is very
 * easy to get in, but extremely hard to get out.”
 *
 * Flags:
 * - social listening, monitoring or mention tracking with no purpose (“Monitor
 *   hashtags every day”)
 * - sentiment reports, share-of-voice trackers and keyword alerts that inform
 *   no stated decision
 * - listening tools set up with nothing said about what they are for
 *   (“Implement Sprinklr Listening”)
 *
 * Leaves alone:
 * - listening whose sentence, paragraph, list item or table row says what it is
 *   for or which decision it informs
 * - listening the plan refuses (“we will not run brand monitoring”, “we don’t
 *   listen for the sake of it”)
 * - everyday listening outside a listening section (“someone who has time to
 *   listen”)
 * - quotes, code and links
 *
 * Options: none besides the severity.
 *
 * Generated from the meta below by `pnpm generate-docs`: edit the meta, not
 * this comment.
 */
import {defineRule} from '@whatfor/lint-rule'
import {
  type Block,
  hasTag,
  isGoalsSection,
  type LexiconMatch,
  type PlanModel,
  type Sentence,
  saysWhatOthersCanDo,
  wordsAsWritten
} from '@whatfor/plan-model'

export default defineRule(
  {
    id: 'no-aimless-listening',
    severity: 'warning',
    summary: 'Listening or monitoring with no stated purpose or decision it serves.',
    argument:
      'Just listening without a purpose can hurt more than it can help. Say what each listening activity is for: the decision it informs, or who acts on what is heard.',
    quote: 'listening-without-purpose',
    alsoCites: ['hard-to-get-out'],
    flags: [
      'social listening, monitoring or mention tracking with no purpose (“Monitor hashtags every day”)',
      'sentiment reports, share-of-voice trackers and keyword alerts that inform no stated decision',
      'listening tools set up with nothing said about what they are for (“Implement Sprinklr Listening”)'
    ],
    leavesAlone: [
      'listening whose sentence, paragraph, list item or table row says what it is for or which decision it informs',
      'listening the plan refuses (“we will not run brand monitoring”, “we don’t listen for the sake of it”)',
      'everyday listening outside a listening section (“someone who has time to listen”)',
      'quotes, code and links'
    ]
  },
  (plan, report) => {
    const reported = new Set<Block>()
    for (const sentence of plan.sentences) {
      // A heading names a topic (“## Listening”); the activities are in its body.
      if (
        reported.has(sentence.block) ||
        sentence.block.kind === 'heading' ||
        sentence.block.pseudoHeading
      )
        continue
      const activity = listeningActivity(sentence)
      if (!activity || hasPurpose(plan, sentence)) continue
      reported.add(sentence.block)
      report({
        start: sentence.start,
        end: sentence.end,
        reason: `Unexpected listening with no stated purpose (${activity}), expected the decision it will inform`
      })
    }
  }
)

/** The listening words of a sentence that describes a listening activity, if it does. */
function listeningActivity(sentence: Sentence): string | undefined {
  const inListeningSection = sentence.block.section.roles.has('listening')
  const match = sentence.matches.find(
    (candidate) =>
      candidate.category === 'listening' &&
      !candidate.quoted &&
      !candidate.negated &&
      !namesListeners(sentence, candidate) &&
      // Some listening words (Sprout Social is also a scheduler; share of voice
      // is also a goal metric; “listen”, “watch” and “scan” are everyday verbs)
      // mean social listening only inside a section about listening.
      (inListeningSection || !hasTag(candidate, 'ambiguous'))
  )
  if (!match) return undefined
  return `“${wordsAsWritten(sentence, match.first, match.last)}”`
}

/**
 * “Listener”, “listeners”: the people a podcast is for share the stem of
 * “listening”, but they are an audience, not an activity.
 */
function namesListeners(sentence: Sentence, match: LexiconMatch): boolean {
  return match.first === match.last && sentence.tokens[match.first]!.lower.startsWith('listener')
}

/** A purpose in the sentence, the rest of its block, or the rest of its table row. */
function hasPurpose(plan: PlanModel, sentence: Sentence): boolean {
  const block = sentence.block
  // A tool named in an objectives table measures that objective (“Share of voice (Brandwatch) | 14% → 20%”).
  if (block.table && isGoalsSection(block.section)) return true
  const neighbours: readonly Block[] = block.table
    ? plan.tableRowCells(block.table.id, block.table.row)
    : block.list
      ? plan
          .listItemBlocks(block.list.id, block.list.item)
          .filter((other) => other.list!.depth >= block.list!.depth)
      : [block]
  return neighbours.some((other) => other.sentences.some(statesPurpose))
}

function statesPurpose(sentence: Sentence): boolean {
  if (saysWhatOthersCanDo(sentence)) return true
  return sentence.matches.some(
    (match) =>
      match.category === 'listening-purpose' &&
      !match.quoted &&
      !match.negated &&
      !restatesListening(sentence, match) &&
      !isFieldLabel(sentence, match)
  )
}

/** “**Decision:** Set up Google Alerts …”: the name of a field in a decision record, not a decision the listening serves. */
function isFieldLabel(sentence: Sentence, match: LexiconMatch): boolean {
  const first = sentence.tokens.findIndex((token) => token.kind === 'word')
  return match.first === first && sentence.tokens[match.last + 1]?.text === ':'
}

/** Words between a purpose cue and the listening it only restates: “so we can monitor”. */
const RESTATING_WINDOW = 2

/**
 * “Set up Brandwatch so we can monitor mentions”: the purpose cue leads to the
 * listening itself, not to a decision it serves.
 */
function restatesListening(sentence: Sentence, purpose: LexiconMatch): boolean {
  return sentence.matches.some(
    (match) =>
      match.category === 'listening' &&
      match.first > purpose.last &&
      match.first - purpose.last - 1 <= RESTATING_WINDOW
  )
}
