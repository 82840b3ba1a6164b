import {readFileSync} from 'node:fs'
import path from 'node:path'
import {rules} from '@whatfor/preset'
import {expect, test} from 'vitest'
import {renderRuleHead, renderRuleJsDoc, renderRulesTable} from '../scripts/docs-render.js'

const root = path.resolve(import.meta.dirname, '..')

// The generated parts of the docs must match the code: run `pnpm generate-docs` after changing a rule's meta.
test.each(rules.map((rule) => [rule.meta.id, rule] as const))(
  'rules/%s/readme.md head matches the rule meta',
  (id, rule) => {
    const readme = readFileSync(path.join(root, 'rules', id, 'readme.md'), 'utf8')
    expect(readme).toContain(renderRuleHead(rule.meta))
  }
)

test.each(rules.map((rule) => [rule.meta.id, rule] as const))(
  'rules/%s/index.ts opens with the JSDoc of its meta',
  (id, rule) => {
    const source = readFileSync(path.join(root, 'rules', id, 'index.ts'), 'utf8')
    expect(source.startsWith(`${renderRuleJsDoc(rule.meta)}\n`)).toBe(true)
  }
)

test('the README rules table matches the rules', () => {
  const readme = readFileSync(path.join(root, 'README.md'), 'utf8')
  expect(readme).toContain(renderRulesTable(rules.map((rule) => rule.meta)))
  expect(rules).toHaveLength(18)
})
