import {
  analyse,
  type BlockEvidence,
  decideOpening,
  decideWhatFor,
  judge,
  type LinearModel,
  type OpeningEvidence,
  openingFeatures,
  type PlanModel,
  type SentenceEvidence,
  shippedModels
} from '@whatfor/plan-model'
import remarkFrontmatter from 'remark-frontmatter'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import {unified} from 'unified'
import {describe, expect, test} from 'vitest'

function plan(markdown: string): PlanModel {
  return analyse(
    unified().use(remarkParse).use(remarkFrontmatter).use(remarkGfm).parse(markdown),
    markdown
  )
}

const block = (
  start: number,
  score: number,
  extra: Partial<BlockEvidence> = {}
): BlockEvidence => ({
  start,
  score,
  heading: false,
  channels: 0,
  groupChannels: 0,
  channelCue: false,
  inOpening: false,
  ...extra
})
const never: LinearModel = {bias: -20, threshold: 0.5, weights: {}}
const always: LinearModel = {bias: 20, threshold: 0.5, weights: {}}

describe('learned judgements', () => {
  test('the same plan gives the same judgement, every time', () => {
    const text =
      '# Plan\n\n- Facebook\n- Instagram\n- TikTok\n\n## Why\n\nWe exist so that parents new to the area find each other.\n'
    const first = plan(text)
    const second = plan(text)
    expect(second.channelFirstScore).toBe(first.channelFirstScore)
    expect(second.whatForScore).toBe(first.whatForScore)
    expect(second.whatForStatements.map((sentence) => sentence.text)).toEqual(
      first.whatForStatements.map((sentence) => sentence.text)
    )
  })

  test('every decision can be explained by named features and weights', () => {
    const model = plan(
      '# Plan\n\n- Facebook\n- Instagram\n- TikTok\n\nWe exist so that first-time founders never launch alone.\n'
    )
    const sentence = model.whatForStatements[0]!
    const why = model.explainWhatFor(sentence)
    expect(why.length).toBeGreaterThan(0)
    for (const item of why) expect(shippedModels.whatFor.weights[item.feature]).toBe(item.weight)
    const lineUp = model.channelLineUps[0]!
    expect(model.explainLineUp(lineUp.unit).length).toBeGreaterThan(0)
  })

  test('a plan judged with models that never say yes has no What For and no channel opening', () => {
    const model = plan('# Plan\n\n- Facebook\n- Instagram\n- TikTok\n')
    const judged = judge(model, {
      whatFor: never,
      whatForDocument: never,
      lineUp: never,
      opening: never
    })
    expect(judged.whatForStatements).toEqual([])
    expect(judged.channelLineUps).toEqual([])
    expect(judged.channelOpening).toBeUndefined()
  })

  test('models that always say yes find the plan channel-first at its first line-up before the What For', () => {
    const model = plan('# Plan\n\n- Facebook\n- Instagram\n')
    const judged = judge(model, {
      whatFor: never,
      whatForDocument: never,
      lineUp: always,
      opening: always
    })
    expect(judged.channelOpening?.unit.text).toBe('Facebook')
    // The finding covers the whole list.
    expect(model.source.slice(judged.channelOpening!.start, judged.channelOpening!.end)).toBe(
      '- Facebook\n- Instagram'
    )
  })
})

describe('doc-level decisions', () => {
  const sentence = (score: number, ruleBased: boolean): SentenceEvidence => ({
    start: 0,
    score,
    ruleBased,
    inPurposeSection: false
  })

  test('a sentence the model is sure of and the rule-based reading agrees on is a What For, whatever the doc model says', () => {
    expect(
      decideWhatFor([sentence(0.95, true)], {
        whatFor: {...never, threshold: 0.5},
        whatForDocument: never
      }).indices
    ).toEqual([0])
    expect(
      decideWhatFor([sentence(0.95, false)], {
        whatFor: {...never, threshold: 0.5},
        whatForDocument: never
      }).indices
    ).toEqual([])
    expect(
      decideWhatFor([sentence(0.5, true)], {
        whatFor: {...never, threshold: 0.5},
        whatForDocument: never
      }).indices
    ).toEqual([])
  })

  test('a strong line-up of three channels in the opening, before any What For, starts from channels', () => {
    const models = {lineUp: {...never, threshold: 0.5}, opening: never}
    const evidence = (extra: Partial<BlockEvidence>, whatForStart?: number): OpeningEvidence => ({
      blockScores: [block(10, 0.9, {inOpening: true, channels: 1, ...extra})],
      whatForStart,
      length: 100
    })
    expect(decideOpening(evidence({groupChannels: 3}), models).index).toBe(0)
    expect(decideOpening(evidence({groupChannels: 2}), models).index).toBe(-1)
    expect(decideOpening(evidence({groupChannels: 3, inOpening: false}), models).index).toBe(-1)
    expect(decideOpening(evidence({groupChannels: 3}, 5), models).index).toBe(-1)
  })

  test('opening features look only before the What For', () => {
    const evidence: OpeningEvidence = {
      blockScores: [block(0, 0.1), block(50, 0.9, {channels: 3})],
      whatForStart: 40,
      length: 100
    }
    const features = openingFeatures(evidence, 0.5)
    expect(features.get('before-what-for:max-line-up')).toBe(0.1)
    expect(features.get('what-for:none')).toBe(0)
    expect(
      openingFeatures({...evidence, whatForStart: undefined}, 0.5).get(
        'before-what-for:max-line-up'
      )
    ).toBe(0.9)
  })
})
