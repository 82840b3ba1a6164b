import {readdirSync, readFileSync} from 'node:fs'
import path from 'node:path'
import preset from '@whatfor/preset'
import type {Extension as MdastExtension} from 'mdast-util-from-markdown'
import {remark} from 'remark'
import remarkFrontmatter from 'remark-frontmatter'
import remarkGfm from 'remark-gfm'
import type {Processor} from 'unified'
import {describe, expect, test} from 'vitest'

const root = path.resolve(import.meta.dirname, '..')

// A user's `.remarkrc` that already has GFM and front matter, then whatfor.
const beside = () => remark().use(remarkGfm).use(remarkFrontmatter).use(preset)
const alone = () => remark().use(preset)

type RemarkProcessor = ReturnType<typeof remark>
type Nested<T> = ReadonlyArray<T | Nested<T>>
/** The part of a micromark construct these checks read. */
type Construct = {readonly tokenize: {readonly name: string}}
type MicromarkExtension = Partial<Record<string, Record<string, Construct | Construct[]>>>

function flat<T>(list: Nested<T> | undefined): T[] {
  return (list ?? []).flatMap((item) =>
    Array.isArray(item) ? flat(item as Nested<T>) : [item as T]
  )
}

/** Token types handled by more than one mdast extension. */
function twiceHandled(processor: RemarkProcessor): string[] {
  processor.freeze()
  const counts = new Map<string, number>()
  const extensions = flat(processor.data('fromMarkdownExtensions') as Nested<MdastExtension>)
  for (const extension of extensions) {
    const names = new Set([
      ...Object.keys(extension.enter ?? {}),
      ...Object.keys(extension.exit ?? {})
    ])
    for (const name of names) counts.set(name, (counts.get(name) ?? 0) + 1)
  }
  return [...counts].filter(([, count]) => count > 1).map(([name]) => name)
}

/** Syntax constructs registered twice: distinct constructs with the same tokenizer. */
function twiceTokenized(processor: RemarkProcessor): string[] {
  processor.freeze()
  const constructs = new Set<Construct>()
  for (const extension of flat(
    processor.data('micromarkExtensions') as unknown as Nested<MicromarkExtension>
  )) {
    for (const field of [
      'document',
      'contentInitial',
      'flowInitial',
      'flow',
      'string',
      'text'
    ] as const) {
      for (const value of Object.values(extension[field] ?? {}))
        for (const construct of [value].flat() as Construct[]) constructs.add(construct)
    }
  }
  const byTokenizer = new Map<string, number>()
  for (const construct of constructs) {
    const name = construct.tokenize.name
    byTokenizer.set(name, (byTokenizer.get(name) ?? 0) + 1)
  }
  return [...byTokenizer].filter(([, count]) => count > 1).map(([name]) => name)
}

describe('the preset beside remark-gfm and remark-frontmatter', () => {
  test('the checks find a syntax registered twice', () => {
    const twice = remark()
      .use(remarkGfm)
      .use(remarkFrontmatter)
      .use(function again(this: Processor) {
        remarkGfm.call(this)
      })
    expect(twiceHandled(twice)).toContain('table')
    expect(twiceTokenized(twice)).toContain('tokenizeTable')
  })

  test('registers no parser extension twice', () => {
    const processor = beside()
    expect(twiceHandled(processor)).toEqual([])
    expect(twiceTokenized(processor)).toEqual([])
    // remark-gfm adds one syntax extension and one list of mdast ones, remark-frontmatter one of each: nothing more.
    expect(processor.data('micromarkExtensions')).toHaveLength(2)
    expect(processor.data('fromMarkdownExtensions')).toHaveLength(2)
  })

  test('alone, it still adds front matter and every GFM construct, once', () => {
    const processor = alone()
    expect(twiceHandled(processor)).toEqual([])
    expect(twiceTokenized(processor)).toEqual([])
    expect(processor.data('micromarkExtensions')).toHaveLength(6)
    const handled = flat(
      processor.data('fromMarkdownExtensions') as Nested<MdastExtension>
    ).flatMap((extension) => Object.keys(extension.enter ?? {}))
    expect(handled).toEqual(
      expect.arrayContaining([
        'yaml',
        'literalAutolink',
        'gfmFootnoteCall',
        'strikethrough',
        'table'
      ])
    )
  })

  const documents = readdirSync(path.join(root, 'fixtures/plans'))
    .filter((name) => name.endsWith('.md'))
    .map((name) => [name, readFileSync(path.join(root, 'fixtures/plans', name), 'utf8')] as const)
  documents.push([
    'every GFM construct',
    [
      '---',
      'owner: Priya',
      '---',
      '',
      '# Plan',
      '',
      '| Channel | Posts |',
      '| --- | --- |',
      '| Instagram | 3 a week |',
      '',
      '- [x] ~~TikTok~~ www.example.com, hello@example.com[^1]',
      '',
      '[^1]: A footnote.'
    ].join('\n')
  ])

  test.each(documents)('%s: the same tree and the same findings', async (_name, text) => {
    expect(beside().parse(text)).toEqual(alone().parse(text))
    const findings = async (processor: RemarkProcessor) =>
      (await processor.process(text)).messages.map((message) => ({
        ruleId: message.ruleId,
        reason: message.reason,
        place: message.place,
        fatal: message.fatal
      }))
    expect(await findings(beside())).toEqual(await findings(alone()))
  })
})
