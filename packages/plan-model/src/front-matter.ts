import type {Root} from 'mdast'
import type {FrontMatterEntry} from './types.js'

/**
 * The YAML front matter of a plan, read as flat `key: value` pairs. Front
 * matter is metadata, not the plan's voice, but it is where many plans say
 * who owns them (`owner: Priya Nair`, `maintainers: [Femi, Clara]`).
 *
 * A deliberately small reader (no YAML library, no Node built-ins): scalar
 * values, inline lists `[a, b]` and block lists `- a` under a key. Nested
 * maps are read as their leaf keys. Anything it cannot read is skipped, never
 * an error: malformed front matter is reported elsewhere.
 */
export function readFrontMatter(tree: Root, source: string): FrontMatterEntry[] {
  const node = tree.children.find((child) => child.type === 'yaml')
  if (node?.type !== 'yaml' || !node.position) return []
  const entries: FrontMatterEntry[] = []
  const from = node.position.start.offset ?? 0
  const to = node.position.end.offset ?? source.length
  // The value starts on the line after the opening fence.
  let cursor = source.indexOf('\n', from) + 1
  let currentKey: string | undefined
  while (cursor > 0 && cursor < to) {
    let lineEnd = source.indexOf('\n', cursor)
    if (lineEnd === -1 || lineEnd > to) lineEnd = to
    const line = source.slice(cursor, lineEnd)
    const trimmed = line.trim()
    if (trimmed === '---' || trimmed === '...') break
    const lineStart = cursor + (line.length - line.trimStart().length)
    if (trimmed.startsWith('- ') && currentKey) {
      pushValue(entries, currentKey, trimmed.slice(2), lineStart + 2)
    } else {
      const colon = trimmed.indexOf(':')
      if (colon > 0 && !trimmed.startsWith('#')) {
        currentKey = trimmed.slice(0, colon).trim().toLowerCase()
        const rest = trimmed.slice(colon + 1)
        const value = rest.trim()
        const valueStart = lineStart + colon + 1 + (rest.length - rest.trimStart().length)
        if (value.startsWith('[') && value.endsWith(']')) {
          let offset = valueStart + 1
          for (const item of value.slice(1, -1).split(',')) {
            pushValue(entries, currentKey, item, offset + (item.length - item.trimStart().length))
            offset += item.length + 1
          }
        } else if (value !== '' && value !== '|' && value !== '>') {
          pushValue(entries, currentKey, value, valueStart)
        }
      }
    }
    cursor = lineEnd + 1
  }
  return entries
}

function pushValue(entries: FrontMatterEntry[], key: string, raw: string, start: number): void {
  let value = raw.trim()
  if (
    value.length >= 2 &&
    (value.startsWith('"') || value.startsWith("'")) &&
    value.endsWith(value.charAt(0))
  ) {
    value = value.slice(1, -1).trim()
    start += 1
  }
  if (value === '' || value === '~' || value === 'null') return
  entries.push({key, value, start, end: start + value.length})
}
