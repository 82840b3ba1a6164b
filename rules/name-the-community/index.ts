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
  append,
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
/** Matches grouped by one of their token indexes (first or last). */
function groupBy(
  matches: readonly LexiconMatch[],
  key: (match: LexiconMatch) => number
): Map<number, LexiconMatch[]> {
  const groups = new Map<number, LexiconMatch[]>()
  for (const match of matches) append(groups, key(match), match)
  return groups
}

function unnamedCommunities(sentence: Sentence): CommunityAim[] {
  const own = sentence.matches.filter((match) => !match.quoted)
  // The sentence's own matches by their first and last token: each community
  // word then reads only the few tokens around it, and a sentence of any
  // length stays linear.
  const byFirst = groupBy(own, (match) => match.first)
  const verbsByLast = groupBy(
    own.filter((match) => match.category === 'community-verb'),
    (match) => match.last
  )
  const order = new Map(own.map((match, index) => [match, index]))
  const aims: CommunityAim[] = []
  for (const word of own.filter((match) => match.category === 'community-word')) {
    const verb = verbBefore(sentence, word, verbsByLast, order)
    if (!verb || verb.negated || word.negated) continue
    if (namesWhoBefore(byFirst, verb, word) || namesWhoAfter(sentence, byFirst, word)) continue
    aims.push({verb, word})
  }
  return aims
}

/**
 * The first verb of building or growing (in the sentence's order) fewer than
 * VERB_WINDOW words before the community word, with no clause break between.
 * A brand's name counts as one word: “grow the Harlow & Finch community” is
 * as close as “grow the brand community”. Read backwards from the word, and
 * only as far as a verb could still qualify.
 */
function verbBefore(
  sentence: Sentence,
  word: LexiconMatch,
  verbsByLast: ReadonlyMap<number, LexiconMatch[]>,
  order: ReadonlyMap<LexiconMatch, number>
): LexiconMatch | undefined {
  const tokens = sentence.tokens
  let found: LexiconMatch | undefined
  // Words from two tokens after `from` up to the community word: what every
  // verb further back has between it and the word at least.
  let further = 0
  for (let from = word.first - 1; from >= 0 && further < VERB_WINDOW; from--) {
    const next = from + 1 < word.first ? tokens[from + 1]! : undefined
    if (next && BREAKS.has(next.text)) break
    // The token right after the verb counts as a word unless it is “&”.
    const words = further + (next && !isAmpersand(next) ? 1 : 0)
    if (words < VERB_WINDOW)
      for (const verb of verbsByLast.get(from) ?? [])
        if (!found || order.get(verb)! < order.get(found)!) found = verb
    if (next && countsAsWord(next, tokens[from]!)) further++
  }
  return found
}

/** Whether a token counts as a word when it is not the first after the verb: not “&”, and not a name going on. */
function countsAsWord(
  token: Sentence['tokens'][number],
  previous: Sentence['tokens'][number]
): boolean {
  const continuesName = isCapitalised(token) && (isCapitalised(previous) || previous.text === '&')
  return !isAmpersand(token) && !continuesName
}

function isAmpersand(token: Sentence['tokens'][number]): boolean {
  return token.kind === 'punctuation' && token.text === '&'
}

/** People named between the verb and the community: “build a parents' community”. */
function namesWhoBefore(
  byFirst: ReadonlyMap<number, LexiconMatch[]>,
  verb: LexiconMatch,
  word: LexiconMatch
): boolean {
  for (let index = verb.last + 1; index < word.first; index++)
    for (const match of byFirst.get(index) ?? [])
      if (
        (match.category === 'people' || match.category === 'shared-object') &&
        match.last < word.first &&
        // (“Community” is in the people lexicon too: a community word there
        // is the community itself, not who is in it.)
        !(byFirst.get(index) ?? []).some(
          (other) => other.category === 'community-word' && other.last === match.last
        )
      )
        return true
  return false
}

/**
 * Who or what after the community, tied to it by “of”, “for”, “around”,
 * “who”: “a community of newer knitters”, “around a love of old bikes”. A
 * number (“of 10,000”) or a brand is not a who.
 */
function namesWhoAfter(
  sentence: Sentence,
  byFirst: ReadonlyMap<number, LexiconMatch[]>,
  word: LexiconMatch
): boolean {
  const tokens = sentence.tokens
  let link = -1
  for (let index = word.last + 1; index <= word.last + 2 && index < tokens.length; index++)
    if (communityLinks.has(tokens[index]!.lower)) {
      link = index
      break
    }
  if (link === -1) return false
  if (tokens[link]!.lower === 'who' || tokens[link]!.lower === 'whose') return true
  for (let index = link + 1; index < tokens.length && index - link <= NAMING_WINDOW; index++) {
    // An apposition after a comma or colon still names them: “around those two
    // things, finding partners and getting unstuck, for … new climbers”.
    if (BREAKS.has(tokens[index]!.text) && !APPOSITION.has(tokens[index]!.text)) break
    const named = (byFirst.get(index) ?? []).some(
      (match) =>
        match.category === 'shared-object' ||
        (match.category === 'people' &&
          !hasTag(match, 'personal-pronoun') &&
          !hasTag(match, 'indefinite-pronoun'))
    )
    if (named) return true
  }
  return false
}

function isCapitalised(token: Sentence['tokens'][number]): boolean {
  return token.kind === 'word' && token.text[0] !== token.text[0]!.toLowerCase()
}
