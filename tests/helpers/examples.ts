import {readFileSync} from 'node:fs'
import type {Code, Heading, RootContent} from 'mdast'
import {fromMarkdown} from 'mdast-util-from-markdown'

/**
 * A rule readme's examples: each `### \`name\`` heading (optionally followed
 * by a config in a second inline code, e.g. `["error", {"min": 2}]`), then
 * the input as a fenced block, then the expected messages as a `text` block
 * (“No messages.” for an ok example).
 */
export interface RuleExample {
  readonly name: string
  readonly config: unknown
  readonly input: string
  readonly expected: readonly string[]
}

export function readExamples(readmePath: string): RuleExample[] {
  const tree = fromMarkdown(readFileSync(readmePath, 'utf8'))
  const examples: RuleExample[] = []
  const children = tree.children
  const start = children.findIndex(
    (node) => node.type === 'heading' && node.depth === 2 && textOf(node) === 'Examples'
  )
  if (start === -1) return examples
  for (let index = start + 1; index < children.length; index++) {
    const node = children[index]!
    if (node.type !== 'heading' || node.depth !== 3) continue
    const codes = node.children.filter((child) => child.type === 'inlineCode')
    const name = codes[0]?.value
    if (!name) continue
    const [input, output] = nextCodeBlocks(children, index + 1)
    if (!input || !output)
      throw new Error(
        `${readmePath}: example \`${name}\` needs an input block and an expected-messages block`
      )
    const expected =
      output.value.trim() === 'No messages.'
        ? []
        : output.value
            .split('\n')
            .map((line) => line.trim())
            .filter(Boolean)
    examples.push({
      name,
      config: codes[1] ? JSON.parse(codes[1].value) : undefined,
      input: `${input.value}\n`,
      expected
    })
  }
  return examples
}

function nextCodeBlocks(
  children: RootContent[],
  from: number
): [Code | undefined, Code | undefined] {
  const found: Code[] = []
  for (let index = from; index < children.length && found.length < 2; index++) {
    const node = children[index]!
    if (node.type === 'heading') break
    if (node.type === 'code') found.push(node)
  }
  return [found[0], found[1]]
}

function textOf(node: Heading): string {
  return node.children.map((child) => ('value' in child ? child.value : '')).join('')
}
