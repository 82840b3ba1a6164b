import {citation} from '@whatfor/citations'
import {type RuleMeta, ruleDocsUrl} from '@whatfor/lint-rule'
import {rules} from '@whatfor/preset'
import {UsageError} from './usage-error.js'

/** `whatfor --explain RULE`: the argument behind a rule, for someone at a terminal. */
export function explainRule(id: string): string {
  const rule = rules.find((candidate) => candidate.meta.id === id)
  if (!rule)
    throw new UsageError(
      `Unknown rule \`${id}\`, expected one of: ${rules.map((candidate) => candidate.meta.id).join(', ')}`
    )
  const meta = rule.meta
  const lines = [
    `${meta.id} (${meta.severity}${meta.enabledByDefault === false ? ', off by default' : ''})`,
    '',
    `  ${meta.summary}`,
    '',
    'Why:',
    ...wrap(meta.argument, 2),
    '',
    ...[meta.quote, ...(meta.alsoCites ?? [])].flatMap((quoteId) => {
      const cited = citation(quoteId)
      return [
        ...wrap(`\u201c${cited.quote}\u201d`, 2),
        `    \u2014 ${cited.essay.author}, \u201c${cited.essay.title}\u201d (${cited.essay.date})`,
        `      ${cited.essay.url}`,
        ''
      ]
    }),
    'Flags:',
    ...meta.flags.map((line) => `  - ${line}`),
    '',
    'Leaves alone:',
    ...meta.leavesAlone.map((line) => `  - ${line}`),
    ...optionLines(meta),
    '',
    `Docs and examples: ${ruleDocsUrl(meta.id)}`,
    ''
  ]
  return lines.join('\n')
}

/** `whatfor --list-rules`: id, severity and summary of every rule. */
export function listRules(): string {
  const width = Math.max(...rules.map((rule) => rule.meta.id.length))
  return `${rules
    .map(
      (rule) =>
        `${rule.meta.id.padEnd(width)}  ${(rule.meta.enabledByDefault === false ? 'off' : rule.meta.severity).padEnd(10)}  ${rule.meta.summary}`
    )
    .join('\n')}\n`
}

function optionLines(meta: RuleMeta): string[] {
  const options = Object.entries(meta.options ?? {})
  if (options.length === 0) return []
  return ['', 'Options:', ...options.map(([name, description]) => `  ${name}: ${description}`)]
}

function wrap(text: string, indent: number, width = 78): string[] {
  const lines: string[] = []
  let line = ''
  for (const word of text.split(/\s+/)) {
    if (line && line.length + word.length + 1 > width - indent) {
      lines.push(' '.repeat(indent) + line)
      line = word
    } else {
      line = line ? `${line} ${word}` : word
    }
  }
  if (line) lines.push(' '.repeat(indent) + line)
  return lines
}
