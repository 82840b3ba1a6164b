import {readdirSync, readFileSync} from 'node:fs'
import path from 'node:path'
import {DocxError, docxToMarkdown, wordPoint} from '@whatfor/docx'
import {
  AlignmentType,
  Document,
  HeadingLevel,
  ImageRun,
  LevelFormat,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun
} from 'docx'
import {describe, expect, test} from 'vitest'
import {repositoryRoot, runWhatfor, temporaryProject} from './helpers/cli.js'
import {
  docxFromMarkdown,
  parseWithTables as parse,
  UnsupportedInWord
} from './helpers/docx-from-markdown.js'

// A 1×1 PNG: a picture in a plan is not its words, and must not reach the Markdown.
const PIXEL = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64'
)

/** A Word document written directly with the `docx` package: every structure a plan uses. */
async function richDocument(): Promise<Buffer> {
  const document = new Document({
    numbering: {
      config: [
        {
          reference: 'steps',
          levels: [
            {level: 0, format: LevelFormat.DECIMAL, text: '%1.', alignment: AlignmentType.START}
          ]
        }
      ]
    },
    sections: [
      {
        children: [
          new Paragraph({text: 'Riverside Library Plan', heading: HeadingLevel.TITLE}),
          new Paragraph({text: 'What for?', heading: HeadingLevel.HEADING_1}),
          new Paragraph({
            children: [
              new TextRun('We exist so that '),
              new TextRun({text: 'new readers', bold: true}),
              new TextRun(' find a book they love. 1. Not a list; # not a heading.')
            ]
          }),
          new Paragraph({text: ''}),
          new Paragraph({text: 'Channels', heading: HeadingLevel.HEADING_2}),
          new Paragraph({text: 'Instagram stories', bullet: {level: 0}}),
          new Paragraph({text: 'The newsletter', bullet: {level: 0}}),
          new Paragraph({text: 'Monthly, by the volunteers', bullet: {level: 1}}),
          new Paragraph({text: 'Ask the readers', numbering: {reference: 'steps', level: 0}}),
          new Paragraph({text: 'Write the reply', numbering: {reference: 'steps', level: 0}}),
          new Paragraph({
            children: [
              new ImageRun({type: 'png', data: PIXEL, transformation: {width: 10, height: 10}})
            ]
          }),
          new Table({
            rows: [
              new TableRow({
                children: [
                  new TableCell({children: [new Paragraph('Channel')]}),
                  new TableCell({children: [new Paragraph('Why')]})
                ]
              }),
              new TableRow({
                children: [
                  new TableCell({children: [new Paragraph('Newsletter')]}),
                  new TableCell({
                    children: [new Paragraph('Readers ask for it'), new Paragraph('and | reply')]
                  })
                ]
              })
            ]
          }),
          new Paragraph({text: 'After the table.'})
        ]
      }
    ]
  })
  return Packer.toBuffer(document)
}

describe('docxToMarkdown', () => {
  test('keeps headings, lists, tables and emphasis, and drops pictures', async () => {
    const {markdown} = await docxToMarkdown(await richDocument())
    const tree = parse(markdown)
    const shapes = tree.children.map((node) =>
      node.type === 'heading'
        ? `h${node.depth}`
        : node.type === 'list'
          ? `list:${node.ordered}`
          : node.type
    )
    expect(shapes).toEqual([
      'h1',
      'h1',
      'paragraph',
      'h2',
      'list:false',
      'list:true',
      'table',
      'paragraph'
    ])
    // Nested list survives.
    const bullets = tree.children[4]
    expect(bullets?.type === 'list' && bullets.children[1]?.children[1]?.type).toBe('list')
    // A Word table's first row is its header, as in a Markdown plan; a cell's
    // paragraphs are one cell, their words apart; a pipe is escaped.
    expect(markdown).toContain('| Channel    | Why')
    expect(markdown).toContain('Readers ask for it and \\| reply')
    // Text that looks like Markdown syntax stays text.
    const second = tree.children[2]
    expect(second?.type).toBe('paragraph')
    expect(markdown).toContain('**new readers**')
    expect(markdown).not.toMatch(/!\[|data:image/)
  })

  test('gives each Word paragraph with text its number, in reading order', async () => {
    const converted = await docxToMarkdown(await richDocument())
    const paragraphOf = (text: string) => {
      const offset = converted.markdown.indexOf(text)
      expect(offset).toBeGreaterThan(-1)
      return wordPoint(converted.paragraphs, offset)
    }
    // The empty paragraph and the picture-only one are not counted; the table's
    // cells are, row by row (the second paragraph of a cell is given at the cell).
    expect(paragraphOf('Riverside')).toEqual({line: 1, column: 1})
    expect(paragraphOf('What for?').line).toBe(2)
    expect(paragraphOf('find a book')).toEqual({
      line: 3,
      column: 'We exist so that **new readers** '.length + 1
    })
    expect(paragraphOf('Channels').line).toBe(4)
    expect(paragraphOf('Instagram').line).toBe(5)
    expect(paragraphOf('The newsletter').line).toBe(6)
    expect(paragraphOf('Monthly').line).toBe(7)
    expect(paragraphOf('Ask the readers').line).toBe(8)
    expect(paragraphOf('Write the reply').line).toBe(9)
    // Paragraph 10 is the picture: not text, but a paragraph Word shows.
    expect(paragraphOf('Channel ').line).toBe(11)
    expect(paragraphOf('Why').line).toBe(12)
    expect(paragraphOf('Newsletter').line).toBe(13)
    expect(paragraphOf('Readers ask').line).toBe(14)
    expect(paragraphOf('After the table').line).toBe(16)
    // The `- ` or `## ` before a paragraph's text belongs to that paragraph.
    expect(wordPoint(converted.paragraphs, converted.markdown.indexOf('## Channels'))).toEqual({
      line: 4,
      column: 1
    })
  })

  test('refuses a file that is not a Word document, in one sentence', async () => {
    const notZip = new TextEncoder().encode('# A Markdown plan saved as .docx\n')
    await expect(docxToMarkdown(notZip)).rejects.toThrow(DocxError)
    await expect(docxToMarkdown(notZip)).rejects.toThrow(
      /^Cannot read the file as a \.docx.*expected a Word document \(\.docx\)$/
    )
  })
})

// Plans of fixtures/plans that Word can hold as they are: quotes, code and
// HTML comments have no plain Word equivalent that a converter brings back.
const plans = readdirSync(path.join(repositoryRoot, 'fixtures/plans'))
  .filter((name) => name.endsWith('.md'))
  .map((name) => ({
    name,
    markdown: readFileSync(path.join(repositoryRoot, 'fixtures/plans', name), 'utf8')
  }))

interface JsonMessage {
  ruleId: string
  reason: string
  line: number
  column: number
}

describe('whatfor plan.docx', async () => {
  const built = new Map<string, Awaited<ReturnType<typeof docxFromMarkdown>>>()
  for (const plan of plans) {
    try {
      built.set(plan.name, await docxFromMarkdown(plan.markdown))
    } catch (error) {
      if (!(error instanceof UnsupportedInWord)) throw error
    }
  }

  test('most fixture plans can be written in Word', () => {
    expect(built.size).toBeGreaterThanOrEqual(9)
  })

  test.each([...built.keys()])(
    '%s gives the same findings as Word and as Markdown, at the Word paragraph',
    (name) => {
      const {bytes, paragraphs} = built.get(name)!
      const markdown = plans.find((plan) => plan.name === name)!.markdown
      const cwd = temporaryProject({'plan.md': markdown, 'plan.docx': bytes})
      const result = runWhatfor(['--no-config', '--report', 'json', 'plan.md', 'plan.docx'], {cwd})
      const files = JSON.parse(result.stdout) as Array<{path: string; messages: JsonMessage[]}>
      const fromMarkdownFile = files.find((file) => file.path === 'plan.md')
      const fromWord = files.find((file) => file.path === 'plan.docx')
      expect(fromWord!.messages.map(describeMessage)).toEqual(
        fromMarkdownFile!.messages.map(describeMessage)
      )
      // Each finding's Word paragraph is the paragraph its Markdown line belongs to.
      const lines = markdown.split('\n')
      fromWord!.messages.forEach((message, index) => {
        expectSameText(
          paragraphs[message.line - 1],
          lines[fromMarkdownFile!.messages[index]!.line - 1],
          name
        )
      })
    }
  )

  test('every corpus plan Word can hold gives the same findings from its .docx', async () => {
    const corpus = path.join(repositoryRoot, 'fixtures/corpus/docs')
    const files: Record<string, string | Buffer> = {}
    const paragraphsOf = new Map<string, readonly string[]>()
    for (const name of readdirSync(corpus).filter((file) => file.endsWith('.md'))) {
      const markdown = readFileSync(path.join(corpus, name), 'utf8')
      try {
        const word = await docxFromMarkdown(markdown)
        files[name] = markdown
        files[name.replace(/\.md$/, '.docx')] = word.bytes
        paragraphsOf.set(name, word.paragraphs)
      } catch (error) {
        if (!(error instanceof UnsupportedInWord)) throw error
      }
    }
    expect(paragraphsOf.size).toBeGreaterThanOrEqual(100)
    const cwd = temporaryProject(files)
    const result = runWhatfor(['--no-config', '--report', 'json', '.'], {cwd})
    const report = JSON.parse(result.stdout) as Array<{path: string; messages: JsonMessage[]}>
    const byPath = new Map(report.map((file) => [file.path, file.messages]))
    let findings = 0
    for (const [name, paragraphs] of paragraphsOf) {
      const fromMarkdownFile = byPath.get(name)!
      const fromWord = byPath.get(name.replace(/\.md$/, '.docx'))!
      expect(fromWord.map(describeMessage), name).toEqual(fromMarkdownFile.map(describeMessage))
      const lines = String(files[name]).split('\n')
      fromWord.forEach((message, index) => {
        expectSameText(paragraphs[message.line - 1], lines[fromMarkdownFile[index]!.line - 1], name)
      })
      findings += fromWord.length
    }
    expect(findings).toBeGreaterThan(200)
  }, 180_000)

  test('a damaged .docx is one clear error on that file, and the other files are linted', () => {
    const cwd = temporaryProject({
      'broken.docx': 'this is not a Word document',
      'plan.md': plans[0]!.markdown
    })
    const result = runWhatfor(['--no-config', '--report', 'json', '.'], {cwd})
    expect(result.code).toBe(1)
    expect(result.stderr).toBe('')
    const files = JSON.parse(result.stdout) as Array<{path: string; messages: JsonMessage[]}>
    expect(files.map((file) => file.path).sort()).toEqual(['broken.docx', 'plan.md'])
    const broken = files.find((file) => file.path === 'broken.docx')!
    expect(broken.messages).toHaveLength(1)
    expect(broken.messages[0]!.ruleId).toBe('unreadable-docx')
    expect(broken.messages[0]!.reason).toMatch(/^Cannot read the file as a \.docx/)
    expect(broken.messages[0]!.reason).not.toMatch(/\n|\bat\s+\S+\s+\(/)
    expect(files.find((file) => file.path === 'plan.md')!.messages.length).toBeGreaterThan(0)
  })

  test('a .docx on stdin gets a sentence saying to pass its path', () => {
    const name = [...built.keys()][0]!
    const cwd = temporaryProject({})
    const result = runWhatfor(
      ['--no-config', '--report', 'json', '--stdin-filename', 'plan.docx'],
      {
        cwd,
        input: built.get(name)!.bytes
      }
    )
    expect(result.code).toBe(1)
    const [file] = JSON.parse(result.stdout) as Array<{messages: JsonMessage[]}>
    expect(file!.messages.map((message) => message.reason)).toEqual([
      'Cannot read a .docx from stdin, expected the path of the file'
    ])
  })

  test('the terminal report lists the findings, and the file is left as it was', () => {
    const name = 'channel-first-channel-table.md'
    const {bytes} = built.get(name)!
    const cwd = temporaryProject({'plan.docx': bytes})
    const result = runWhatfor(['--no-config', 'plan.docx'], {cwd})
    expect(result.code).toBe(1)
    expect(result.stdout).toContain('no-channel-first')
    expect(readFileSync(path.join(cwd, 'plan.docx')).equals(bytes)).toBe(true)
  })
})

function describeMessage(message: JsonMessage): string {
  return `${message.ruleId}: ${message.reason}`
}

/** The Word paragraph a finding names holds the Markdown line the same finding names. */
function expectSameText(paragraph: string | undefined, line: string | undefined, name: string) {
  const word = normalise(paragraph ?? '')
  const markdown = normalise(line ?? '')
  expect(word.length, `a Word paragraph of ${name}`).toBeGreaterThan(0)
  expect(
    word.includes(markdown) || markdown.includes(word),
    `${name}: Word paragraph “${word}” against Markdown line “${markdown}”`
  ).toBe(true)
}

function normalise(text: string): string {
  return text
    .replace(/^\s*(?:[-*+]|\d+\.)\s+/, '')
    .replace(/[*_`]/g, '')
    .replace(/[#|>-]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
}
