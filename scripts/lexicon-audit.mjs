#!/usr/bin/env node
// `node scripts/lexicon-audit.mjs [--list] [--batch B,…]`: how many documents motivate each
// lexicon entry. Counts, per entry, the documents of the written corpus and of
// the real-plan corpus (whatever texts are present) in which it matches, and
// the groups they come from (a repository; a writer of the written corpus).
// Entries of closed classes (platform and channel names, metric names) are
// reported apart: they name things, they do not encode a reading.
import {readdirSync, readFileSync} from 'node:fs'
import path from 'node:path'
import {loadTs, root} from './load-ts.mjs'

const lib = await loadTs(
  `
export * from './packages/eval/src/index.ts'
export {sentenceLexicons, roleLexicons, analyse, PhraseIndex} from '@whatfor/plan-model'
import whatforParse from '@whatfor/parse'
import {unified} from 'unified'
export function parse(text) { return unified().use(whatforParse).parse(text) }
`,
  'lexicon-audit'
)
const CLOSED_CLASSES = new Set([
  'platform',
  'channel',
  'business-metric',
  'vanity-metric',
  'platform-vanity-metric',
  'push-buzz-engage-measure',
  'schedule'
])

const documents = []
const written = path.join(root, 'fixtures/corpus/docs')
for (const name of readdirSync(written).sort())
  documents.push({
    group: `written-${name[0]}`,
    text: readFileSync(path.join(written, name), 'utf8')
  })
// The example plans of fixtures/plans were written by one hand: one group.
const examples = path.join(root, 'fixtures/plans')
for (const name of readdirSync(examples)
  .filter((file) => /\.(md|txt)$/.test(file))
  .sort())
  documents.push({group: 'example-plans', text: readFileSync(path.join(examples, name), 'utf8')})
const real = lib.loadRealCorpus(path.join(root, 'fixtures/real'))
const batchArg = process.argv.includes('--batch')
  ? process.argv[process.argv.indexOf('--batch') + 1].split(',')
  : undefined
const realDocuments = real.present.filter(
  (document) => !batchArg || batchArg.includes(document.batch)
)
for (const document of realDocuments) documents.push({group: document.repo, text: document.text})

const seen = new Map()
// Headings are read for section roles with their own lexicons (roles.ts): the same count for those.
const roleIndex = new lib.PhraseIndex(lib.roleLexicons)
for (const document of documents) {
  const plan = lib.analyse(lib.parse(document.text), document.text)
  const here = new Set()
  for (const sentence of plan.sentences) for (const match of sentence.matches) here.add(match.entry)
  for (const block of plan.blocks) {
    if (block.kind !== 'heading' && !block.pseudoHeading) continue
    for (const sentence of block.sentences)
      for (let index = 0; index < sentence.tokens.length; index++)
        for (const phrase of roleIndex.matchAt(sentence.tokens, index)) here.add(phrase.entry)
  }
  for (const entry of here) {
    const record = seen.get(entry) ?? {documents: 0, groups: new Set()}
    record.documents++
    record.groups.add(document.group)
    seen.set(entry, record)
  }
}
let entries = 0
let closed = 0
const thin = []
for (const lexicon of [...lib.sentenceLexicons, ...lib.roleLexicons]) {
  for (const entry of lexicon.entries) {
    entries++
    if (CLOSED_CLASSES.has(lexicon.category)) {
      closed++
      continue
    }
    const record = seen.get(entry)
    if (!record || record.documents < 2 || record.groups.size < 2)
      thin.push({
        category: lexicon.category,
        phrase: entry.phrase,
        documents: record?.documents ?? 0,
        groups: record?.groups.size ?? 0
      })
  }
}
console.log(
  `${documents.length} documents (${realDocuments.length} real, ${documents.length - realDocuments.length} written or example plans)`
)
console.log(
  `${entries} lexicon entries (sentence and heading-role lexicons); ${closed} in closed classes; ${entries - closed} open-class, of which ${thin.length} rest on fewer than two documents from different groups (${thin.filter((entry) => entry.documents === 1).length} on exactly one, ${thin.filter((entry) => entry.documents === 0).length} on none)`
)
if (process.argv.includes('--list'))
  for (const entry of thin)
    console.log(`${entry.category}\t${entry.phrase}\t${entry.documents}\t${entry.groups}`)
