import {readdirSync, readFileSync} from 'node:fs'
import path from 'node:path'
import whatforParse, {extensionsFor, gfmWhereUsed, onlyWhere} from '@whatfor/parse'
import preset from '@whatfor/preset'
import remarkFrontmatter from 'remark-frontmatter'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import {unified} from 'unified'
import {describe, expect, it} from 'vitest'
import {randomDocuments} from './helpers/random-documents.js'

// whatfor's parser leaves a GFM construct out of a document that cannot
// contain it. The reference for "the same tree" is remark-parse with
// remark-gfm: every construct, always.
const reference = unified().use(remarkParse).use(remarkFrontmatter).use(remarkGfm).freeze()
const whatfor = unified().use(whatforParse).use(remarkFrontmatter).use(gfmWhereUsed).freeze()
const json = (tree: unknown) => JSON.stringify(tree)

const root = path.resolve(import.meta.dirname, '..')
function markdownUnder(folder: string): Array<{name: string; text: string}> {
  return readdirSync(path.join(root, folder), {recursive: true, encoding: 'utf8'})
    .filter((name) => name.endsWith('.md'))
    .sort()
    .map((name) => ({
      name: `${folder}/${name}`,
      text: readFileSync(path.join(root, folder, name), 'utf8')
    }))
}
const ruleReadmes = readdirSync(path.join(root, 'rules')).map((id) => `rules/${id}/readme.md`)
const documents = [
  ...['fixtures/plans', 'fixtures/corpus/docs', 'fixtures/holdout', 'fixtures/essays'].flatMap(
    markdownUnder
  ),
  ...['README.md', ...ruleReadmes].map((name) => ({
    name,
    text: readFileSync(path.join(root, name), 'utf8')
  }))
]

/** How many GFM constructs whatfor's parser gives micromark for `text` (and as many mdast halves). */
const gfmData = unified().use(gfmWhereUsed).freeze().data()
function constructsUsedFor(text: string): number {
  const verdicts = new Map()
  const syntax = extensionsFor(gfmData.micromarkExtensions, text, verdicts)
  expect(extensionsFor(gfmData.fromMarkdownExtensions, text, verdicts)).toHaveLength(syntax.length)
  return syntax.length
}

describe('whatfor parser', () => {
  it('has documents to check', () => {
    expect(documents.length).toBeGreaterThan(130)
  })

  it('parses every fixture, essay and readme to the tree remark-gfm gives', () => {
    for (const {name, text} of documents)
      expect(json(whatfor.parse(text)), name).toBe(json(reference.parse(text)))
  })

  it('uses no GFM construct on a plan without their characters, and only the one a document needs', () => {
    expect(constructsUsedFor('# Plan\n\nWe post on Instagram - every day.\n\n---\n')).toBe(0)
    expect(constructsUsedFor('| a |\n| - |\n')).toBe(1)
    expect(constructsUsedFor('Mail us at team@example.org or ~maybe~.')).toBe(2)
  })

  it('keeps every extension that carries no test, in order', () => {
    const first = {text: {}}
    const skipped = onlyWhere({text: {}}, () => false)
    const kept = onlyWhere({flow: {}}, () => true)
    const last = {document: {}}
    expect(extensionsFor([first, skipped, kept, last], 'text', new Map())).toEqual([
      first,
      kept,
      last
    ])
  })

  it('gives the preset GFM under plain remark-parse too', () => {
    const text =
      'x\n\n| a |\n| - |\n\n~~gone~~ www.example.com a@b.co\n\n* [x] done\n\nSee[^1].\n\n[^1]: note\n'
    expect(json(unified().use(remarkParse).use(preset).parse(text))).toBe(
      json(reference.parse(text))
    )
  })

  // Random documents from fragments with every GFM construct, their look-alikes
  // and the characters each test looks for, in both cases and line endings.
  const fragments = [
    '# H\n',
    'para text\n',
    '\n',
    '\r\n',
    '| a | b |\n',
    '| - | - |\n',
    'a | b\n',
    '-|-\n',
    'a\n',
    ':-\n',
    '-:\n',
    ':-:\n',
    '--\n',
    '---\n',
    '> | q |\n',
    '> | - |\n',
    '- | l |\n',
    '  | - |\n',
    '~~del~~ ',
    '~one~ ',
    '~~~\n',
    'x~y ',
    '[^1] ',
    '[^1]: note\n',
    '[^ x]',
    '[x] ',
    '* [ ] task\n',
    '* [x] done\n',
    '- [X] up\n',
    '- [\t] tab\n',
    '1. [ ]\n',
    '[\r\n]',
    'www.example.com ',
    'WWW.Example.org/path ',
    'wWw.x ',
    'www. ',
    'http://a.b ',
    'HTTPS://a.b/c?d ',
    'ftp://x.y ',
    'a@b.co ',
    'mailto:a@b.co ',
    'xmpp:a@b.co/r ',
    '@handle ',
    'x@y ',
    '<https://a.b> ',
    '`code | ~x~ a@b.co`\n',
    '    indented | a |\n',
    '```\n',
    '<!-- | - | -->\n',
    '\\| ',
    '&#124; '
  ]
  it('matches remark-gfm on random documents', () => {
    let partial = 0
    for (const text of randomDocuments({
      seed: 7,
      count: 3000,
      fragments,
      min: 2,
      spread: 10,
      frontMatter: {share: 0.1, text: '---\ntitle: x\n---\n'}
    })) {
      const used = constructsUsedFor(text)
      if (used > 0 && used < 5) partial++
      expect(json(whatfor.parse(text)), JSON.stringify(text)).toBe(json(reference.parse(text)))
    }
    // The tests must have had documents to tell apart.
    expect(partial).toBeGreaterThan(500)
  })
})
