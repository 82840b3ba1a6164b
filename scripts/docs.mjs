#!/usr/bin/env node
// `pnpm generate-docs`: regenerate each rule readme's head, the JSDoc header of
// each rule's index.ts and the README rules table from the rules' meta (the
// examples below a readme's head, and the code below the JSDoc, are written by hand).
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
  const source = path.join(root, 'rules', rule.meta.id, 'index.ts')
  const code = readFileSync(source, 'utf8')
  const documented = docs.withRuleJsDoc(code, rule.meta)
  if (documented !== code) writeFileSync(source, documented)
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
console.log(
  `docs: ${docs.rules.length} rule readmes and JSDoc headers, and the README rules table, are up to date`
)
