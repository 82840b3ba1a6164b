import type {Block, LexiconMatch, PlanModel, Section, Sentence, Token} from './types.js'
import {wordsAsWritten} from './words.js'

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

/** Matches of `category` in the plan's own voice and not under a negation. */
export function liveMatches(sentence: Sentence, category: string): LexiconMatch[] {
  return sentence.matches.filter(
    (match) => match.category === category && !match.negated && !match.quoted
  )
}

/**
 * Whether a match is written in one of the forms its lexicon lists, not just
 * a form with the same stem: “likes” and not “like”, “followers” and not
 * “following”. With `fromToken`, only the tokens from that offset on are
 * compared, so a leading verb may still inflect (“raising awareness”).
 */
export function writtenAsListed(match: LexiconMatch, fromToken = 0): boolean {
  const listed = match.entry.phrase
    .toLowerCase()
    .split(/[\s-]+/)
    .filter((word) => word !== '')
  const written = match.sentence.tokens
    .slice(match.first, match.last + 1)
    .filter((token) => token.kind !== 'punctuation' || token.text !== '-')
  if (listed.length !== written.length) return true
  for (let index = fromToken; index < written.length; index++) {
    if (baseForm(written[index]!) !== listed[index]) return false
  }
  return true
}

function baseForm(token: Token): string {
  const lower = token.lower.replace(/\u2019/g, "'")
  return lower.endsWith("'s") ? lower.slice(0, -2) : lower
}

/** Words after which a verb-looking word is a noun: “our reach”, “Facebook reach”, “the push”. */
const NOUN_MARKERS = new Set([
  'the',
  'a',
  'an',
  'our',
  'their',
  'its',
  'your',
  'my',
  'his',
  'her',
  'total',
  'organic',
  'paid',
  'estimated',
  'average',
  'monthly',
  'weekly',
  'daily',
  'potential',
  'social',
  'combined'
])

/**
 * Growth verbs of a sentence used as verbs: “reach” in “Facebook reach” or
 * “our reach” is a noun, not an aim.
 */
export function growthVerbs(sentence: Sentence): LexiconMatch[] {
  return liveMatches(sentence, 'growth-verb').filter((verb) => {
    const before = sentence.tokens[verb.first - 1]
    if (!before) return true
    if (NOUN_MARKERS.has(before.lower)) return false
    return !sentence.matches.some(
      (match) => match.category === 'platform' && match.last === verb.first - 1
    )
  })
}

/** The first word of a sentence, past list numbering and labels (“1.”, “Goal:”). */
function leadingWord(sentence: Sentence): Token | undefined {
  const tokens = sentence.tokens
  let index = 0
  // Skip numbering (“1.”, “3)”, “a.”) and bullets written as text.
  while (
    index < tokens.length &&
    (tokens[index]!.kind !== 'word' ||
      (tokens[index]!.text.length === 1 && tokens[index + 1]?.text === '.'))
  )
    index++
  return tokens[index]
}

/**
 * An aim written in the imperative, as goals lists are: the sentence opens
 * with a verb of growing or becoming.
 */
export function opensWithAim(sentence: Sentence): boolean {
  const first = leadingWord(sentence)
  if (!first) return false
  return sentence.matches.some(
    (match) => match.category === 'growth-verb' && match.first === first.index && !match.quoted
  )
}

/** Whether a sentence states an aim: by its section, its words, or its form. */
export function isGoalStatement(sentence: Sentence): boolean {
  const block = sentence.block
  if (block.kind === 'heading' || block.pseudoHeading) return false
  if (isGoalsSection(block.section)) return true
  return statesGoal(sentence) || opensWithAim(sentence)
}

/** A goal word (“target”, “aim”, “KPI”) in a sentence, not one that names something else (“target audience”). */
function statesGoal(sentence: Sentence): boolean {
  const named = sentence.matches.filter((match) => match.category === 'not-goal-cue')
  return liveMatches(sentence, 'goal-cue').some(
    (cue) => !named.some((other) => other.first <= cue.last && cue.first <= other.last)
  )
}

/**
 * A goals, objectives or KPI section. A heading whose goal word names
 * something else (“Target audience”) describes people, not aims.
 */
export function isGoalsSection(section: Section): boolean {
  let owner: Section | undefined = section
  while (owner && owner.ownRoles.size === 0 && !headingStatesGoal(owner)) owner = owner.parent
  const heading = owner?.heading
  if (!owner || !heading) return false
  if (headingStatesGoal(owner)) return true
  return (
    owner.ownRoles.has('goals') &&
    !heading.sentences.some((sentence) =>
      sentence.matches.some((match) => match.category === 'not-goal-cue')
    )
  )
}

/** A heading such as “Targets”, “What we're aiming for”, “KPIs”, read with the goals lexicon. */
function headingStatesGoal(section: Section): boolean {
  return section.heading?.sentences.some(statesGoal) ?? false
}

/** A count: “5,000”, “2.5”, and the shorthand of targets, “10k”, “50M”, “1.2bn”. */
export function isCount(token: Token): boolean {
  if (token.kind === 'number') return true
  return token.kind === 'word' && /^\d[\d.,]*(?:k|m|mn|bn|b)$/i.test(token.lower)
}

/** The cells of a table cell's row (“| Followers | 5,000 |”), itself included; empty outside tables. */
export function rowCells(plan: PlanModel, block: Block): readonly Block[] {
  return block.table ? plan.tableRowCells(block.table.id, block.table.row) : []
}

/**
 * The words of a match as written, for messages: its tokens, spaced, with
 * hyphens and apostrophes kept tight (“TikTok-first”). Source offsets cannot
 * slice a sentence's text, because markup between them is not in it.
 */
export function matchText(match: LexiconMatch): string {
  return wordsAsWritten(match.sentence, match.first, match.last)
}

/**
 * Under a heading that turns its content down (“What we won't do”, “Out of
 * scope”): the words there are rejected, not proposed.
 */
export function inRejectingSection(sentence: Sentence): boolean {
  for (
    let section: Section | undefined = sentence.block.section;
    section;
    section = section.parent
  ) {
    const heading = section.heading
    // As written: “Autumn Drop” is a sneaker release, not what was “dropped”.
    if (
      heading &&
      heading !== sentence.block &&
      heading.sentences.some((line) =>
        line.matches.some(
          (match) =>
            match.category === 'rejecting-heading' && !match.quoted && writtenAsListed(match)
        )
      )
    )
      return true
  }
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

/**
 * Matches with those inside a longer one left out: “Instagram Reels” is one
 * channel, not also “reels”; “ticket sales” one number, not also “sales”.
 */
export function widestMatches(matches: readonly LexiconMatch[]): LexiconMatch[] {
  return matches.filter(
    (match) =>
      !matches.some(
        (other) =>
          other !== match &&
          other.first <= match.first &&
          match.last <= other.last &&
          other.last - other.first > match.last - match.first
      )
  )
}
