#!/usr/bin/env node
// `node scripts/why.mjs FILE [RULE] [--all]`: what the plan model saw in a document
// (sections and roles, purpose and tactic statements, channel mentions), the
// learned judgements with the features that decided each (What For sentences,
// channel line-ups, whether the plan starts from its channels), and the
// messages each rule gave — for answering "why was this flagged?".
import {readFileSync} from 'node:fs'
import {loadTs} from './load-ts.mjs'

const [file, only] = process.argv.slice(2).filter((arg) => !arg.startsWith('--'))
if (!file) {
  console.error('usage: node scripts/why.mjs FILE [RULE]')
  process.exit(2)
}
const lib = await loadTs(
  `
import whatforParse from '@whatfor/parse'
import {unified} from 'unified'
import {VFile} from 'vfile'
import preset, {rules} from '@whatfor/preset'
import {getPlan} from '@whatfor/plan-model'
export async function why(path, text) {
  let plan
  const processor = unified().use(whatforParse).use(preset)
    .use(rules.filter((rule) => rule.meta.enabledByDefault === false).map((rule) => [rule, rule.meta.severity]))
    .use(() => (tree, file) => { plan = getPlan(tree, file) })
  const file = new VFile({path, value: text})
  await processor.run(processor.parse(file), file)
  return {plan, messages: file.messages}
}
`,
  'why'
)
const {plan, messages} = await lib.why(file, readFileSync(file, 'utf8'))
const line = (offset) => plan.point(offset).line
console.log('sections:')
for (const section of plan.sections)
  console.log(
    `  ${'  '.repeat(Math.max(0, Math.min(section.depth, 7) - 1))}[${[...section.roles].join(',')}] ${JSON.stringify(section.title)} (line ${line(section.start)}, ${section.blocks.length} blocks)`
  )
console.log(
  `purpose starts at line ${plan.purposeStart === undefined ? '-' : line(plan.purposeStart)}`
)
console.log('purpose statements:')
for (const sentence of plan.purposeStatements)
  console.log(`  ${line(sentence.start)}: ${sentence.text.slice(0, 120)}`)
console.log(
  'channel mentions:',
  plan.channelMentions
    .map((match) => `${match.canonical}@${line(match.start)}${match.negated ? '(negated)' : ''}`)
    .join(' ')
)
const explain = (contributions) =>
  contributions
    .map(
      (item) =>
        `${item.feature}${item.value === 1 ? '' : `=${item.value.toFixed(2)}`} ${item.weight >= 0 ? '+' : ''}${(item.weight * item.value).toFixed(2)}`
    )
    .join(', ')
const showAll = process.argv.includes('--all')
console.log(`learned judgements (weights in packages/plan-model/src/judgements/weights.ts):`)
console.log(
  `  states a What For: ${plan.whatForScore.toFixed(2)}${plan.whatForStatements.length > 0 ? ' — yes' : ' — no'}`
)
const candidates = [...plan.sentences]
  .map((sentence) => [sentence, plan.sentenceWhatForScore(sentence)])
  .sort((a, b) => b[1] - a[1])
  .slice(0, 3)
console.log('  best What For candidates:')
for (const [sentence, score] of candidates)
  console.log(
    `    ${line(sentence.start)} (${score.toFixed(2)}): ${sentence.text.slice(0, 100).replaceAll('\n', ' ')}\n      because ${explain(plan.explainWhatFor(sentence))}`
  )
console.log(`  What For sentences (${plan.whatForStatements.length}):`)
for (const sentence of plan.whatForStatements.slice(0, showAll ? Infinity : 5))
  console.log(
    `    ${line(sentence.start)}: ${sentence.text.slice(0, 100)}\n      because ${explain(plan.explainWhatFor(sentence))}`
  )
console.log(`  channel line-ups (${plan.channelLineUps.length}):`)
for (const lineUp of plan.channelLineUps.slice(0, showAll ? Infinity : 5))
  console.log(
    `    ${line(lineUp.unit.start)} (${lineUp.score.toFixed(2)}): ${lineUp.unit.text.slice(0, 80).replaceAll('\n', ' ')}\n      because ${explain(plan.explainLineUp(lineUp.unit))}`
  )
console.log(
  `  starts from its channels: ${plan.channelFirstScore.toFixed(2)}${plan.channelOpening ? ` — yes, at line ${line(plan.channelOpening.unit.start)}` : ' — no'}`
)
console.log('messages:')
for (const message of messages)
  if (!only || message.ruleId === only)
    console.log(`  ${message.line}:${message.column} ${message.ruleId}: ${message.reason}`)
