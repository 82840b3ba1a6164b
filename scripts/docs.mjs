#!/usr/bin/env node
// `pnpm generate-docs`: regenerate each rule readme's head and the README rules table
// from the rules' meta (the examples below the head are written by hand).
import {existsSync, readFileSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {loadTs, root} from './load-ts.mjs'

const docs = await loadTs(
  "export * from './scripts/docs-render.ts'; export {rules} from '@whatfor/preset'",
  'docs'
)

for (const rule of docs.rules) {
  const file = path.join(root, 'rules', rule.meta.id, 'readme.md')
  const before = existsSync(file) ? readFileSync(file, 'utf8') : ''
  const after = docs.withRuleHead(before, rule.meta)
  if (after !== before) writeFileSync(file, after)
}
const readme = path.join(root, 'README.md')
if (existsSync(readme)) {
  const before = readFileSync(readme, 'utf8')
  const after = docs.withRulesTable(
    before,
    docs.rules.map((rule) => rule.meta)
  )
  if (after !== before) writeFileSync(readme, after)
}
console.log(`docs: ${docs.rules.length} rule readmes and the README rules table are up to date`)
