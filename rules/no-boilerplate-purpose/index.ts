/**
 * ## no-boilerplate-purpose
 *
 * A purpose or mission made of corporate boilerplate.
 *
 * Severity: warning; on in the recommended preset.
 *
 * A purpose is not mission-vision-values territory: it is about real drives,
 * passions and beliefs. “Leading provider of innovative solutions, committed to
 * excellence” could be anyone’s; say what you exist to change for people.
 *
 * Joel Kelly, “Social media IS NOT its networks” (2008): “this is not ‘mission,
 * vision, values’ territory - it’s about real drives, passions and beliefs.”
 *
 * Joel Kelly, “Social media IS NOT its networks” (2008): “Social media strategy
 * is about figuring out, first of all, why people should care.”
 *
 * Flags:
 * - a purpose or mission section made of “leading provider”, “world-class”,
 *   “best-in-class”, “committed to excellence”, “innovative solutions”,
 *   “synergy”
 * - a mission-style sentence of such phrases anywhere in the plan
 *
 * Leaves alone:
 * - a purpose that uses a stock phrase but also says what changes for people
 * - boilerplate that is negated or quoted (“we won’t call ourselves a
 *   world-class provider”)
 * - code and links
 *
 * Options: none besides the severity.
 *
 * Generated from the meta below by `pnpm generate-docs`: edit the meta, not
 * this comment.
 */
import {defineRule} from '@whatfor/lint-rule'
import {
  append,
  type Block,
  copulas,
  type LexiconMatch,
  type PlanModel,
  type Section,
  type Sentence,
  writtenAsListedOrPlural
} from '@whatfor/plan-model'

const MAX_SHOWN = 3

export default defineRule(
  {
    id: 'no-boilerplate-purpose',
    severity: 'warning',
    summary: 'A purpose or mission made of corporate boilerplate.',
    argument:
      'A purpose is not mission-vision-values territory: it is about real drives, passions and beliefs. “Leading provider of innovative solutions, committed to excellence” could be anyone’s; say what you exist to change for people.',
    quote: 'not-mission-vision-values',
    alsoCites: ['why-people-should-care'],
    flags: [
      'a purpose or mission section made of “leading provider”, “world-class”, “best-in-class”, “committed to excellence”, “innovative solutions”, “synergy”',
      'a mission-style sentence of such phrases anywhere in the plan'
    ],
    leavesAlone: [
      'a purpose that uses a stock phrase but also says what changes for people',
      'boilerplate that is negated or quoted (“we won’t call ourselves a world-class provider”)',
      'code and links'
    ]
  },
  (plan, report) => {
    for (const zone of purposeZones(plan)) {
      const sentences = zone.flatMap((block) => [...block.sentences])
      const phrases = sentences.flatMap(boilerplateIn)
      if (
        !isBoilerplate(phrases) ||
        sentences.some(
          (sentence) => boilerplateIn(sentence).length === 0 && saysWhatChanges(plan, sentence)
        )
      )
        continue
      const shown = [...new Set(phrases.map((match) => match.entry.phrase))]
        .slice(0, MAX_SHOWN)
        .map((phrase) => `“${phrase}”`)
      report({
        start: phrases[0]!.start,
        end: phrases[phrases.length - 1]!.end,
        reason: `Unexpected boilerplate purpose (${shown.join(', ')}), expected what the plan exists to change for people`,
        expected: ['We exist so that <who> can <what changes for them>.']
      })
    }
  }
)

/**
 * Where the plan states its purpose: each purpose or mission section, and
 * any other paragraph whose sentence is made of boilerplate.
 */
function purposeZones(plan: PlanModel): Block[][] {
  const bySection = new Map<Section, Block[]>()
  const loose: Block[][] = []
  const inLoose = new Set<Block>()
  for (const block of plan.blocks) {
    if (block.kind === 'heading' || block.pseudoHeading || inLoose.has(block)) continue
    if (block.section.roles.has('purpose') && block.section.heading)
      append(bySection, block.section, block)
    else if (block.sentences.some((sentence) => isBoilerplate(boilerplateIn(sentence)))) {
      // The passage is the block and what follows it in its section: a stock
      // opening may be redeemed by the next sentence or paragraph.
      const passage = block.section.blocks.filter((other) => other.index >= block.index)
      for (const other of passage) inLoose.add(other)
      loose.push(passage)
    }
  }
  return [...bySection.values(), ...loose]
}

function boilerplateIn(sentence: Sentence): LexiconMatch[] {
  const found = sentence.matches.filter(
    (match) =>
      (match.category === 'boilerplate' || match.category === 'boilerplate-weak') &&
      !match.quoted &&
      !match.negated &&
      writtenAsListedOrPlural(match) &&
      !describesAThing(sentence, match)
  )
  // One stretch of words is one phrase: “a leading” inside “a leading provider” is not a second.
  return found.filter(
    (match) =>
      !found.some((other) => other !== match && overlaps(match, other) && outranks(other, match))
  )
}

const ADVERB_WORDS = 2

/**
 * “The local studies collection, which is genuinely world-class”: an aside
 * (“, which is …”) praising a thing the plan mentions, not the plan's purpose.
 * (“A bank that is committed to excellence” still describes the bank.)
 */
function describesAThing(sentence: Sentence, match: LexiconMatch): boolean {
  const tokens = sentence.tokens
  for (
    let index = match.first - 1;
    index >= 0 && index >= match.first - 2 - ADVERB_WORDS;
    index--
  ) {
    if (
      copulas.has(tokens[index]!.lower) &&
      tokens[index - 1]?.lower === 'which' &&
      tokens[index - 2]?.text === ','
    )
      return true
  }
  return false
}

function overlaps(a: LexiconMatch, b: LexiconMatch): boolean {
  return a.first <= b.last && b.first <= a.last
}

/** The phrase to keep where two overlap: the strong one, else the longer. */
function outranks(a: LexiconMatch, b: LexiconMatch): boolean {
  if (a.category !== b.category) return a.category === 'boilerplate'
  return a.last - a.first > b.last - b.first
}

/** One phrase that is boilerplate on its own (“leading provider”), or a weak one in company (“innovative” + “excellence”). */
function isBoilerplate(phrases: readonly LexiconMatch[]): boolean {
  if (phrases.some((match) => match.category === 'boilerplate')) return true
  return new Set(phrases.map((match) => match.entry.phrase)).size >= 3
}

/** A sentence that says what changes for people: a purpose statement with no boilerplate in it. */
function saysWhatChanges(plan: PlanModel, sentence: Sentence): boolean {
  return plan.purposeStatementSet.has(sentence)
}
