/**
 * ## no-guru-appeal
 *
 * An appeal to unnamed authority or fashion as the reason for a choice.
 *
 * Severity: warning; on in the recommended preset.
 *
 * There is no one size fits all answer. “Experts agree” and “everyone is on
 * TikTok” borrow someone else’s answer; challenge the gurus, ask them how they
 * did it, and give the reason this choice fits these people.
 *
 * Mitch Lieberman (quoting Esteban Kolsky, Graham Hill and Doc Searls), “Social
 * Just is” (2009): “Challenge the gurus with the Social Media strategies, not
 * just to challenge, but to ask them how they did it.”
 *
 * Mitch Lieberman (quoting Esteban Kolsky, Graham Hill and Doc Searls), “Social
 * Just is” (2009): “there is no one size fits all answer to these questions”
 *
 * Flags:
 * - unnamed authority as the reason: “experts agree”, “according to social
 *   media gurus”, “best practice says”
 * - the crowd as the reason: “everyone is on TikTok, so we must be too”,
 *   “everyone says”
 * - fashion as the reason: “so we need to be there too”, “the next big thing”,
 *   “we can’t afford to fall behind”
 *
 * Leaves alone:
 * - gurus and experts mentioned in order to reject them (“we aren’t doing this
 *   because a guru said so”, “we are not following the gurus”)
 * - other people’s words in quotation marks or block quotes
 * - named sources (a report, a study, a person by name)
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
  fearingWords,
  hasTag,
  isNegativeWord,
  type LexiconMatch,
  type PlanModel,
  presentCopulas,
  type Sentence
} from '@whatfor/plan-model'

/** How far after an authority its claim may come (“the gurus at the Sports Nutrition Marketing Summit were clear”). */
const CLAIM_WINDOW = 8
/** How far before an authority “according to” may stand (“according to LinkedIn gurus”). */
const ACCORDING_WINDOW = 4

export default defineRule(
  {
    id: 'no-guru-appeal',
    severity: 'warning',
    summary: 'An appeal to unnamed authority or fashion as the reason for a choice.',
    argument:
      'There is no one size fits all answer. “Experts agree” and “everyone is on TikTok” borrow someone else’s answer; challenge the gurus, ask them how they did it, and give the reason this choice fits these people.',
    quote: 'challenge-the-gurus',
    alsoCites: ['no-one-size-fits-all'],
    flags: [
      'unnamed authority as the reason: “experts agree”, “according to social media gurus”, “best practice says”',
      'the crowd as the reason: “everyone is on TikTok, so we must be too”, “everyone says”',
      'fashion as the reason: “so we need to be there too”, “the next big thing”, “we can’t afford to fall behind”'
    ],
    leavesAlone: [
      'gurus and experts mentioned in order to reject them (“we aren’t doing this because a guru said so”, “we are not following the gurus”)',
      'other people’s words in quotation marks or block quotes',
      'named sources (a report, a study, a person by name)',
      'code and links'
    ]
  },
  (plan, report) => {
    for (const [block, appeals] of appealsByBlock(plan)) {
      if (rejectsAuthority(block)) continue
      for (const appeal of appeals) {
        report({
          start: appeal.start,
          end: appeal.end,
          reason: `Unexpected appeal to ${appeal.kind} (“${appeal.text}”), expected the reason this choice fits the people the plan is for`
        })
      }
    }
  }
)

interface Appeal {
  readonly start: number
  readonly end: number
  readonly text: string
  readonly kind: 'unnamed authority' | 'fashion'
}

function appealsByBlock(plan: PlanModel): Map<Block, Appeal[]> {
  const byBlock = new Map<Block, Appeal[]>()
  for (const sentence of plan.sentences) {
    const appeal = appealIn(sentence)
    if (!appeal) continue
    append(byBlock, sentence.block, appeal)
  }
  return byBlock
}

/** The first appeal in a sentence, if any: an authority with its claim, or a fashion phrase. */
function appealIn(sentence: Sentence): Appeal | undefined {
  const own = sentence.matches.filter((match) => !match.quoted)
  for (const authority of own.filter((match) => match.category === 'guru-authority')) {
    if (authority.negated || negatedBefore(sentence, authority.first)) continue
    const claim = claimAfter(sentence, own, authority)
    const according = own.find(
      (match) =>
        match.category === 'fashion-appeal' &&
        hasTag(match, 'attribution') &&
        match.last < authority.first &&
        authority.first - match.last <= ACCORDING_WINDOW
    )
    if (claim || according) {
      const start = according ? according.start : authority.start
      const end = claim ? claim.end : authority.end
      return {start, end, text: textBetween(sentence, start, end), kind: 'unnamed authority'}
    }
  }
  const fashion = own.find(
    (match) =>
      match.category === 'fashion-appeal' &&
      !hasTag(match, 'attribution') &&
      !match.negated &&
      (!hasTag(match, 'falling-behind') || fearsBeingBehind(sentence, match))
  )
  if (fashion && !negatedBefore(sentence, fashion.first)) {
    return {
      start: fashion.start,
      end: fashion.end,
      text: textBetween(sentence, fashion.start, fashion.end),
      kind: 'fashion'
    }
  }
  return undefined
}

/**
 * “Falls behind” is also a task behind schedule (“if scanning falls
 * behind”): fashion only when it is us who must not be left behind.
 */
function fearsBeingBehind(sentence: Sentence, match: LexiconMatch): boolean {
  return sentence.tokens
    .slice(Math.max(0, match.first - 4), match.first)
    .some((token) => fearingWords.has(token.lower))
}

function claimAfter(
  sentence: Sentence,
  own: LexiconMatch[],
  authority: LexiconMatch
): {end: number} | undefined {
  // A crowd (“everyone”) appeals only when it says or is somewhere already:
  // “everyone should have a say” is no appeal to authority.
  const crowd = hasTag(authority, 'crowd')
  const claim = own.find(
    (match) =>
      match.category === 'guru-claim' &&
      match.first > authority.last &&
      match.first - authority.last <= CLAIM_WINDOW &&
      (!crowd || hasTag(match, 'crowd-claim'))
  )
  if (claim) return claim
  // A bare copula is a claim only after an impersonal authority, which asserts
  // by being named (“best practice in fintech is a creator-led launch”);
  // “experts are …” or “everyone is …” says nothing yet.
  if (hasTag(authority, 'impersonal')) {
    const copula = sentence.tokens
      .slice(authority.last + 1, authority.last + 1 + CLAIM_WINDOW)
      .find((token) => presentCopulas.has(token.lower))
    if (
      copula &&
      !sentence.tokens
        .slice(authority.last + 1, copula.index)
        .some((token) => token.kind === 'punctuation')
    )
      return copula
  }
  // “Everybody's on TikTok”: the claim is folded into the authority's own token.
  const last = sentence.tokens[authority.last]!
  const next = sentence.tokens[authority.last + 1]
  if (
    (last.lower.endsWith("'s") || last.lower.endsWith('\u2019s')) &&
    next &&
    (next.stem === 'on' || next.stem === 'move')
  )
    return next
  return undefined
}

/**
 * A negation anywhere earlier in the sentence rejects the authority, even
 * across “because”: “We aren't doing this because a guru said so.”
 */
function negatedBefore(sentence: Sentence, index: number): boolean {
  return sentence.tokens.slice(0, index).some(isNegativeWord)
}

/** A passage that reports guru advice and then rejects it is not appealing to it. */
function rejectsAuthority(block: Block): boolean {
  return block.sentences.some((sentence) =>
    sentence.matches.some(
      (match) =>
        match.category === 'guru-authority' &&
        !match.quoted &&
        (match.negated || negatedBefore(sentence, match.first))
    )
  )
}

function textBetween(sentence: Sentence, start: number, end: number): string {
  const tokens = sentence.tokens.filter((token) => token.start >= start && token.end <= end)
  let text = ''
  tokens.forEach((token, index) => {
    const previous = tokens[index - 1]
    text += (previous && previous.end < token.start ? ' ' : '') + token.text
  })
  return text
}
