import {describe, expect, test} from 'vitest'
import {inRejectingSection} from '../src/queries/context.js'
import {growthVerbsAsVerbs, widestMatches} from '../src/queries/matches.js'
import {withoutRepeatedNames} from '../src/queries/words.js'
import type {LexiconMatch} from '../src/types.js'
import {plan, random} from './helpers.js'

describe('widest matches', () => {
  const match = (first: number, last: number) => ({first, last}) as LexiconMatch

  test('a match inside a longer one goes; equal ranges both stay', () => {
    const reels = match(1, 1)
    const instagramReels = match(0, 1)
    const same = [match(3, 4), match(3, 4)]
    expect(widestMatches([reels, instagramReels, ...same])).toEqual([instagramReels, ...same])
  })

  test('the sweep agrees with comparing every pair, on 500 random sets', () => {
    const next = random(7)
    for (let round = 0; round < 500; round++) {
      const matches = Array.from({length: Math.floor(next() * 12)}, () => {
        const first = Math.floor(next() * 8)
        return match(first, first + Math.floor(next() * 3))
      })
      const pairwise = matches.filter(
        (one) =>
          !matches.some(
            (other) =>
              other !== one &&
              other.first <= one.first &&
              one.last <= other.last &&
              other.last - other.first > one.last - one.first
          )
      )
      expect(widestMatches(matches)).toEqual(pairwise)
    }
  })
})

describe('names for messages', () => {
  test('a name that holds another goes, however often either is repeated', () => {
    expect(withoutRepeatedNames(['Facebook', 'facebook page', 'Facebook', 'TikTok'])).toEqual([
      'Facebook',
      'Facebook',
      'TikTok'
    ])
  })
})

describe('sentence context', () => {
  test('growth verbs as verbs, not as nouns (“our reach”, “Facebook reach”)', () => {
    const [first, second] = plan(
      'Reach 5,000 parents. Our reach and Facebook reach grew.\n'
    ).sentences
    expect(growthVerbsAsVerbs(first!).map((match) => match.first)).toEqual([0])
    expect(growthVerbsAsVerbs(second!)).toEqual([])
  })

  test('under a heading that turns its content down, but not the heading itself', () => {
    const model = plan("## What we won't do\n\nGo viral on TikTok.\n\n## Goals\n\nGrow.\n")
    expect(model.sentences.map(inRejectingSection)).toEqual([false, true, false, false])
  })
})
