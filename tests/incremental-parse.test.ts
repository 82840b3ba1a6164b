import {readdirSync, readFileSync} from 'node:fs'
import path from 'node:path'
import incrementalParse, {ChunkCache, chunkStarts, parseInChunks} from '@whatfor/incremental-parse'
import inputGuard from '@whatfor/input-guard'
import whatforParse from '@whatfor/parse'
import preset from '@whatfor/preset'
import type {Root} from 'mdast'
import remarkParse from 'remark-parse'
import {unified} from 'unified'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {randomDocuments} from './helpers/random-documents.js'

const root = path.resolve(import.meta.dirname, '..')
const documents = ['fixtures/corpus/docs', 'fixtures/plans'].flatMap((folder) =>
  readdirSync(path.join(root, folder))
    .filter((name) => name.endsWith('.md'))
    .sort()
    .map((name) => ({
      name: `${folder}/${name}`,
      text: readFileSync(path.join(root, folder, name), 'utf8')
    }))
)

/** The reference: remark-parse with the preset's front matter and GFM (every construct, always). */
const whole = unified().use(remarkParse).use(preset).freeze()
const parseWhole = (text: string) => whole.parse(text) as Root
const json = (tree: Root) => JSON.stringify(tree)

/** The parser as the language server configures it: whatfor's parser, chunked. */
function incremental(cache: ChunkCache) {
  return unified().use(whatforParse).use(incrementalParse, {cache}).use(preset).freeze()
}

/** An edit in the middle: a sentence typed after the paragraph nearest the middle. */
function editMiddle(text: string, round: number): string {
  const middle = text.indexOf('\n\n', Math.floor(text.length / 2))
  const at = middle === -1 ? text.length : middle
  return `${text.slice(0, at)}\n\nWe post on Instagram every day, round ${round}.${text.slice(at)}`
}

describe('incremental parse', () => {
  it('has documents to check', () => {
    expect(documents.length).toBeGreaterThan(50)
  })

  for (const {name, text} of documents) {
    it(`stitches the same tree as a whole parse: ${name}`, () => {
      const cache = new ChunkCache()
      const processor = incremental(cache)
      expect(json(processor.parse(text) as Root)).toBe(json(parseWhole(text)))
      // With the cache warm: an edit in the middle, then the original text again.
      const edited = editMiddle(text, 1)
      expect(json(processor.parse(edited) as Root)).toBe(json(parseWhole(edited)))
      const again = editMiddle(text, 2)
      expect(json(processor.parse(again) as Root)).toBe(json(parseWhole(again)))
      expect(json(processor.parse(text) as Root)).toBe(json(parseWhole(text)))
    })
  }

  it('chunks real plans and reuses the chunks an edit did not touch', () => {
    const text = documents
      .map((document) => document.text.replace(/^---\n[\s\S]*?\n---\n/, '').trim())
      .join('\n\n')
      .slice(0, 60_000)
    const cut = text.slice(0, text.lastIndexOf('\n#'))
    const cache = new ChunkCache()
    const processor = incremental(cache)
    expect(json(processor.parse(cut) as Root)).toBe(json(parseWhole(cut)))
    expect(cache.stats.fallbacks).toBe(0)
    const chunks = chunkStarts(cut).length
    expect(chunks).toBeGreaterThan(20)
    expect(cache.stats.misses).toBe(chunks)
    const edited = editMiddle(cut, 1)
    expect(json(processor.parse(edited) as Root)).toBe(json(parseWhole(edited)))
    expect(cache.stats.misses).toBe(chunks + 1)
    expect(cache.stats.hits).toBe(chunks - 1)
  })

  it('never hands out a cached tree: changing the result leaves the next parse intact', () => {
    const text = '# One\n\nFirst.\n\n# Two\n\nSecond.\n'
    const processor = incremental(new ChunkCache())
    const first = processor.parse(text) as Root
    first.children[0]!.position!.start.line = 99
    ;(first.children[1] as {children: unknown[]}).children.length = 0
    expect(json(processor.parse(text) as Root)).toBe(json(parseWhole(text)))
  })

  it('shifts lines and offsets, with CRLF and CR line endings too', () => {
    for (const text of [
      '---\ntitle: x\n# not a heading\n---\n\n# A\n\npara\n\n## B\n\n- item\n  continued\n# C\n',
      '# A\r\n\r\ntext\r\n# B\r\n\r\n> quote\r\n# C\r\nlast',
      '# A\rtext\r# B\rmore\r'
    ]) {
      const cache = new ChunkCache()
      const tree = parseInChunks(text, parseWhole, cache)
      expect(tree, text).toBeDefined()
      expect(json(tree!)).toBe(json(parseWhole(text)))
    }
  })

  it('keeps headings inside fenced code and front matter in their chunk', () => {
    expect(
      chunkStarts(
        '---\n# yaml comment\n---\n# A\n```\n# code\n```\n~~~~\n# code\n~~~\n# still code\n~~~~\n# B\n'
      )
    ).toEqual([0, 23, 76])
  })

  const fallbacks: Record<string, string> = {
    'a link reference definition':
      '# A\n\nSee [the essay][essay].\n\n# B\n\n[essay]: https://example.com\n',
    'a footnote definition': '# A\n\nA claim.[^1]\n\n# B\n\n[^1]: Source.\n',
    'an HTML comment spanning a heading': '# A\n\n<!-- notes\n# B\n-->\n\ntext\n',
    'an HTML block with no blank line before a heading': '# A\n\n<div>\n# B\n</div>\n',
    'a raw <pre> block spanning a heading': '# A\n\n<pre>\n# B\n</pre>\n',
    'a setext underline after a boundary heading': '# A\n\ntext\n# B\n===\n',
    'fenced code the scan misreads (an opener inside an HTML comment)':
      '# A\n\n<!--\n```\n-->\n\n```\n# B\n```\n\n# C\n',
    'an unclosed fence': '# A\n\n````\n```\n# B\n',
    'fenced code or HTML last in a list (the chunk end would close it a line later)':
      '# A\n\n- <!-- open\n# B\n',
    'an HTML block and a CRLF heading with no blank line': '</pre>\na\r\n# B\r\n',
    'front matter that is never closed': '---\n# A\n> <!--\n# B\n'
  }
  for (const [what, text] of Object.entries(fallbacks)) {
    it(`parses the whole document when chunking is unsafe: ${what}`, () => {
      const cache = new ChunkCache()
      expect(parseInChunks(text, parseWhole, cache)).toBeUndefined()
      // Through the plugin: the fallback gives the whole parse.
      const plugged = new ChunkCache()
      expect(json(incremental(plugged).parse(text) as Root)).toBe(json(parseWhole(text)))
      expect(plugged.stats.fallbacks).toBe(1)
    })
  }

  it('chunks when HTML and fenced code are closed before a heading', () => {
    const text =
      '# A\n\n<!-- whatfor disable no-vanity-metrics -->\n# B\n\n<div>\nx\n</div>\n\n# C\n\n```\ncode\n```\n# D\n\n    # indented code\n# E\n\n| a | b |\n| - | - |\n| 1 | 2 |\n# F\n'
    const cache = new ChunkCache()
    const tree = parseInChunks(text, parseWhole, cache)
    expect(tree).toBeDefined()
    expect(json(tree!)).toBe(json(parseWhole(text)))
    expect(cache.stats.misses).toBe(6)
  })

  it('keys chunks by the parser configuration', () => {
    const cache = new ChunkCache()
    const text = '---\ntitle: x\n---\n\n# A\n\n| a |\n| - |\n| 1 |\n'
    const bare = unified().use(remarkParse).use(incrementalParse, {cache}).freeze()
    expect(json(bare.parse(text) as Root)).toBe(
      json(unified().use(remarkParse).parse(text) as Root)
    )
    expect(json(incremental(cache).parse(text) as Root)).toBe(json(parseWhole(text)))
  })

  it('bounds the cache', () => {
    const cache = new ChunkCache(4)
    const text = Array.from({length: 10}, (_, index) => `# H${index}\n\ntext ${index}\n`).join('\n')
    parseInChunks(text, parseWhole, cache)
    expect(cache.size).toBe(4)
  })

  it('runs after the input guard: a binary file is refused before any parsing', () => {
    const cache = new ChunkCache()
    const processor = unified()
      .use(remarkParse)
      .use(incrementalParse, {cache})
      .use(inputGuard)
      .use(preset)
      .freeze()
    const file = new VFile({path: 'plan.md', value: '# A\0\n\n# B\n'})
    const tree = processor.parse(file) as Root
    expect(tree.children).toEqual([])
    expect(file.messages[0]?.ruleId).toBe('binary-file')
    expect(cache.stats.misses + cache.stats.fallbacks).toBe(0)
  })

  // Random documents from block fragments that end and interrupt blocks in
  // every way: whenever the chunks are used, the tree is the whole parse.
  const fragments = [
    '# H\n',
    '## H2 `x`\n',
    '### H3 #\n',
    '#\n',
    '#not heading\n',
    'para\ntext\n',
    'text # x\n',
    '\n',
    '\r\n',
    'a\r\n# crlf\r\n',
    'x\r',
    '- item\n',
    '  - nested\n',
    '  continued\n',
    '- <!-- open\n',
    '- a\n  <!-- c -->\n',
    '- ```\n',
    '1. one\n',
    '* [ ] task\n',
    '> quote\n',
    '> <!--\n',
    '> ```\n',
    '```\n',
    '   ```\n',
    '~~~\n',
    '~~~~\n',
    '````md\n',
    '    indented\n',
    '\t# tab\n',
    '<!-- c -->\n',
    '<!--\n',
    '-->\n',
    '<!-->\n',
    '<div>\n',
    '</div>\n',
    '<pre>\n',
    '</pre>\n',
    '<script>\n',
    '</script>\n',
    '<?php\n',
    '?>\n',
    '<!DOCTYPE x\n',
    '<![CDATA[\n',
    ']]>\n',
    '<a href="x">\n',
    '| a | b |\n',
    '| - | - |\n',
    '---\n',
    '===\n',
    '+++\n',
    'x: 1\n',
    'http://x.com\n',
    '[^1] ref\n'
  ]
  it('matches the whole parse on random documents', () => {
    let chunked = 0
    for (const text of randomDocuments({
      seed: 42,
      count: 5000,
      fragments,
      min: 3,
      spread: 14,
      frontMatter: {share: 0.2, text: '---\ntitle: x\n# comment\n---\n'}
    })) {
      const tree = parseInChunks(text, parseWhole, new ChunkCache())
      if (!tree) continue
      chunked++
      expect(json(tree), JSON.stringify(text)).toBe(json(parseWhole(text)))
    }
    expect(chunked).toBeGreaterThan(500)
  })
})
