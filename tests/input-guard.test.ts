import {readdirSync, readFileSync} from 'node:fs'
import path from 'node:path'
import inputGuard, {
  decodeBytes,
  findDeepNesting,
  findLargeTables,
  type InputGuardOptions
} from '@whatfor/input-guard'
import whatforParse from '@whatfor/parse'
import preset from '@whatfor/preset'
import type {Root} from 'mdast'
import {type Processor, unified} from 'unified'
import type {Node, Parent} from 'unist'
import {VFile} from 'vfile'
import {describe, expect, test} from 'vitest'
import {repositoryRoot} from './helpers/cli.js'
import {randomDocuments} from './helpers/random-documents.js'

const parser = unified().use(whatforParse).use(preset).freeze()

/** How deeply the parser really nests containers (list items, block quotes) and emphasis. */
function parsedDepth(text: string): {blocks: number; emphasis: number} {
  let blocks = 0
  let emphasis = 0
  const walk = (node: Node, inBlocks: number, inEmphasis: number): void => {
    const b = inBlocks + (node.type === 'listItem' || node.type === 'blockquote' ? 1 : 0)
    const e = inEmphasis + (node.type === 'emphasis' || node.type === 'strong' ? 1 : 0)
    blocks = Math.max(blocks, b)
    emphasis = Math.max(emphasis, e)
    for (const child of (node as Parent).children ?? []) walk(child, b, e)
  }
  walk(parser.parse(text), 0, 0)
  return {blocks, emphasis}
}

/** The smallest limit the estimate lets `text` through at. */
function estimatedDepth(text: string): number {
  let limit = 0
  while (findDeepNesting(text, limit)) limit++
  return limit
}

describe('the nesting estimate', () => {
  // Fragments that make containers, emphasis and their look-alikes meet in
  // every way: markers after quotes, lazy lines, tabs, CR endings, code
  // fences, HTML, tables, intraword and unmatched delimiters.
  const fragments = [
    '- ',
    '* ',
    '+ ',
    '1. ',
    '2) ',
    '> ',
    '>',
    '  ',
    '    ',
    '\t',
    'text ',
    'word',
    '*',
    '**',
    '***',
    '_',
    '__',
    ' ',
    '\n',
    '\n',
    '\n\n',
    '```\n',
    '~~~\n',
    '<div>\n',
    '<a href="x_y">',
    '[',
    ']',
    '](u) ',
    '|',
    '| --- |\n',
    '---\n',
    '\\',
    '# ',
    'a*b',
    '`',
    'x\r\n',
    '\r'
  ]

  test('is never below the depth the parser builds (3,000 random documents)', () => {
    const under: string[] = []
    for (const text of randomDocuments({
      seed: 13,
      count: 3000,
      fragments,
      min: 20,
      spread: 120,
      frontMatter: {share: 0, text: ''}
    })) {
      const parsed = parsedDepth(text)
      const estimate = estimatedDepth(text)
      if (estimate < Math.max(parsed.blocks, parsed.emphasis)) under.push(JSON.stringify(text))
    }
    expect(under.slice(0, 5)).toEqual([])
  })

  test('is never below the parser on deep documents either', () => {
    const deep = [
      ...[3, 7, 12].map((depth) => `${'- '.repeat(depth)}x\n`),
      ...[3, 7, 12].map((depth) => `${'> '.repeat(depth)}x\n`),
      ...[3, 7, 12].map((depth) =>
        Array.from({length: depth}, (_, level) => `${'   '.repeat(level)}1. step\n`).join('')
      ),
      ...[3, 7, 12].map((depth) => `${'*a '.repeat(depth)}b${' a*'.repeat(depth)}\n`),
      ...[3, 7, 12].map((depth) => `${'_a '.repeat(depth)}b${' a_'.repeat(depth)}\n`),
      ...[3, 7, 12].map((depth) => `${'*'.repeat(depth)}a${'*'.repeat(depth)}\n`),
      // Lazy lines between the levels keep each item open.
      Array.from({length: 9}, (_, level) => `${'  '.repeat(level)}- item\nlazy\n`).join(''),
      `${'> - '.repeat(6)}x\n`
    ]
    for (const text of deep) {
      const parsed = parsedDepth(text)
      expect(estimatedDepth(text), JSON.stringify(text)).toBeGreaterThanOrEqual(
        Math.max(parsed.blocks, parsed.emphasis)
      )
    }
  })

  test('leaves every plan and Markdown file in the repository far below the limit', () => {
    const files: string[] = []
    const walk = (folder: string): void => {
      for (const entry of readdirSync(folder, {withFileTypes: true})) {
        if (entry.name === 'node_modules' || entry.name.startsWith('.') || entry.name === 'dist')
          continue
        const full = path.join(folder, entry.name)
        if (entry.isDirectory()) walk(full)
        else if (/\.(md|markdown|txt)$/.test(entry.name)) files.push(full)
      }
    }
    for (const folder of ['fixtures', 'rules', 'packages']) walk(path.join(repositoryRoot, folder))
    expect(files.length).toBeGreaterThan(300)
    const deepest = Math.max(...files.map((file) => estimatedDepth(readFileSync(file, 'utf8'))))
    expect(deepest).toBeLessThanOrEqual(8)
  })

  test('names the first line past the limit and what nests there', () => {
    const outline = Array.from({length: 6}, (_, level) => `${'  '.repeat(level)}- step\n`).join('')
    expect(findDeepNesting(`# Plan\n\n${outline}`, 4)).toEqual({
      line: 7,
      kind: 'lists and block quotes'
    })
    expect(findDeepNesting('Intro.\r\r**a *b **c d** e* f**\r', 2)).toEqual({
      line: 3,
      kind: 'emphasis'
    })
    expect(findDeepNesting('[[[[a]]]]\n', 3)).toEqual({line: 1, kind: 'brackets'})
    // Never closed, never nested: stray openers cost the parser nothing.
    expect(findDeepNesting(`${'<a target="_blank">x</a>\n'.repeat(100)}`, 2)).toBeUndefined()
    expect(findDeepNesting(`${'[note '.repeat(100)}\n`, 2)).toBeUndefined()
    // A thematic break is not a list.
    expect(findDeepNesting(`${'- '.repeat(60)}\n`, 32)).toBeUndefined()
  })

  test('costs time in proportion to the text, however it nests', () => {
    // The fastest of three runs: a shared machine only ever adds time.
    const time = (text: string): number => {
      let fastest = Number.POSITIVE_INFINITY
      for (let round = 0; round < 3; round++) {
        const start = performance.now()
        findDeepNesting(text, Number.MAX_SAFE_INTEGER)
        fastest = Math.min(fastest, performance.now() - start)
      }
      return fastest
    }
    const families = [
      (size: number) => '- '.repeat(size / 2),
      (size: number) => '*a '.repeat(size / 6) + ' a*'.repeat(size / 6),
      (size: number) => '['.repeat(size / 2) + ']'.repeat(size / 2),
      (size: number) => 'word '.repeat(size / 5)
    ]
    for (const family of families) {
      const small = Math.min(time(family(1 << 19)), time(family(1 << 19)))
      const large = time(family(1 << 22))
      // 8× the text: 8× the time, 64× for a quadratic scan. Caches and a
      // shared machine make the small run look faster than it is, hence the room.
      expect(large / small).toBeLessThan(32)
    }
  })
})

describe('the table-cell count', () => {
  const table = (rows: number): string => `| a | b |\n| --- | :-: |\n${'| 1 | 2 |\n'.repeat(rows)}`

  test('counts header, delimiter and rows, each its pipes plus one', () => {
    // Header 4, delimiter 4, then 4 a row: 8 + 4 × rows.
    expect(findLargeTables(table(3), 20)).toBeUndefined()
    expect(findLargeTables(table(4), 20)).toEqual({line: 6})
    expect(findLargeTables(table(4).replaceAll('\n', '\r\n'), 20)).toEqual({line: 6})
    expect(findLargeTables(table(4).replaceAll('\n', '\r'), 20)).toEqual({line: 6})
  })

  test('a table runs to a blank line, and all tables of a document add up', () => {
    expect(findLargeTables(`${table(2)}\nA paragraph | with a pipe\n`, 16)).toBeUndefined()
    expect(findLargeTables(`${table(2)}\n${table(2)}`, 16)).toEqual({line: 7})
  })

  test('pipes without a delimiter row under them are no table', () => {
    expect(findLargeTables('a | b\nc | d\n\n---\n| e |\n', 0)).toBeUndefined()
    expect(findLargeTables('| a |\n\n| --- |\n', 0)).toBeUndefined()
  })

  test('no limit, no count', () => {
    expect(findLargeTables(table(100), Number.POSITIVE_INFINITY)).toBeUndefined()
  })
})

/** The input guard in front of a parser that only records what reaches it. */
function guardedSpy(options: InputGuardOptions = {}): {processor: Processor; parsed: string[]} {
  const parsed: string[] = []
  const processor = unified()
    .use(function spyParser(this: Processor) {
      this.parser = (document: string): Root => {
        parsed.push(document)
        return {type: 'root', children: []}
      }
    })
    .use(inputGuard, options)
  return {processor: processor as unknown as Processor, parsed}
}

describe('the guard runs before the parser', () => {
  test('a deeply nested document never reaches the parser', () => {
    const {processor, parsed} = guardedSpy()
    const file = new VFile({path: 'deep.md', value: `${'- '.repeat(5000)}x\n`})
    processor.parse(file)
    expect(parsed).toEqual([])
    expect(file.messages.map((message) => [message.ruleId, message.line, message.fatal])).toEqual([
      ['nesting-too-deep', 1, true]
    ])
    const plain = new VFile({path: 'plain.md', value: '# Plan\n\n- one\n  - two\n'})
    processor.parse(plain)
    expect(parsed).toEqual(['# Plan\n\n- one\n  - two\n'])
  })

  test('tables over the cell limit never reach the parser', () => {
    const {processor, parsed} = guardedSpy({maxTableCells: 100})
    const file = new VFile({path: 'table.md', value: `| a |\n| - |\n${'| x |\n'.repeat(60)}`})
    processor.parse(file)
    expect(parsed).toEqual([])
    expect(file.messages.map((message) => [message.ruleId, message.line, message.fatal])).toEqual([
      // 3 cells a line: 6 for header and delimiter, and the 32nd row (line 34) passes 100.
      ['tables-too-large', 34, true]
    ])
  })

  test('a refused or empty file gets its one message and no finding', async () => {
    const processor = unified().use(whatforParse).use(inputGuard).use(preset)
    for (const value of ['', '\n\n  \n', `${'> '.repeat(100)}x\n`]) {
      const file = new VFile({path: 'plan.md', value})
      await processor.run(processor.parse(file) as Root, file)
      expect(file.messages).toHaveLength(1)
      expect(file.messages[0]!.ruleId).toMatch(/^(empty-file|nesting-too-deep)$/)
    }
  })
})

describe('decoding', () => {
  const text = '# Plan\n\nWhy: so that neighbours share tools — and café owners meet.\n'
  test.each([
    ['UTF-8', Buffer.from(text)],
    [
      'UTF-8 with a byte order mark',
      Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)])
    ],
    ['UTF-16 LE', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')])],
    ['UTF-16 BE', Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text, 'utf16le').swap16()])]
  ])('%s is read as the same text', (_label, bytes) => {
    expect(decodeBytes(bytes)).toEqual({text})
  })

  test.each([
    ['overlong', [0xc0, 0xaf]],
    ['a surrogate', [0xed, 0xa0, 0x80]],
    ['above U+10FFFF', [0xf4, 0x90, 0x80, 0x80]],
    ['cut short', [0xe2, 0x82]]
  ])('%s UTF-8 is refused at its byte', (_label, bad) => {
    const bytes = Buffer.concat([Buffer.from('Plan: '), Buffer.from(bad)])
    const decoded = decodeBytes(bytes)
    expect('problem' in decoded && decoded.problem.reason).toContain('invalid bytes at byte 7')
  })

  test('a UTF-16 file with an odd byte is unreadable, not binary', () => {
    const decoded = decodeBytes(Buffer.from([0xff, 0xfe, 0x41, 0x00, 0x42]))
    expect('problem' in decoded && decoded.problem.ruleId).toBe('invalid-utf8')
    expect('problem' in decoded && decoded.problem.reason).toMatch(/UTF-16 little-endian/)
  })
})

describe('input-guard stands alone', () => {
  test('depends on no rule package', () => {
    const folder = path.join(repositoryRoot, 'packages/input-guard')
    const manifest = JSON.parse(readFileSync(path.join(folder, 'package.json'), 'utf8')) as {
      dependencies: Record<string, string>
    }
    expect(
      Object.keys(manifest.dependencies).filter((name) => name.startsWith('@whatfor/'))
    ).toEqual([])
    for (const name of readdirSync(path.join(folder, 'src')))
      expect(readFileSync(path.join(folder, 'src', name), 'utf8')).not.toContain('@whatfor/')
  })
})
