import {liveMatches} from '../queries/matches.js'
import type {Section, Sentence, Token} from '../types.js'

/**
 * Goal statements: the sentences where a plan says what it is aiming at. Rules
 * about goals (vanity metrics, buzz, influence) only judge a word when it
 * stands as an aim, so a follower count reported on a dashboard, or a job
 * title with “engagement” in it, is left alone. Explainable by construction:
 * a sentence is a goal statement because of where it is (a goals, objectives
 * or KPI section), because it says so (“our goal is”, “target”, “we want”),
 * or because it is written as an aim (“Grow followers to 5,000”, “Become the
 * most influential voice”).
 */
export function isGoalStatement(sentence: Sentence): boolean {
  const block = sentence.block
  if (block.kind === 'heading' || block.pseudoHeading) return false
  if (isGoalsSection(block.section)) return true
  return statesGoal(sentence) || opensWithAim(sentence)
}

/**
 * A goal word (“target”, “aim”, “KPI”) in a sentence, not one that names
 * something else (“target audience”).
 */
function statesGoal(sentence: Sentence): boolean {
  const cues = liveMatches(sentence, 'goal-cue')
  if (cues.length === 0) return false
  // Tokens inside a phrase that names something else: marked once, so each cue is checked in its own span.
  const named = new Uint8Array(sentence.tokens.length)
  for (const match of sentence.matches)
    if (match.category === 'not-goal-cue') named.fill(1, match.first, match.last + 1)
  return cues.some((cue) => named.subarray(cue.first, cue.last + 1).every((mark) => mark === 0))
}

const goalsSections = new WeakMap<Section, boolean>()

/**
 * A goals, objectives or KPI section. A heading whose goal word names
 * something else (“Target audience”) describes people, not aims. Decided
 * once per section: every sentence in it asks.
 */
export function isGoalsSection(section: Section): boolean {
  let known = goalsSections.get(section)
  if (known === undefined) {
    known = decideGoalsSection(section)
    goalsSections.set(section, known)
  }
  return known
}

function decideGoalsSection(section: Section): boolean {
  let owner: Section | undefined = section
  while (owner && owner.ownRoles.size === 0 && !headingStatesGoal(owner)) owner = owner.parent
  const heading = owner?.heading
  if (!owner || !heading) return false
  if (headingStatesGoal(owner)) return true
  return (
    owner.ownRoles.has('goals') &&
    !heading.sentences.some((line) =>
      line.matches.some((match) => match.category === 'not-goal-cue')
    )
  )
}

/** A heading such as “Targets”, “What we're aiming for”, “KPIs”, read with the goals lexicon. */
function headingStatesGoal(section: Section): boolean {
  return section.heading?.sentences.some(statesGoal) ?? false
}

/**
 * An aim written in the imperative, as goals lists are: the sentence opens
 * with a verb of growing or becoming.
 */
function opensWithAim(sentence: Sentence): boolean {
  const first = leadingWord(sentence.tokens)
  if (!first) return false
  return sentence.matches.some(
    (match) => match.category === 'growth-verb' && match.first === first.index && !match.quoted
  )
}

/** The first word of a sentence, past list numbering and labels (“1.”, “a.”) and bullets written as text. */
function leadingWord(tokens: readonly Token[]): Token | undefined {
  let index = 0
  while (
    index < tokens.length &&
    (tokens[index]!.kind !== 'word' ||
      (tokens[index]!.text.length === 1 && tokens[index + 1]?.text === '.'))
  )
    index++
  return tokens[index]
}
