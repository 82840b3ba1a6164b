import {ruleIds} from '@whatfor/preset'
import type {Root} from 'mdast'
import type {Position as UnistPosition} from 'unist'
import {
  type CodeAction,
  CodeActionKind,
  type Diagnostic,
  type Position,
  type TextEdit
} from 'vscode-languageserver'

/**
 * “Disable RULE for this line / section” quick fixes: they insert the same
 * `<!-- whatfor ignore|disable|enable RULE -->` comments a user would type,
 * so what the editor does is what the CLI honours.
 *
 * `ignore` silences a rule in the block right after the comment (how
 * remark-message-control reads it), so the comment goes on its own line
 * before the top-level block holding the finding; when that block spans more
 * than one line the title names it (“for this list”) rather than promising a
 * single line. `disable` … `enable` wraps the heading section holding the
 * finding, from its heading to the next heading of the same or a higher rank.
 */
export interface DisableActionInput {
  readonly uri: string
  /** The text the diagnostics were computed on. */
  readonly text: string
  /** Its top-level blocks, as the linter parsed them (see `outlineOf`). */
  readonly blocks: readonly Block[]
  readonly diagnostic: Diagnostic
}

/**
 * A top-level block without its content: all the quick fixes need, kept for
 * every open plan. The whole tree of a large plan is many times its text.
 */
export interface Block {
  readonly type: string
  /** A heading's rank. */
  readonly depth?: number
  readonly position?: UnistPosition
}

export function outlineOf(tree: Root): Block[] {
  return tree.children.map((node) =>
    node.type === 'heading'
      ? {type: node.type, depth: node.depth, position: node.position}
      : {type: node.type, position: node.position}
  )
}

const FRONT_MATTER = new Set(['yaml', 'toml'])

export function disableActions({uri, text, blocks, diagnostic}: DisableActionInput): CodeAction[] {
  const ruleId = typeof diagnostic.code === 'string' ? diagnostic.code : undefined
  if (diagnostic.source !== 'whatfor' || !ruleId || !ruleIds.includes(ruleId)) return []
  const lines = lineStarts(text)
  const offset = offsetOf(lines, text, diagnostic.range.start)
  const actions: CodeAction[] = []

  const block = blocks.find((node) => startOf(node) <= offset && offset < endOf(node))
  if (block && !FRONT_MATTER.has(block.type)) {
    const span = block.position!.end.line - block.position!.start.line
    const what = span === 0 ? 'line' : blockName(block)
    actions.push(
      action(`Disable ${ruleId} for this ${what}`, uri, diagnostic, [
        insertAt(lineOf(block), `<!-- whatfor ignore ${ruleId} -->\n\n`)
      ])
    )
  }

  const section = sectionAround(blocks, offset)
  if (section) {
    const edits = [insertAt(section.startLine, `<!-- whatfor disable ${ruleId} -->\n\n`)]
    if (section.end) {
      edits.push(insertAt(lineOf(section.end), `<!-- whatfor enable ${ruleId} -->\n\n`))
    } else {
      const end = positionAt(lines, text.length)
      edits.push({
        range: {start: end, end},
        newText: `${text.endsWith('\n') ? '' : '\n'}\n<!-- whatfor enable ${ruleId} -->\n`
      })
    }
    actions.push(action(`Disable ${ruleId} for this section`, uri, diagnostic, edits))
  }
  return actions
}

interface Section {
  /** 0-based line the section starts on (its heading, or the first block after front matter). */
  readonly startLine: number
  /** The heading that ends it, if any. */
  readonly end: Block | undefined
}

function sectionAround(children: readonly Block[], offset: number): Section | undefined {
  let headingIndex = -1
  for (let index = 0; index < children.length; index++) {
    const node = children[index]!
    if (startOf(node) > offset) break
    if (node.type === 'heading') headingIndex = index
  }
  if (headingIndex >= 0) {
    const heading = children[headingIndex]!
    const depth = heading.depth ?? 6
    const end = children
      .slice(headingIndex + 1)
      .find((node) => node.type === 'heading' && (node.depth ?? 6) <= depth)
    return {startLine: lineOf(heading), end}
  }
  // Text before the first heading: the comment cannot go above front matter,
  // so a finding placed on the front matter itself cannot be wrapped.
  const first = children.find((node) => !FRONT_MATTER.has(node.type))
  if (!first || startOf(first) > offset) return undefined
  return {startLine: lineOf(first), end: children.find((node) => node.type === 'heading')}
}

function blockName(node: Block): string {
  switch (node.type) {
    case 'list':
      return 'list'
    case 'table':
      return 'table'
    case 'paragraph':
      return 'paragraph'
    case 'blockquote':
      return 'quote'
    case 'code':
      return 'code block'
    default:
      return 'block'
  }
}

function action(title: string, uri: string, diagnostic: Diagnostic, edits: TextEdit[]): CodeAction {
  return {
    title,
    kind: CodeActionKind.QuickFix,
    diagnostics: [diagnostic],
    edit: {changes: {[uri]: edits}}
  }
}

function insertAt(line: number, newText: string): TextEdit {
  const position = {line, character: 0}
  return {range: {start: position, end: position}, newText}
}

function startOf(node: Block): number {
  return node.position?.start.offset ?? Number.POSITIVE_INFINITY
}

function endOf(node: Block): number {
  return node.position?.end.offset ?? Number.NEGATIVE_INFINITY
}

function lineOf(node: Block): number {
  return node.position!.start.line - 1
}

function lineStarts(text: string): number[] {
  const starts = [0]
  for (let index = text.indexOf('\n'); index !== -1; index = text.indexOf('\n', index + 1))
    starts.push(index + 1)
  return starts
}

function offsetOf(lines: readonly number[], text: string, position: Position): number {
  const start = lines[position.line] ?? text.length
  return Math.min(start + position.character, text.length)
}

function positionAt(lines: readonly number[], offset: number): Position {
  let line = lines.length - 1
  while (line > 0 && lines[line]! > offset) line--
  return {line, character: offset - lines[line]!}
}
