import {readFileSync} from 'node:fs'
import path from 'node:path'
import {flaggedRules} from '@whatfor/eval'
import {describe, expect, test} from 'vitest'

// fixtures/plans: realistic plans for the two headline rules, labelled from
// rules.md (labels.json). Each must get exactly its labels.
const dir = path.resolve(import.meta.dirname, '../fixtures/plans')
const labels = JSON.parse(readFileSync(path.join(dir, 'labels.json'), 'utf8')) as Record<
  string,
  Record<string, string>
>
const headline = ['no-channel-first', 'what-for'] as const

// Where the learned judgements (plan-model/src/judgements) get a label wrong
// today. Listed, not hidden: each stays asserted as a miss, so fixing one
// fails this test until it is taken off the list. The labels stay as written.
const KNOWN_MISSES: Readonly<Record<string, string>> = {
  'no-what-for-content-calendar.txt no-channel-first':
    'a list of formats (Reels, carousels, giveaways) right after a business-number objectives line reads to the line-up model as a channel list'
}

describe.each(Object.entries(labels))('%s', (name, expected) => {
  test.each(headline)('%s', async (rule) => {
    const flagged = await flaggedRules(readFileSync(path.join(dir, name), 'utf8'), name)
    const actual = flagged.has(rule) ? 'flag' : 'clean'
    const miss = KNOWN_MISSES[`${name} ${rule}`]
    if (miss) expect(actual, `known miss, now fixed? ${miss}`).not.toBe(expected[rule])
    else expect(actual, expected.note).toBe(expected[rule])
  })
})

test('good plans get no message from any rule', async () => {
  for (const name of Object.keys(labels).filter((file) => file.startsWith('good-'))) {
    expect(
      [...(await flaggedRules(readFileSync(path.join(dir, name), 'utf8'), name))],
      name
    ).toEqual([])
  }
})
