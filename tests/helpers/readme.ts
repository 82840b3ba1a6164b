import {readFileSync} from 'node:fs'
import path from 'node:path'
import {root} from './integrations.js'

/** README.md, read fresh: recipes are tested exactly as a user would paste them. */
export function readme(): string {
  return readFileSync(path.join(root, 'README.md'), 'utf8')
}

/** The fenced code blocks of one language in README.md. */
export function readmeBlocks(language: string): string[] {
  const blocks: string[] = []
  const fence = `\`\`\`${language}\n`
  const text = readme()
  for (let start = text.indexOf(fence); start !== -1; start = text.indexOf(fence, start + 1)) {
    const end = text.indexOf('\n```', start + fence.length - 1)
    if (end === -1) break
    blocks.push(text.slice(start + fence.length, end + 1))
  }
  return blocks
}

/** The one README block of `language` that contains `marker`. */
export function readmeBlock(language: string, marker: string): string {
  const found = readmeBlocks(language).filter((block) => block.includes(marker))
  if (found.length !== 1)
    throw new Error(
      `README.md has ${found.length} \`\`\`${language} blocks containing ${marker}, expected one`
    )
  return found[0]!
}

/** The commands of a shell block: comment and blank lines dropped, trailing comments kept off. */
export function commandsOf(block: string): string[] {
  return block
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'))
}
