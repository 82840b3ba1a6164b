import path from 'node:path'
import {essays} from '@whatfor/citations'
import {expect, test} from 'vitest'
import {parseJsonReport, repositoryRoot, runWhatfor} from './helpers/cli.js'

// A realistic plan that gets most things wrong (labelled by its writer as
// flagged by 16 of the 18 rules), linted by the real command with the
// recommended preset: at least 10 different rules speak, each citing its essay.
test('a mixed plan gets messages from at least 10 rules, each with its citation', () => {
  const result = runWhatfor(
    ['--report', 'json', 'fixtures/corpus/docs/a43-energy-drink-launch.md'],
    {cwd: repositoryRoot}
  )
  const messages = parseJsonReport(result.stdout)[0]!.messages
  const rules = new Set(messages.map((message) => message.ruleId))
  expect(rules.size).toBeGreaterThanOrEqual(10)
  for (const message of messages) {
    const essay = Object.values(essays).find((candidate) => message.note?.includes(candidate.url))
    expect(essay, `${message.ruleId} cites an essay`).toBeDefined()
    expect(message.note).toContain(essay!.title)
    expect(message.note).toContain(essay!.author)
    expect(message.note).toContain(essay!.date)
    expect(message.url).toContain(`/rules/${message.ruleId}/`)
  }
})

test('a good plan gets no message', () => {
  const result = runWhatfor(
    ['--report', 'json', path.join('fixtures/plans/good-bakery-cooperative.md')],
    {cwd: repositoryRoot}
  )
  expect(result.code).toBe(0)
  expect(parseJsonReport(result.stdout)[0]!.messages).toEqual([])
})
