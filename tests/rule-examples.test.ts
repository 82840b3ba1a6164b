import {existsSync} from 'node:fs'
import path from 'node:path'
import {essays} from '@whatfor/citations'
import {rules} from '@whatfor/preset'
import remarkFrontmatter from 'remark-frontmatter'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import {unified} from 'unified'
import {VFile} from 'vfile'
import {describe, expect, test} from 'vitest'
import {readExamples} from './helpers/examples.js'

const root = path.resolve(import.meta.dirname, '..')

// Every rule's readme examples are its tests: docs and behaviour cannot drift.
describe.each(rules.map((rule) => [rule.meta.id, rule] as const))('%s', (id, rule) => {
  const readme = path.join(root, 'rules', id, 'readme.md')

  test('has a readme with ok and not-ok examples', () => {
    expect(existsSync(readme)).toBe(true)
    const examples = readExamples(readme)
    expect(
      examples.filter((example) => example.name.startsWith('ok')).length
    ).toBeGreaterThanOrEqual(3)
    expect(
      examples.filter((example) => example.name.startsWith('not-ok')).length
    ).toBeGreaterThanOrEqual(3)
  })

  for (const example of existsSync(readme) ? readExamples(readme) : []) {
    test(example.name, async () => {
      // The rule alone, as a standalone remark plugin.
      const processor = unified()
        .use(remarkParse)
        .use(remarkFrontmatter)
        .use(remarkGfm)
        .use(rule, example.config)
      const file = new VFile(example.input)
      await processor.run(processor.parse(file), file)
      const actual = file.messages.map(
        (message) => `${formatPlace(message.place)}: ${message.reason}`
      )
      expect(actual).toEqual(example.expected)
      // The message contract, on every message.
      for (const message of file.messages) {
        expect(message.ruleId).toBe(id)
        expect(message.source).toBe('whatfor')
        expect(message.url).toMatch(new RegExp(`/rules/${id}/readme\\.md$`))
        const severity = example.config === undefined ? rule.meta.severity : undefined
        if (severity === 'error') expect(message.fatal).toBe(true)
        if (severity === 'warning') expect(message.fatal).toBe(false)
        if (severity === 'suggestion') expect(message.fatal).toBeUndefined()
        const essay = Object.values(essays).find((candidate) =>
          message.note?.includes(candidate.url)
        )
        expect(essay, 'note cites an essay').toBeDefined()
        for (const field of [essay!.title, essay!.author, essay!.date])
          expect(message.note).toContain(field)
      }
    })
  }
})

function formatPlace(place: unknown): string {
  if (!place || typeof place !== 'object') return '1:1'
  if ('start' in place) {
    const {start, end} = place as {
      start: {line: number; column: number}
      end: {line: number; column: number}
    }
    return `${start.line}:${start.column}-${end.line}:${end.column}`
  }
  const point = place as {line: number; column: number}
  return `${point.line}:${point.column}`
}
