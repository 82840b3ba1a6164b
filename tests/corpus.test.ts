import path from 'node:path'
import {evaluate, floorOf, loadCorpus, type RuleScore} from '@whatfor/eval'
import {describe, expect, test} from 'vitest'

// The labelled corpus: every rule must stay at or above its floor
// (precision/recall 0.95/0.90 for what-for, 0.95/0.85 for no-channel-first, 0.90/0.80 for
// the rest; see floorOf).
const corpus = loadCorpus(path.resolve(import.meta.dirname, '../fixtures/corpus'))
let scores: RuleScore[] = []

describe('fixtures/corpus', () => {
  test('has at least 80 labelled plans, each labelled for all 18 rules', async () => {
    expect(corpus.length).toBeGreaterThanOrEqual(80)
    for (const document of corpus)
      expect(Object.keys(document.labels), document.name).toHaveLength(18)
    scores = await evaluate(corpus)
  }, 120000)

  test.each([
    'no-channel-first',
    'what-for',
    'no-tactic-as-strategy',
    'no-platform-strategy',
    'purpose-before-tactics',
    'tactic-needs-purpose',
    'no-vanity-metrics',
    'no-push-buzz-engage',
    'no-influence-goal',
    'no-viral-goal',
    'human-objective',
    'no-boilerplate-purpose',
    'name-the-executors',
    'name-the-community',
    'no-faceless-audience',
    'no-aimless-listening',
    'channel-exit',
    'no-guru-appeal'
  ])('%s is at or above its floor', (rule) => {
    const score = scores.find((candidate) => candidate.rule === rule)
    expect(score, 'scored').toBeDefined()
    const floor = floorOf(rule)
    const detail = `fp: ${score!.falsePositiveDocuments.join(', ')}; fn: ${score!.falseNegativeDocuments.join(', ')}`
    expect(score!.precision, `precision of ${rule} (${detail})`).toBeGreaterThanOrEqual(
      floor.precision
    )
    expect(score!.recall, `recall of ${rule} (${detail})`).toBeGreaterThanOrEqual(floor.recall)
  })
})
