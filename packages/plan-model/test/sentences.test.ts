import {describe, expect, test} from 'vitest'
import type {RawBlock} from '../src/blocks/raw-block.js'
import {isNegated, isRefusal} from '../src/sentences/negation.js'
import {findPhrases} from '../src/sentences/phrases.js'
import {quotedTokens} from '../src/sentences/quotations.js'
import {readSentences} from '../src/sentences/read.js'
import {splitSentences} from '../src/sentences/split.js'
import {tokenize} from '../src/sentences/tokenize.js'
import type {Token} from '../src/types.js'
import {random, tokens} from './helpers.js'

const sentencesOf = (text: string): string[] =>
  splitSentences(text, tokenize(text)).map((range) => {
    const all = tokenize(text)
    return text.slice(all[range.from]!.start, all[range.to - 1]!.end)
  })

describe('tokens', () => {
  test('words keep inner apostrophes, numbers their separators; Google+ is a name', () => {
    expect(
      tokenize("We won't post 10,000 times, 2.5% on Google+.").map((t) => [t.text, t.kind])
    ).toEqual([
      ['We', 'word'],
      ["won't", 'word'],
      ['post', 'word'],
      ['10,000', 'number'],
      ['times', 'word'],
      [',', 'punctuation'],
      ['2.5', 'number'],
      ['%', 'punctuation'],
      ['on', 'word'],
      ['Google+', 'word'],
      ['.', 'punctuation']
    ])
  })

  test('curly apostrophes read as straight ones; words are stemmed, possessives on their base', () => {
    const [word, owner] = tokenize('Don\u2019t families\u2019s')
    expect([word!.lower, owner!.stem]).toEqual(["don't", 'famili'])
  })

  test('quotations of three or more words are someone else’s; scare quotes are not', () => {
    const text = 'They said "be on every network" but our "reach" grows.'
    const all = tokenize(text)
    const quoted = quotedTokens(all)
    expect(all.filter((_, index) => quoted[index] === 1).map((token) => token.text)).toEqual([
      'be',
      'on',
      'every',
      'network'
    ])
  })
})

describe('sentences', () => {
  test('ends at terminal punctuation, not after abbreviations, initialisms or inside brackets', () => {
    expect(
      sentencesOf('Live at 6 a.m. ET, e.g. on Jan. 5. Then (why? because) clips! Done.')
    ).toEqual(['Live at 6 a.m. ET, e.g. on Jan. 5.', 'Then (why? because) clips!', 'Done.'])
  })

  test('a closing quote stays with its sentence; a full stop inside a word ends nothing', () => {
    expect(sentencesOf('He said “go.” We went to example.com today.')).toEqual([
      'He said “go.”',
      'We went to example.com today.'
    ])
  })

  test('a line break starts a sentence at a new line item, not inside a wrapped line', () => {
    expect(sentencesOf('Facebook daily\nInstagram weekly\nposts and\nReels')).toEqual([
      'Facebook daily',
      'Instagram weekly\nposts and\nReels'
    ])
    const wrapped =
      'This line is long enough to have been wrapped by an editor at\nFifty characters.'
    expect(sentencesOf(wrapped)).toHaveLength(1)
  })

  test('the sentences pass maps tokens to the source; lexicon phrases are found in them', () => {
    const block: RawBlock = {
      kind: 'paragraph',
      node: {type: 'paragraph', children: []},
      text: 'We post on Facebook. Never on TikTok.',
      // The text stands at offset 100 of the source, its second sentence 5 characters further on.
      segments: [
        {textStart: 0, sourceStart: 100},
        {textStart: 21, sourceStart: 126}
      ],
      start: 100,
      end: 163,
      depth: 0,
      list: undefined,
      table: undefined,
      leadsListItem: false,
      firstInItem: false,
      emphasisOnly: false
    }
    const [first, second] = readSentences(block)
    expect([first!.start, first!.end, second!.start, second!.end]).toEqual([100, 120, 126, 142])
    expect(second!.tokens.map((token) => token.index)).toEqual([0, 1, 2, 3])
    const platforms = (sentence: typeof first) =>
      findPhrases(sentence!.tokens)
        .filter((found) => found.phrase.category === 'platform')
        .map((found) => [found.phrase.entry.canonical ?? found.phrase.entry.phrase, found.negated])
    expect([...platforms(first), ...platforms(second)]).toEqual([
      ['Facebook', false],
      ['TikTok', true]
    ])
  })
})

/**
 * The negation scope as first written: read back from the phrase token by
 * token, six words, six more for each “or”. The one-pass version must agree.
 */
function negatedByReadingBack(all: readonly Token[], first: number, last: number): boolean {
  const breaks = new Set([',', ';', ':', '.', '!', '?', '(', ')', '\u2014', '\u2013'])
  const openers = new Set(['but', 'so', 'and', 'because', 'who', 'that', 'when'])
  const negators = new Set(['not', 'no', 'never', 'without', 'nor', 'avoid'])
  const verbNegation = (t: Token) =>
    t.lower === 'not' || t.lower === 'never' || t.lower === 'cannot' || t.lower.endsWith("n't")
  let reach = 6
  for (let index = first - 1, seen = 0; index >= 0 && seen < reach; index--, seen++) {
    const token = all[index]!
    if (breaks.has(token.text) || openers.has(token.lower)) break
    if ((negators.has(token.lower) || verbNegation(token)) && !token.quoted) return true
    if (token.lower === 'or' || token.lower === 'nor') reach += 6
  }
  for (let index = last + 1, seen = 0; index < all.length && seen < 4; index++, seen++) {
    const token = all[index]!
    if (breaks.has(token.text) || openers.has(token.lower)) break
    if (verbNegation(token)) return true
  }
  return false
}

describe('negation', () => {
  test('a negator before the phrase in its clause, or a negated verb after it', () => {
    const words = tokens(['we', 'will', 'not', 'chase', 'likes', ',', 'but', 'reach'])
    expect([isNegated(words, 4, 4), isNegated(words, 7, 7)]).toEqual([true, false])
    const after = tokens(['likes', 'are', "n't", 'the', 'goal'])
    expect(isNegated(after, 0, 0)).toBe(true)
  })

  test('each “or” reaches six words further back', () => {
    // “not a b c d e f or g h i x”: x is eleven words on, the “or” four words back.
    const list = ['not', 'a', 'b', 'c', 'd', 'e', 'f', 'or', 'g', 'h', 'i', 'x']
    expect(isNegated(tokens(list), 11, 11)).toBe(true)
    const withoutOr = list.map((word) => (word === 'or' ? 'to' : word))
    expect(isNegated(tokens(withoutOr), 11, 11)).toBe(false)
  })

  test('the one-pass scope agrees with reading back, on 1,000 random sentences', () => {
    const next = random(13)
    // Mostly plain words and “or”s, so that reading back often runs out of reach
    // before it meets a negator; now and then a negator, a clause break or a quote.
    const plain = ['x', 'y', 'likes', 'we', 'or', 'or']
    const rare = ['not', "don't", 'never', 'nor', ',', 'and']
    for (let round = 0; round < 1000; round++) {
      const length = 1 + Math.floor(next() * 60)
      const words = Array.from({length}, () => {
        const pool = next() < 0.85 ? plain : rare
        return pool[Math.floor(next() * pool.length)]!
      })
      const quoted = words.map(() => next() < 0.1)
      const sentence = tokens(words, quoted)
      for (let first = 0; first < length; first++) {
        const last = Math.min(length - 1, first + Math.floor(next() * 3))
        expect(isNegated(sentence, first, last), `${words.join(' ')} @${first}-${last}`).toBe(
          negatedByReadingBack(sentence, first, last)
        )
      }
    }
  })

  test("a bare refusal: “We won't.”, “No.”; not a sentence that says more", () => {
    expect(isRefusal(tokens(['we', "won't", '.']))).toBe(true)
    expect(isRefusal(tokens(['no', '.']))).toBe(true)
    expect(isRefusal(tokens(['we', 'will', '.']))).toBe(false)
    expect(isRefusal(tokens(['we', "won't", 'post', 'daily', '.']))).toBe(false)
  })
})
