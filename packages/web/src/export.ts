import type {PageFinding} from './findings.js'

const SEVERITY_WORD = {error: 'Error', warning: 'Warning', suggestion: 'Suggestion'} as const

/** Where a finding is, in the words the reader uses: a Word paragraph or a line. */
export function placeOf(finding: PageFinding): string {
  return finding.wordParagraph !== undefined
    ? `paragraph ${finding.wordParagraph}`
    : `line ${finding.start.line}`
}

/** “2 errors, 1 warning and 3 suggestions”, or “no findings”. */
export function countsOf(findings: readonly PageFinding[]): string {
  const counts = {error: 0, warning: 0, suggestion: 0}
  for (const finding of findings) counts[finding.severity]++
  const parts = (['error', 'warning', 'suggestion'] as const)
    .filter((severity) => counts[severity] > 0)
    .map((severity) => `${counts[severity]} ${severity}${counts[severity] === 1 ? '' : 's'}`)
  if (parts.length === 0) return 'no findings'
  return parts.length === 1 ? parts[0]! : `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`
}

/**
 * The findings as Markdown, to paste into a comment on the document or an
 * email to whoever wrote the plan: each finding with where it is, what it
 * says, and the essay it argues from.
 */
export function findingsAsMarkdown(name: string, findings: readonly PageFinding[]): string {
  const lines = [`# whatfor: ${escapeMarkdown(name)}`, '', `${capitalise(countsOf(findings))}.`, '']
  findings.forEach((finding, index) => {
    lines.push(
      `${index + 1}. **${SEVERITY_WORD[finding.severity]}**, ${placeOf(finding)}: ${escapeMarkdown(finding.reason)} (\`${finding.ruleId}\`)`
    )
    if (finding.excerpt) lines.push(`   - About: “${escapeMarkdown(finding.excerpt)}”`)
    if (finding.citation) {
      const cited = finding.citation
      lines.push(
        `   - Why: “${escapeMarkdown(cited.quote)}” — ${escapeMarkdown(cited.author)}, [${escapeMarkdown(cited.title)}](${cited.url}), ${cited.date}`
      )
    }
    for (const fix of finding.expected) {
      lines.push('   - Suggested fix:', '', indent(fence(fix), '     '), '')
    }
  })
  return `${lines.join('\n').trimEnd()}\n`
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1)
}

/** Characters that would start Markdown syntax inside a sentence. */
function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_[\]<>]/g, (character) => `\\${character}`)
}

/** A fenced block that no backtick run inside the fix can close. */
function fence(text: string): string {
  let longest = 0
  let run = 0
  for (const character of text) {
    run = character === '`' ? run + 1 : 0
    if (run > longest) longest = run
  }
  const marks = '`'.repeat(Math.max(3, longest + 1))
  return `${marks}markdown\n${withoutTrailingNewlines(text)}\n${marks}`
}

/** `text` without its final line breaks (a loop: `/\n+$/` is quadratic on many inner ones). */
function withoutTrailingNewlines(text: string): string {
  let end = text.length
  while (end > 0 && text.charCodeAt(end - 1) === 10) end--
  return text.slice(0, end)
}

function indent(text: string, prefix: string): string {
  return text
    .split('\n')
    .map((line) => (line === '' ? line : `${prefix}${line}`))
    .join('\n')
}
