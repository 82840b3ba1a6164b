import {readFileSync} from 'node:fs'
import path from 'node:path'
import {citation, essays, formatCitation, type QuoteId, quotes} from '@whatfor/citations'
import {describe, expect, test} from 'vitest'

const essaysDir = path.resolve(import.meta.dirname, '../fixtures/essays')

/** Quote marks and spacing vary between the essay and a typeset quote; the words must not. */
function normalize(text: string): string {
  return text
    .replace(/[\u201C\u201D\u201E\u2018\u2019"']/g, "'")
    .replace(/\s+/g, ' ')
    .trim()
}

function frontMatter(text: string): Record<string, string> {
  const block = text.split('---')[1] ?? ''
  const fields: Record<string, string> = {}
  for (const line of block.split('\n')) {
    const colon = line.indexOf(':')
    if (colon > 0)
      fields[line.slice(0, colon).trim()] = line
        .slice(colon + 1)
        .trim()
        .replace(/^["']|["']$/g, '')
  }
  return fields
}

describe('essays', () => {
  test.each(Object.values(essays))('$id matches its front matter', (essay) => {
    const meta = frontMatter(readFileSync(path.join(essaysDir, `${essay.id}.md`), 'utf8'))
    expect(essay.title).toBe(meta.title)
    expect(normalize(essay.author)).toBe(normalize(meta.author!))
    expect(essay.date).toBe(meta.date)
    expect(essay.url).toBe(meta.url)
  })
})

describe('quotes', () => {
  test.each(Object.keys(quotes) as QuoteId[])('%s is verbatim from its essay', (id) => {
    const quote = quotes[id]
    const body = readFileSync(path.join(essaysDir, `${quote.essay}.md`), 'utf8')
      .split('---')
      .slice(2)
      .join('---')
    expect(normalize(body)).toContain(normalize(quote.text))
  })

  test('a citation names quote, title, author, date and URL', () => {
    const note = formatCitation(citation('tactic-is-not-strategy'))
    expect(note).toBe(
      '\u201cFirst, a tactic is not a strategy.\u201d \u2014 Social media IS NOT its networks, Joel Kelly, 2008-12-07, http://ingenioustries.blogspot.com/2008/12/social-media-is-not-its-networks.html'
    )
  })
})
