import {mkdirSync, mkdtempSync, writeFileSync} from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {
  foldOf,
  type HeadlinePrediction,
  loadRealCorpus,
  parseRanges,
  type RealDocument,
  repositoryBootstrap,
  scoreHeadlines,
  trainLogistic
} from '@whatfor/eval'
import {describe, expect, test} from 'vitest'

describe('real-plan corpus files', () => {
  test('line ranges: single lines, ranges, L-prefixed, reversed, none', () => {
    expect(parseRanges('3-9,41-60')).toEqual([
      [3, 9],
      [41, 60]
    ])
    expect(parseRanges('L5, L7-L8')).toEqual([
      [5, 5],
      [7, 8]
    ])
    expect(parseRanges('9-3')).toEqual([[3, 9]])
    expect(parseRanges('-')).toEqual([])
    expect(() => parseRanges('line five')).toThrow(/bad line range/)
  })

  test('loads labels with their sources, and says which texts are missing', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'whatfor-real-'))
    mkdirSync(path.join(dir, 'batches/b1'), {recursive: true})
    mkdirSync(path.join(dir, 'texts'))
    writeFileSync(
      path.join(dir, 'batches/b1/manifest.tsv'),
      'file\trepo\tpath\tcommit\na.md\to/a\tplan.md\tabc\nb.md\to/b\tplan.md\tdef\n'
    )
    writeFileSync(
      path.join(dir, 'batches/b1/labels.tsv'),
      'file\tkind\tchannel_first\thas_what_for\tchannel_lines\tpurpose_lines\tother_rules\tnote\na.md\tplan\tyes\tno\t3-5\t-\t-\tx\nb.md\tplan\tunsure\tyes\t-\t2-2\tno-viral-goal\ty\n'
    )
    writeFileSync(path.join(dir, 'texts/a.md'), '# A\n')
    const corpus = loadRealCorpus(dir)
    expect(corpus.labelled.map((document) => document.file)).toEqual(['a.md', 'b.md'])
    expect(corpus.present.map((document) => document.file)).toEqual(['a.md'])
    expect(corpus.missing.map((document) => document.repo)).toEqual(['o/b'])
    expect(corpus.labelled[1]!.otherRules).toEqual(['no-viral-goal'])
  })
})

describe('scores', () => {
  const document = (
    file: string,
    repo: string,
    channelFirst: 'yes' | 'no' | 'unsure',
    hasWhatFor: 'yes' | 'no' | 'unsure'
  ): RealDocument => ({
    file,
    batch: 'b1',
    repo,
    path: 'p',
    commit: 'c',
    kind: 'plan',
    channelFirst,
    hasWhatFor,
    channelRanges: [[3, 5]],
    purposeRanges: [[1, 1]],
    otherRules: []
  })
  test('doc-level counts, unsure not scored, spans checked against the first range', () => {
    const documents = [
      document('a', 'r1', 'yes', 'no'),
      document('b', 'r2', 'no', 'yes'),
      document('c', 'r3', 'yes', 'no'),
      document('d', 'r4', 'unsure', 'unsure')
    ]
    const predictions = new Map<string, HeadlinePrediction>([
      ['a', {channelFirstLine: 4, noWhatFor: true, purposeLine: undefined}],
      ['b', {channelFirstLine: 9, noWhatFor: false, purposeLine: 1}],
      ['c', {channelFirstLine: undefined, noWhatFor: true, purposeLine: undefined}],
      ['d', {channelFirstLine: 1, noWhatFor: true, purposeLine: undefined}]
    ])
    const [channel, whatFor] = scoreHeadlines(documents, predictions)
    expect([
      channel!.truePositives,
      channel!.falsePositives,
      channel!.falseNegatives,
      channel!.scored
    ]).toEqual([1, 1, 1, 3])
    expect([channel!.spanHits, channel!.spanChecked]).toEqual([1, 1])
    expect([whatFor!.precision, whatFor!.recall, whatFor!.spanHits]).toEqual([1, 1, 1])
  })

  test('the repository bootstrap is seeded: the same intervals every run', () => {
    const outcomes = Array.from({length: 40}, (_, index) => ({
      repo: `r${index % 13}`,
      predicted: index % 3 !== 0,
      expected: index % 4 !== 0
    }))
    expect(repositoryBootstrap(outcomes)).toEqual(repositoryBootstrap(outcomes))
    const {precision} = repositoryBootstrap(outcomes)
    expect(precision.low).toBeLessThanOrEqual(precision.high)
  })
})

describe('training', () => {
  test('a repository always lands in one fold', () => {
    for (const repo of ['a/b', 'kubernetes/community', 'x/y'])
      expect(foldOf(repo, 5)).toBe(foldOf(repo, 5))
    const folds = new Set(Array.from({length: 200}, (_, index) => foldOf(`owner/repo-${index}`, 5)))
    expect(folds.size).toBe(5)
  })

  test('learns a feature that separates the classes, and drops one seen in too few repositories', () => {
    const units = Array.from({length: 60}, (_, index) => ({
      features: new Map([
        [index % 2 === 0 ? 'word:care' : 'word:post', 1],
        ...(index === 0 ? [['word:once', 1] as const] : [])
      ]),
      label: (index % 2 === 0 ? 1 : 0) as 0 | 1,
      group: `repo-${index % 6}`
    }))
    const model = trainLogistic(units, {minGroups: 3, l2: 0.01, iterations: 200, learningRate: 0.1})
    expect(model.weights['word:care']).toBeGreaterThan(0.5)
    expect(model.weights['word:post']).toBeLessThan(-0.5)
    expect(model.weights['word:once']).toBeUndefined()
  })
})
