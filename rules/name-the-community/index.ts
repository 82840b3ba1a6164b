/**
 * ## name-the-community
 *
 * “Build a community” with no who and no shared object named.
 *
 * Severity: suggestion; on in the recommended preset.
 *
 * Communities form around a meaningful social object — a lifestyle, an
 * identity, a cause, a craft — and they create networks, not the other way
 * around. Say who the community is and what they share; a brand or a platform
 * is not it.
 *
 * CEO of 2020 Social (the post’s byline), summarising Umair Haque, “Does Your
 * Social Media Strategy Maximize Meaning?” (2010): “connecting with
 * constituents around a meaningful social object: a lifestyle, identity or
 * cause.”
 *
 * Joel Kelly, “Social media IS NOT its networks” (2008): “Communities create
 * networks, not the other way around.”
 *
 * Flags:
 * - “build a community”, “grow our community”, “grow our online community by
 *   25%” with no who and no shared object
 * - a community defined only by a brand or a platform (“a community around the
 *   Northwind brand”, “our Discord community”)
 *
 * Leaves alone:
 * - a community named by who (“a community of newer knitters who meet in
 *   person”)
 * - a community named by what its people share (a craft, cause, lifestyle or
 *   identity)
 * - negated aims (“we are not trying to build a community”)
 * - quotes, code and links
 *
 * Options: none besides the severity.
 *
 * Generated from the meta below by `pnpm generate-docs`: edit the meta, not
 * this comment.
 */
import {defineRule} from '@whatfor/lint-rule'
import {
  communityLinks,
  hasTag,
  type LexiconMatch,
  type Sentence,
  wordsAsWritten
} from '@whatfor/plan-model'

/** How far the verb may stand before the community (“build our online Discord community”). */
const VERB_WINDOW = 4
/** How far past the community its who or what may be named. */
const NAMING_WINDOW = 14
const APPOSITION = new Set([',', ':'])
const BREAKS = new Set([',', ';', ':', '.', '!', '?', '(', ')', '\u2014', '\u2013'])

export default defineRule(
  {
    id: 'name-the-community',
    severity: 'suggestion',
    summary: '“Build a community” with no who and no shared object named.',
    argument:
      'Communities form around a meaningful social object — a lifestyle, an identity, a cause, a craft — and they create networks, not the other way around. Say who the community is and what they share; a brand or a platform is not it.',
    quote: 'meaningful-social-object',
    alsoCites: ['communities-create-networks'],
    flags: [
      '“build a community”, “grow our community”, “grow our online community by 25%” with no who and no shared object',
      'a community defined only by a brand or a platform (“a community around the Northwind brand”, “our Discord community”)'
    ],
    leavesAlone: [
      'a community named by who (“a community of newer knitters who meet in person”)',
      'a community named by what its people share (a craft, cause, lifestyle or identity)',
      'negated aims (“we are not trying to build a community”)',
      'quotes, code and links'
    ]
  },
  (plan, report) => {
    for (const sentence of plan.sentences) {
      for (const community of unnamedCommunities(sentence)) {
        report({
          start: community.verb.start,
          end: community.word.end,
          reason: `Unexpected community with no who and no shared object (“${wordsAsWritten(sentence, community.verb.first, community.word.last)}”), expected who it is and the lifestyle, identity, cause or craft they share`
        })
      }
    }
  }
)

interface CommunityAim {
  readonly verb: LexiconMatch
  readonly word: LexiconMatch
}

/** Building or growing a community, where the sentence says nothing of who or what. */
function unnamedCommunities(sentence: Sentence): CommunityAim[] {
  const own = sentence.matches.filter((match) => !match.quoted)
  const aims: CommunityAim[] = []
  for (const word of own.filter((match) => match.category === 'community-word')) {
    const verb = own.find(
      (match) =>
        match.category === 'community-verb' &&
        match.last < word.first &&
        wordsBetween(sentence, match.last, word.first) < VERB_WINDOW &&
        !clauseBreakBetween(sentence, match.last, word.first)
    )
    if (!verb || verb.negated || word.negated) continue
    if (namesWhoBefore(own, verb, word) || namesWhoAfter(sentence, own, word)) continue
    aims.push({verb, word})
  }
  return aims
}

/**
 * People named between the verb and the community: “build a parents'
 * community”. (“Community” is in the people lexicon too: a community word
 * there is the community itself, not who is in it.)
 */
function namesWhoBefore(own: LexiconMatch[], verb: LexiconMatch, word: LexiconMatch): boolean {
  return own.some(
    (match) =>
      (match.category === 'people' || match.category === 'shared-object') &&
      match.first > verb.last &&
      match.last < word.first &&
      !own.some(
        (other) =>
          other.category === 'community-word' &&
          other.first === match.first &&
          other.last === match.last
      )
  )
}

/**
 * Who or what after the community, tied to it by “of”, “for”, “around”,
 * “who”: “a community of newer knitters”, “around a love of old bikes”. A
 * number (“of 10,000”) or a brand is not a who.
 */
function namesWhoAfter(sentence: Sentence, own: LexiconMatch[], word: LexiconMatch): boolean {
  const tokens = sentence.tokens
  const link = tokens.findIndex(
    (token, index) => index > word.last && index - word.last <= 2 && communityLinks.has(token.lower)
  )
  if (link === -1) return false
  if (tokens[link]!.lower === 'who' || tokens[link]!.lower === 'whose') return true
  for (let index = link + 1; index < tokens.length && index - link <= NAMING_WINDOW; index++) {
    // An apposition after a comma or colon still names them: “around those two
    // things, finding partners and getting unstuck, for … new climbers”.
    if (BREAKS.has(tokens[index]!.text) && !APPOSITION.has(tokens[index]!.text)) break
    const named = own.some(
      (match) =>
        match.first === index &&
        (match.category === 'shared-object' ||
          (match.category === 'people' &&
            !hasTag(match, 'personal-pronoun') &&
            !hasTag(match, 'indefinite-pronoun')))
    )
    if (named) return true
  }
  return false
}

/**
 * Words between two tokens, a brand's name counting as one: “grow the
 * Harlow & Finch community” is as close as “grow the brand community”.
 */
function wordsBetween(sentence: Sentence, from: number, to: number): number {
  let words = 0
  for (let index = from + 1; index < to; index++) {
    const token = sentence.tokens[index]!
    const previous = sentence.tokens[index - 1]!
    const continuesName =
      isCapitalised(token) && index > from + 1 && (isCapitalised(previous) || previous.text === '&')
    if ((token.kind !== 'punctuation' || token.text !== '&') && !continuesName) words++
  }
  return words
}

function isCapitalised(token: Sentence['tokens'][number]): boolean {
  return token.kind === 'word' && token.text[0] !== token.text[0]!.toLowerCase()
}

function clauseBreakBetween(sentence: Sentence, from: number, to: number): boolean {
  for (let index = from + 1; index < to; index++)
    if (BREAKS.has(sentence.tokens[index]!.text)) return true
  return false
}
