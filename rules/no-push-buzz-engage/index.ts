/**
 * ## no-push-buzz-engage
 *
 * Goals phrased as pushing product, building buzz or awareness, or engaging
 * consumers.
 *
 * Severity: warning; on in the recommended preset.
 *
 * Push product, build buzz, engage consumers: the three goals of most social
 * media strategies, and none of them lives up to the promise of meaning. Say
 * what value the plan creates for people; buzz and engagement are at best side
 * effects of that.
 *
 * CEO of 2020 Social (the post’s byline), summarising Umair Haque, “Does Your
 * Social Media Strategy Maximize Meaning?” (2010): “most ‘social media’
 * strategies have one or more of three goals: to ‘push product,’ ‘build buzz,’
 * or ‘engage consumers.’ None of these lives up to the Internet’s promise of
 * meaning.”
 *
 * CEO of 2020 Social (the post’s byline), summarising Umair Haque, “Does Your
 * Social Media Strategy Maximize Meaning?” (2010): “socially useful stuff that
 * creates meaningful value for people, communities, and tomorrow’s
 * generations.”
 *
 * Flags:
 * - pushing product: “Push product”, “push the new range”
 * - building buzz, hype or awareness: “Build buzz ahead of launch”, “Raise
 *   awareness of the brand”
 * - engaging consumers: “Increase engagement by 30%”, “engage our audience”
 * - the same as a measure where the plan states an aim: “Goal: engagement rate
 *   from 2% to 4%”
 *
 * Leaves alone:
 * - negations: “we're not trying to push product”, “not brand awareness”
 * - “engagement” as a job title, a department or a document type (“Engagement
 *   Officer”, “Public Engagement Plan”)
 * - the words outside any aim (a report that mentions engagement)
 * - other people's words in quotes and block quotes, code and links
 *
 * Options: none besides the severity.
 *
 * Generated from the meta below by `pnpm generate-docs`: edit the meta, not
 * this comment.
 */
import {defineRule} from '@whatfor/lint-rule'
import {
  describesThePast,
  engagedPeopleQualifiers,
  engageForms,
  growthVerbsAsVerbs,
  hasTag,
  inRejectingSection,
  isCount,
  isNegated,
  type LexiconMatch,
  liveMatches,
  matchText,
  opensWithNegation,
  type PlanModel,
  productNouns,
  rowCells,
  type Sentence,
  wordsAsWritten,
  writtenAsListed
} from '@whatfor/plan-model'

/** How close a growth verb or a number must stand to a bare measure (“engagement”) to make it a target. */
const WINDOW = 4

export default defineRule(
  {
    id: 'no-push-buzz-engage',
    severity: 'warning',
    summary: 'Goals phrased as pushing product, building buzz or awareness, or engaging consumers.',
    argument:
      'Push product, build buzz, engage consumers: the three goals of most social media strategies, and none of them lives up to the promise of meaning. Say what value the plan creates for people; buzz and engagement are at best side effects of that.',
    quote: 'push-buzz-engage',
    alsoCites: ['meaningful-value'],
    flags: [
      'pushing product: “Push product”, “push the new range”',
      'building buzz, hype or awareness: “Build buzz ahead of launch”, “Raise awareness of the brand”',
      'engaging consumers: “Increase engagement by 30%”, “engage our audience”',
      'the same as a measure where the plan states an aim: “Goal: engagement rate from 2% to 4%”'
    ],
    leavesAlone: [
      "negations: “we're not trying to push product”, “not brand awareness”",
      '“engagement” as a job title, a department or a document type (“Engagement Officer”, “Public Engagement Plan”)',
      'the words outside any aim (a report that mentions engagement)',
      "other people's words in quotes and block quotes, code and links"
    ]
  },
  (plan, report) => {
    const goals = plan.goalStatementSet
    for (const sentence of plan.sentences) {
      if (inRejectingSection(sentence) || opensWithNegation(sentence) || describesThePast(sentence))
        continue
      const found =
        phrasedGoal(sentence) ?? (goals.has(sentence) ? measuredGoal(plan, sentence) : undefined)
      const aim = found
        ? {start: found.start, end: found.end, kind: kindOf(found), text: matchText(found)}
        : pushOrEngageByShape(sentence)
      if (!aim) continue
      report({
        start: aim.start,
        end: aim.end,
        reason: `Unexpected ${aim.kind} goal (${aim.text}), expected the value it creates for people`
      })
    }
  }
)

/** “Build buzz”, “Raise awareness”, “Increase engagement”: an aim by its words. */
function phrasedGoal(sentence: Sentence): LexiconMatch | undefined {
  // The verb may inflect (“raising awareness”); the noun may not (“more engaging” is not engagement).
  return liveMatches(sentence, 'push-buzz-engage').find((match) => writtenAsListed(match, 1))
}

/**
 * “Engagement rate from 2% to 4%”, “| Brand awareness | 41% | 46% |” in a
 * goal: a measure made the target. Named in a report, it is not one.
 */
function measuredGoal(plan: PlanModel, sentence: Sentence): LexiconMatch | undefined {
  const rowHasCount = rowCells(plan, sentence.block).some(
    (cell) => cell !== sentence.block && cell.sentences.some((other) => other.tokens.some(isCount))
  )
  const verbs = growthVerbsAsVerbs(sentence)
  return liveMatches(sentence, 'push-buzz-engage-measure').find((match) => {
    if (!writtenAsListed(match)) return false
    const verbBefore = verbs.some(
      (verb) => verb.last < match.first && match.first - verb.last <= WINDOW
    )
    const countNear = sentence.tokens.some(
      (token) => isCount(token) && Math.abs(token.index - match.first) <= WINDOW + 2
    )
    return verbBefore || countNear || rowHasCount
  })
}

const PRODUCT_WINDOW = 6
const NAME_PUNCTUATION = new Set(['&', '-', '+'])
/**
 * The three goals in words no lexicon lists: “push” with a product it pushes
 * (“Push the new EV3 stock before September”), “engage” with the people it
 * engages (“Engage guests before, during and after their stay”). “Engage
 * with residents” is a conversation, not engaging consumers.
 */
function pushOrEngageByShape(
  sentence: Sentence
): {start: number; end: number; kind: string; text: string} | undefined {
  const tokens = sentence.tokens
  for (let index = 0; index < tokens.length; index++) {
    const word = tokens[index]!.lower
    if (
      (word !== 'push' && word !== 'pushing' && !engageForms.has(word)) ||
      tokens[index]!.quoted ||
      isNegated(tokens, index, index)
    )
      continue
    if (word === 'push' || word === 'pushing') {
      for (let next = index + 1; next < tokens.length && next <= index + PRODUCT_WINDOW; next++) {
        const token = tokens[next]!
        // A product's name may hold “&”, “-” or “+” (“the Rhubarb & Ginger edition”).
        if (
          (token.kind === 'punctuation' && !NAME_PUNCTUATION.has(token.text)) ||
          token.lower === 'for' ||
          token.lower === 'back' ||
          token.lower === 'to'
        )
          break
        if (productNouns.has(token.lower))
          return {
            start: tokens[index]!.start,
            end: token.end,
            kind: 'push-product',
            text: wordsAsWritten(sentence, index, next)
          }
      }
    }
    if (engageForms.has(word)) {
      let next = index + 1
      while (next < tokens.length && engagedPeopleQualifiers.has(tokens[next]!.lower)) next++
      const person = sentence.matches.find(
        (match) => match.category === 'people' && match.first === next && !match.negated
      )
      if (person)
        return {
          start: tokens[index]!.start,
          end: person.end,
          kind: 'engagement',
          text: wordsAsWritten(sentence, index, person.last)
        }
    }
  }
  return undefined
}

/** The kinds of goal, as the lexicon tags each push, buzz or engagement phrase. */
const GOAL_KINDS = ['engagement', 'awareness', 'buzz', 'push-product'] as const

function kindOf(match: LexiconMatch): string {
  return GOAL_KINDS.find((kind) => hasTag(match, kind)) ?? 'push-product'
}
