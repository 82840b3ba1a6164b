import {citation} from '@whatfor/citations'
import {ruleDocsUrl} from '@whatfor/lint-rule'
import {ruleById} from '@whatfor/preset'
import type {Diagnostic, Hover, Position, Range} from 'vscode-languageserver'
import {MarkupKind} from 'vscode-languageserver'

/**
 * Hover on a finding: the essay's argument behind it. Built from the rule's
 * metadata (not parsed back out of the message) so the quote, title, author,
 * date and link are exactly the catalogue's.
 */
export function hoverFor(diagnostics: readonly Diagnostic[], position: Position): Hover | null {
  const here = diagnostics.filter(
    (diagnostic) => diagnostic.source === 'whatfor' && contains(diagnostic.range, position)
  )
  const sections: string[] = []
  const seen = new Set<string>()
  for (const diagnostic of here) {
    const id = String(diagnostic.code ?? '')
    if (seen.has(id)) continue
    seen.add(id)
    const text = explainRule(id)
    if (text) sections.push(text)
  }
  if (sections.length === 0) return null
  return {
    contents: {kind: MarkupKind.Markdown, value: sections.join('\n\n---\n\n')},
    range: here[0]!.range
  }
}

/** The Markdown shown for one rule: its argument, the quote, and where the quote comes from. */
export function explainRule(ruleId: string): string | undefined {
  const rule = ruleById(ruleId)
  if (!rule) return undefined
  const {meta} = rule
  const cited = citation(meta.quote)
  const {essay} = cited
  return [
    `**whatfor: ${meta.id}** — ${meta.summary}`,
    '',
    meta.argument,
    '',
    `> \u201c${cited.quote}\u201d`,
    '',
    `— *${essay.title}*, ${essay.author}, ${essay.date}  `,
    `[${essay.url}](${essay.url})`,
    '',
    `[Rule documentation](${ruleDocsUrl(meta.id)})`
  ].join('\n')
}

/** Whether a position is inside a range; an empty range (a finding about something missing) covers its line. */
export function contains(range: Range, position: Position): boolean {
  const {start, end} = range
  if (start.line === end.line && start.character === end.character)
    return position.line === start.line
  if (position.line < start.line || position.line > end.line) return false
  if (position.line === start.line && position.character < start.character) return false
  if (position.line === end.line && position.character > end.character) return false
  return true
}
