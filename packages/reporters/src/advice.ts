/**
 * The terminal report's sentence for a finding: what is wrong, then what to
 * do, for the person who wrote the plan. A rule's message is in remark-lint's
 * shape (“Unexpected X, expected Y”), which tools and the JSON report keep;
 * here X, the part naming what was found (with the plan's own words in
 * brackets), is followed by the rule's advice in the imperative.
 */

/** What to do about each rule's finding, as one imperative clause. */
const ADVICE: Readonly<Record<string, string>> = {
  'no-channel-first':
    'start the plan from why people should care, and bring the channels in after that',
  'what-for': 'say why people should care, what the plan exists to change for them',
  'no-tactic-as-strategy': 'state the choice the tactics serve — what changes, for whom, and why',
  'no-platform-strategy': 'name the strategy after what it is for, not after a platform',
  'purpose-before-tactics': 'move the section that says what the plan is for to the front',
  'tactic-needs-purpose': 'say for each tactic what it is for (“so that …”)',
  'no-vanity-metrics': 'name the outcome for people that this number would signal, and aim at that',
  'no-push-buzz-engage': 'say what value it creates for the people it reaches',
  'no-influence-goal': 'say what should change for the people you mean to reach',
  'no-viral-goal': 'say what people should care about enough to pass it on',
  'human-objective': 'add at least one objective about what changes for people',
  'no-boilerplate-purpose': 'say in plain words what the plan exists to change for people',
  'name-the-executors': 'name the owners, the team, the roles or the people who carry it out',
  'name-the-community': 'say who they are and the lifestyle, identity, cause or craft they share',
  'no-faceless-audience': 'describe a person: their need or their situation',
  'no-aimless-listening': 'say which decision the listening will inform',
  'channel-exit': 'say how you will judge each channel and when you would drop one',
  'no-guru-appeal': 'give the reason this choice fits the people the plan is for'
}

/** Rule ids with their own advice (a test checks that every rule of the preset has one). */
export const adviceRuleIds: readonly string[] = Object.keys(ADVICE)

const FOUND = 'Unexpected '
const EXPECTED = ', expected '

/**
 * One sentence: what is wrong and what to do. A message from a rule whatfor
 * does not know (a plugin from the user's config), or one that is not in the
 * usual shape (a file that could not be read), keeps its own words.
 */
export function findingSentence(ruleId: string | undefined, reason: string): string {
  const flat = reason.replace(/\s+/g, ' ').trim()
  const split = flat.indexOf(EXPECTED)
  if (!flat.startsWith(FOUND) || split < 0) return endSentence(capitalize(flat))
  const found = capitalize(flat.slice(FOUND.length, split))
  const advice =
    (ruleId !== undefined ? ADVICE[ruleId] : undefined) ??
    `expected ${flat.slice(split + EXPECTED.length)}`
  return endSentence(`${found}: ${advice}`)
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1)
}

function endSentence(text: string): string {
  return /[.!?…]$/.test(text) ? text : `${text}.`
}
