/**
 * ## name-the-executors
 *
 * A plan that names no one who carries it out.
 *
 * Severity: warning; on in the recommended preset.
 *
 * A strategic plan made without involving the people who are supposed to
 * execute it is an accident looking for a place to happen. Name who carries the
 * plan out: owners, a team, roles or people.
 *
 * Jay Deragon, “Social Accidents Looking For a Place to Happen” (2012): “like
 * creating a strategic plan without involving the people who are supposed to
 * execute the plan.”
 *
 * Flags:
 * - a plan with no owner, team, role or person named as carrying it out — only
 *   “we”, the organisation’s name, or the passive voice
 *
 * Leaves alone:
 * - an owners, team or “who does what” section, or a RACI table
 * - a label with a name (“Owner: Priya”, “Who: Dr Lisa Chen”)
 * - a named person who acts (“Marta will check where each lead came from”)
 * - a role or team that carries something out (“the comms officer”, “our
 *   volunteer coordinator”, “the account team”)
 * - `owner:`, `authors:` or `maintainers:` in YAML front matter
 *
 * Options: none besides the severity.
 *
 * Generated from the meta below by `pnpm generate-docs`: edit the meta, not
 * this comment.
 */
import {defineRule} from '@whatfor/lint-rule'
import {
  type Block,
  executorKeys,
  firstPersonSingular,
  handleLabels,
  hasTag,
  isCalendarWord,
  isNegativeWord,
  type LexiconMatch,
  notNames,
  type PlanModel,
  personalTitles,
  placeholderValues,
  type Sentence,
  type Token,
  wordsAfterAVerb,
  writtenAsListedOrPlural
} from '@whatfor/plan-model'

/** A skeleton to fill in: whatfor never invents the people. */
const OWNERS_SKELETON = [
  '## Owners',
  '',
  '| What | Who | Backup |',
  '| --- | --- | --- |',
  '| <activity> | <name, role> | <name> |',
  '',
  ''
].join('\n')

const ROLE_VERB_WINDOW = 5
const LABEL_WINDOW = 4
/** How far before a role its holder's name may stand: “Lorna McKay (store manager)”. */
const NAME_WINDOW = 3
const TITLE_WORDS = 14
/** Words of a heading short enough to be a team heading wherever its label stands (“Our people”, “The core team”). */
const SHORT_WHO_HEADING = 3
const DASHES = new Set(['-', '\u2013', '\u2014'])
const PARTICIPLE_ENDINGS = ['ed', 'en', 'wn', 'ne', 'lt', 'nt']

export default defineRule(
  {
    id: 'name-the-executors',
    severity: 'warning',
    summary: 'A plan that names no one who carries it out.',
    argument:
      'A strategic plan made without involving the people who are supposed to execute it is an accident looking for a place to happen. Name who carries the plan out: owners, a team, roles or people.',
    quote: 'people-who-execute',
    flags: [
      'a plan with no owner, team, role or person named as carrying it out — only “we”, the organisation’s name, or the passive voice'
    ],
    leavesAlone: [
      'an owners, team or “who does what” section, or a RACI table',
      'a label with a name (“Owner: Priya”, “Who: Dr Lisa Chen”)',
      'a named person who acts (“Marta will check where each lead came from”)',
      'a role or team that carries something out (“the comms officer”, “our volunteer coordinator”, “the account team”)',
      '`owner:`, `authors:` or `maintainers:` in YAML front matter'
    ]
  },
  (plan, report) => {
    if (namesExecutors(plan)) return
    report({
      start: 0,
      reason:
        'Unexpected plan that names no one to carry it out, expected owners, a team, roles or people',
      expected: [OWNERS_SKELETON]
    })
  }
)

/** “owner”, and keys made with it: “brief_owner”, “content-lead”, “Campaign owner”. */
function namesAnExecutorKey(key: string): boolean {
  const lower = key.toLowerCase()
  return executorKeys.has(lower) || lower.split(/[_\- ]/).some((part) => executorKeys.has(part))
}

function isPlaceholder(value: string): boolean {
  return placeholderValues.has(
    value
      .trim()
      .replace(/^["']|["']$/g, '')
      .trim()
      .toLowerCase()
  )
}

function namesExecutors(plan: PlanModel): boolean {
  if (
    plan.frontMatter.some((entry) => namesAnExecutorKey(entry.key) && !isPlaceholder(entry.value))
  )
    return true
  if (
    plan.sections.some(
      (section) => section.ownRoles.has('owners') && section.heading && section.blocks.length > 0
    )
  )
    return true
  const title = titleWords(plan)
  const midSentence = namesInsideSentences(plan)
  return plan.sentences.some(
    (sentence) =>
      namesARole(plan, sentence, title) ||
      namesAPerson(plan, sentence, title, midSentence) ||
      mentionsAHandle(plan, sentence) ||
      writerDoesIt(sentence)
  )
}

/**
 * “I'll do all of it myself, 30 minutes each morning”: a personal plan whose
 * writer carries it out. (“I can't do it all myself” names no one.)
 */
function writerDoesIt(sentence: Sentence): boolean {
  const tokens = sentence.tokens
  const myself = tokens.findIndex((token) => token.lower === 'myself' && !token.quoted)
  if (myself === -1) return false
  const before = tokens.slice(0, myself)
  return (
    before.some((token) => firstPersonSingular.has(token.lower)) && !before.some(isNegativeWord)
  )
}

/**
 * A role or team that carries something out: it acts (“the comms officer
 * reads”, “our volunteer coordinator will”), is labelled (“prepared by the
 * digital team”), or fills an Owner/Who column. A role in an audience
 * (“business owners”, “plant directors”) carries nothing out.
 */
function namesARole(plan: PlanModel, sentence: Sentence, title: ReadonlySet<string>): boolean {
  const roles = sentence.matches.filter(
    (match) =>
      match.category === 'executor-role' &&
      !match.quoted &&
      !match.negated &&
      writtenAsListedOrPlural(match)
  )
  return roles.some(
    (role) =>
      actsWithin(sentence, role.last + 1, ROLE_VERB_WINDOW) ||
      labelledBefore(sentence, role.first) ||
      inOwnerColumn(plan, sentence) ||
      givenToAName(sentence, role, title)
  )
}

/** “Welfare officer: Gemma Dunn”, “Linda Ostrowski (volunteer coordinator)”, “Callum Reid, outreach officer”. */
function givenToAName(sentence: Sentence, role: LexiconMatch, title: ReadonlySet<string>): boolean {
  const tokens = sentence.tokens
  const covered = coveredTokens(sentence)
  const nameAt = (index: number): boolean =>
    index >= 0 && index < tokens.length && isNameLike(tokens[index]!, title) && !covered.has(index)
  if (tokens[role.last + 1]?.text === ':') {
    const at = role.last + 2
    if (
      nameAt(
        personalTitles.has(tokens[at]?.lower ?? '')
          ? at + (tokens[at + 1]?.text === '.' ? 2 : 1)
          : at
      )
    )
      return true
  }
  for (let index = role.first - 1; index >= 0 && role.first - index <= NAME_WINDOW; index--) {
    const text = tokens[index]!.text
    if (text === '(' || text === ',') return nameAt(index - 1)
  }
  return false
}

/**
 * A person by name: a capitalised word that acts (“Marta will check”, “Dee
 * stops posting”, “Kai and Leona will run…”) or follows a label (“Owner:
 * Priya”). Words of the title are left out: that is usually the
 * organisation, and “Acme will post” names no one.
 */
function namesAPerson(
  plan: PlanModel,
  sentence: Sentence,
  title: ReadonlySet<string>,
  midSentence: ReadonlySet<string>
): boolean {
  const tokens = sentence.tokens
  const covered = coveredTokens(sentence)
  const nameAt = (index: number): boolean =>
    index < tokens.length && isNameLike(tokens[index]!, title) && !covered.has(index)
  // Under a “Who”, “Team” or “Owners” heading, or in an Owner column, a name is enough.
  const whoSection = isWhoHeading(sentence.block.section.heading) || inOwnerColumn(plan, sentence)
  for (let index = 0; index < tokens.length; index++) {
    if (!nameAt(index)) continue
    if (whoSection) return true
    if (followsLabel(sentence, index)) return true
    // A list of jobs: “Priya - content calendar and captions”.
    // (A spaced dash: “Pre-launch” and “Walk-in” are words.)
    if (
      index === 0 &&
      DASHES.has(tokens[1]?.text ?? '') &&
      tokens[1]!.start > tokens[0]!.end &&
      tokens[2]?.kind === 'word'
    )
      return true
    let after = index + 1
    const fullName = nameAt(after)
    if (fullName) after++ // a surname
    if (tokens[after]?.lower === 'and' && nameAt(after + 1)) after += nameAt(after + 2) ? 3 : 2
    // A capitalised first word may be any noun (“Reminder texts in five
    // languages”): it names someone if it is capitalised elsewhere too.
    const strict = index === 0 && !midSentence.has(tokens[index]!.lower)
    if (actsAt(sentence, after, strict, fullName)) return true
    // Minutes and to-do lines: “Declan to sort a budget”, “RS to set up by March”.
    if (tokens[after]?.lower === 'to' && isLowercaseWord(tokens[after + 1]) && !strict) return true
  }
  return false
}

/** Capitalised words seen inside sentences (not first): the names a plan uses. */
function namesInsideSentences(plan: PlanModel): Set<string> {
  const names = new Set<string>()
  for (const sentence of plan.sentences) {
    sentence.tokens.forEach((token, index) => {
      if (
        index > 0 &&
        token.kind === 'word' &&
        token.text.charAt(0) !== token.text.charAt(0).toLowerCase()
      )
        names.add(token.lower)
    })
  }
  return names
}

/**
 * A heading that asks who does the work: “Team”, “Who's doing it”, or a bare
 * “Who”. “Who we're trying to reach” asks about the audience instead.
 */
function isWhoHeading(heading: Block | undefined): boolean {
  if (!heading) return false
  return heading.sentences.some((sentence) => {
    const labels = sentence.matches.filter(
      (match) => match.category === 'executor-label' && writtenAsListedOrPlural(match)
    )
    const words = sentence.tokens.filter((token) => token.kind === 'word').length
    // The label heads the heading (“People”, “Team and roles”, “3. Owners”):
    // “Why people should care about Bean There” is about something else.
    const first = sentence.tokens.findIndex(
      (token) => token.kind === 'word' && !/^[0-9.]+$/.test(token.text)
    )
    const heads = (match: LexiconMatch): boolean =>
      match.first === first || words <= SHORT_WHO_HEADING
    return (
      labels.some((match) => !hasTag(match, 'bare-question') && heads(match)) ||
      (words === 1 && labels.length === 1)
    )
  })
}

/** An executor verb at `index`: “will”, “manages”; or a verb that is also a noun, before a function word (“checks where”, not “Countdown posts”). */
function actsAt(sentence: Sentence, index: number, strict = false, fullName = false): boolean {
  const tokens = sentence.tokens
  return matchesAt(sentence, index).some((match) => {
    if (match.quoted) return false
    // “… will be pursued” is the passive voice: nobody acts.
    if (match.category === 'executor-verb')
      return !(
        tokens[match.last + 1]?.lower === 'be' &&
        PARTICIPLE_ENDINGS.some((ending) => tokens[match.last + 2]?.lower.endsWith(ending))
      )
    if (strict || match.category !== 'executor-verb-ambiguous') return false
    // After a first name and a surname the word is a verb (“Fiona Grant runs IG”),
    // and so it is before a function word or a channel (“runs the…”, “runs TikTok”).
    return (
      fullName ||
      wordsAfterAVerb.has(tokens[match.last + 1]?.lower ?? '') ||
      namesChannelAt(sentence, match.last + 1)
    )
  })
}

function namesChannelAt(sentence: Sentence, index: number): boolean {
  return matchesAt(sentence, index).some(
    (match) => match.category === 'platform' || match.category === 'channel'
  )
}

// Per sentence, made once: the matches by their first token, the tokens a
// lexicon explains, where labels point. A check at one token then reads that
// token's entries, not the whole sentence: long sentences stay linear.
const byFirstToken = new WeakMap<Sentence, Map<number, LexiconMatch[]>>()
const byLastToken = new WeakMap<Sentence, Map<number, LexiconMatch[]>>()
const coveredBySentence = new WeakMap<Sentence, Set<number>>()
const labelTargets = new WeakMap<Sentence, Set<number>>()

/** The sentence's matches that start at token `index`. */
function matchesAt(sentence: Sentence, index: number): readonly LexiconMatch[] {
  return indexed(byFirstToken, sentence, (match) => match.first).get(index) ?? []
}

/** The sentence's matches that end at token `index`. */
function matchesEndingAt(sentence: Sentence, index: number): readonly LexiconMatch[] {
  return indexed(byLastToken, sentence, (match) => match.last).get(index) ?? []
}

function indexed(
  cache: WeakMap<Sentence, Map<number, LexiconMatch[]>>,
  sentence: Sentence,
  key: (match: LexiconMatch) => number
): Map<number, LexiconMatch[]> {
  let groups = cache.get(sentence)
  if (!groups) {
    groups = new Map()
    for (const match of sentence.matches) {
      const group = groups.get(key(match))
      if (group) group.push(match)
      else groups.set(key(match), [match])
    }
    cache.set(sentence, groups)
  }
  return groups
}

/**
 * “(@mbeale)”, “Assignees: @rkhan”: a handle on a task names who does it.
 * An email address (“a@b.co”) has a word right before its “@”.
 */
function mentionsAHandle(plan: PlanModel, sentence: Sentence): boolean {
  const tokens = sentence.tokens
  // An account's handle beside its platform (“Twitter | @GreenlineNRG”) is a channel, not a person.
  const table = sentence.block.table
  const neighbours = table
    ? plan.tableRowCells(table.id, table.row).flatMap((cell) => [...cell.sentences])
    : [sentence]
  if (neighbours.some((other) => other.matches.some((match) => match.category === 'platform')))
    return false
  const assigned = tokens.some((token) => handleLabels.has(token.lower))
  return tokens.some((token, index) => {
    if (token.text !== '@' || token.quoted) return false
    const before = tokens[index - 1]
    const after = tokens[index + 1]
    if (after?.kind !== 'word' || after.start !== token.end) return false
    // On a task in brackets (“(@mbeale)”), or after an assignee label.
    return (
      (before?.text === '(' && before.end === token.start) ||
      (assigned && (!before || before.end < token.start))
    )
  })
}

function actsWithin(sentence: Sentence, from: number, window: number): boolean {
  for (let index = from; index < sentence.tokens.length && index < from + window; index++) {
    if (actsAt(sentence, index)) return true
  }
  return false
}

/** “Prepared by the digital team”, “Owner: comms officer”. */
function labelledBefore(sentence: Sentence, index: number): boolean {
  // A label that ends at most LABEL_WINDOW tokens before.
  for (let last = Math.max(0, index - LABEL_WINDOW); last < index; last++)
    for (const match of matchesEndingAt(sentence, last))
      if (match.category === 'executor-label' && !match.quoted && writtenAsListedOrPlural(match))
        return true
  return false
}

/** “Owner: Priya”, “Who: Dr Lisa Chen”, “led by Amaka”. */
function followsLabel(sentence: Sentence, index: number): boolean {
  let targets = labelTargets.get(sentence)
  if (!targets) {
    const tokens = sentence.tokens
    targets = new Set()
    for (const match of sentence.matches) {
      if (match.category !== 'executor-label' || match.quoted || !writtenAsListedOrPlural(match))
        continue
      let at = tokens[match.last + 1]?.text === ':' ? match.last + 2 : match.last + 1
      if (personalTitles.has(tokens[at]?.lower ?? '')) at += tokens[at + 1]?.text === '.' ? 2 : 1
      targets.add(at)
    }
    labelTargets.set(sentence, targets)
  }
  return targets.has(index)
}

/** A table cell under a header that asks who (“Owner”, “Who looks after it”, “Responsible”). */
function inOwnerColumn(plan: PlanModel, sentence: Sentence): boolean {
  const table = sentence.block.table
  if (!table || table.row === 0) return false
  const header = plan
    .tableRowCells(table.id, 0)
    .find((block) => block.table!.column === table.column)
  return Boolean(
    header?.sentences.some((cell) =>
      cell.matches.some((match) => match.category === 'executor-label')
    )
  )
}

/** Tokens some lexicon already explains (a platform, a weekday, a group of people): not names. */
function coveredTokens(sentence: Sentence): ReadonlySet<number> {
  const known = coveredBySentence.get(sentence)
  if (known) return known
  const tokens = new Set<number>()
  for (const match of sentence.matches) {
    if (match.category.startsWith('executor-')) continue
    for (let index = match.first; index <= match.last; index++) tokens.add(index)
  }
  coveredBySentence.set(sentence, tokens)
  return tokens
}

function isLowercaseWord(token: Token | undefined): boolean {
  return token !== undefined && token.kind === 'word' && token.text === token.lower
}

function isNameLike(token: Token, title: ReadonlySet<string>): boolean {
  if (token.kind !== 'word' || token.quoted || token.text.length < 2) return false
  const first = token.text.charAt(0)
  if (first === first.toLowerCase() || token.text === token.text.toUpperCase()) return false
  return !notNames.has(token.lower) && !isCalendarWord(token.lower) && !title.has(token.lower)
}

/** Words of the plan's title: the first heading, or the first line of a plain-text plan. */
function titleWords(plan: PlanModel): Set<string> {
  const words = new Set<string>()
  const first = plan.blocks[0]?.sentences[0]
  if (!first) return words
  const tokens = first.tokens
  // A title line, not an opening sentence: a heading, or a short line with no full stop.
  const isTitle =
    first.block.kind === 'heading' ||
    first.block.pseudoHeading ||
    (tokens.length <= TITLE_WORDS && tokens[tokens.length - 1]?.text !== '.')
  if (isTitle) for (const token of tokens) if (token.kind === 'word') words.add(token.lower)
  return words
}
