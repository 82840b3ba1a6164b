import {readFileSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, test} from 'vitest'
import {flaggedRules} from '@whatfor/eval'

// fixtures/plans: realistic plans for the two headline rules, labelled from
// rules.md (labels.json). Each must get exactly its labels.
const dir = path.resolve(import.meta.dirname, '../fixtures/plans')
const labels = JSON.parse(readFileSync(path.join(dir, 'labels.json'), 'utf8')) as Record<string, Record<string, string>>
const headline = ['no-channel-first', 'what-for'] as const

describe.each(Object.entries(labels))('%s', (name, expected) => {
  test.each(headline)('%s', async (rule) => {
    const flagged = await flaggedRules(readFileSync(path.join(dir, name), 'utf8'), name)
    expect(flagged.has(rule) ? 'flag' : 'clean', expected.note).toBe(expected[rule])
  })
})

test('good plans get no message from any rule', async () => {
  for (const name of Object.keys(labels).filter((file) => file.startsWith('good-'))) {
    expect([...(await flaggedRules(readFileSync(path.join(dir, name), 'utf8'), name))], name).toEqual([])
  }
})
