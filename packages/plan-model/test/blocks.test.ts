import type {Blockquote, Paragraph, Root} from 'mdast'
import {describe, expect, test} from 'vitest'
import {extractBlocks} from '../src/blocks/extract.js'
import {SegmentedText, segmentsBetween, sourceMapper, toSource} from '../src/blocks/segments.js'
import {parse} from './helpers.js'

const blocksOf = (markdown: string) => extractBlocks(parse(markdown), markdown)

describe('segments map block text back to the source', () => {
  const text = new SegmentedText()
  text.append('Our ', 0)
  text.append('page', 6) // “Our **page** here”: the stars are not in the text
  text.append(' here', 12)

  test('the text is the pieces joined, each offset through its piece', () => {
    expect(text.toString()).toBe('Our page here')
    expect([0, 4, 7, 8, 12].map((offset) => toSource(text.segments, offset))).toEqual([
      0, 6, 9, 12, 16
    ])
  })

  test('the in-order mapper agrees with the search, and falls back when asked out of order', () => {
    const map = sourceMapper(text.segments)
    const offsets = [0, 3, 4, 7, 8, 12, 2, 9]
    expect(offsets.map(map)).toEqual(offsets.map((offset) => toSource(text.segments, offset)))
  })

  test('a part of the text keeps the segments inside it, moved to start at 0', () => {
    expect(segmentsBetween(text.segments, 2, 10, toSource(text.segments, 2))).toEqual([
      {textStart: 0, sourceStart: 2},
      {textStart: 2, sourceStart: 6},
      {textStart: 6, sourceStart: 12}
    ])
  })
})

describe('the blocks pass', () => {
  test('headings, paragraphs and cells in order; code, HTML, quotes and front matter left out', () => {
    const source =
      '---\nowner: Sam\n---\n# Plan\n\nWe post `code` here.\n\n```\nx\n```\n\n<div>y</div>\n\n> Said someone.\n\n| A | B |\n| - | - |\n| 1 | 2 |\n'
    expect(blocksOf(source).map((block) => [block.kind, block.text])).toEqual([
      ['heading', 'Plan'],
      ['paragraph', 'We post   here.'],
      ['tableCell', 'A'],
      ['tableCell', 'B'],
      ['tableCell', '1'],
      ['tableCell', '2']
    ])
  })

  test('a link keeps its words, a bare address is a gap', () => {
    const [block] = blocksOf('See [our page](https://x.org) and https://y.org now.\n')
    expect(block!.text).toBe('See our page and   now.')
  })

  test('list places: one id per list, items counted, depth of nesting, the lead paragraph marked', () => {
    const blocks = blocksOf('- Facebook\n\n  Daily posts.\n- Instagram\n  - Reels\n')
    expect(
      blocks.map((block) => [block.text, block.list?.id, block.list?.item, block.list?.depth])
    ).toEqual([
      ['Facebook', 1, 0, 1],
      ['Daily posts.', 1, 0, 1],
      ['Instagram', 1, 1, 1],
      ['Reels', 2, 0, 2]
    ])
    expect(blocks.map((block) => [block.firstInItem, block.leadsListItem])).toEqual([
      [true, true],
      [false, false],
      [true, true],
      [true, false]
    ])
  })

  test('typed bullets become list items with their own source positions', () => {
    const source = 'Our channels:\n• Facebook daily\n• TikTok weekly\nThat is all.\n'
    const blocks = blocksOf(source)
    expect(blocks.map((block) => [block.text, block.list?.item])).toEqual([
      ['Our channels:', undefined],
      ['Facebook daily', 0],
      ['TikTok weekly', 1],
      ['That is all.', undefined]
    ])
    const item = blocks[2]!
    expect(source.slice(item.start, item.end)).toBe('TikTok weekly')
    expect(item.list).toMatchObject({size: 2, start: 14})
  })

  test('a line that the source writes otherwise (“&amp;”) keeps the running position', () => {
    const source = 'a &amp; b\nc &amp; d\n'
    const [block] = blocksOf(source)
    expect(block!.text).toBe('a & b\nc & d')
    expect(block!.segments.map((segment) => segment.sourceStart)).toEqual([0, 6])
  })

  test('a numbered line underlined with dashes is a heading; a callout panel is the writer’s own', () => {
    expect(blocksOf('1. Our Mission\n--------------\n\nText.\n')[0]).toMatchObject({
      kind: 'heading',
      depth: 2,
      text: 'Our Mission'
    })
    expect(blocksOf('> \u2139\ufe0f Why we do this.\n').map((block) => block.text)).toEqual([
      '\u2139\ufe0f Why we do this.'
    ])
  })

  test('nesting as deep as the input likes, without recursion', () => {
    let node: Blockquote | Paragraph = {
      type: 'paragraph',
      children: [{type: 'text', value: 'deep'}]
    }
    let inline: Paragraph['children'][number] = {type: 'text', value: 'words'}
    for (let depth = 0; depth < 100000; depth++) {
      // A panel's first block must open with a symbol to count as the writer's own.
      node = {type: 'blockquote', children: [node]}
      inline = {type: 'emphasis', children: [inline]}
    }
    const tree: Root = {
      type: 'root',
      children: [node, {type: 'paragraph', children: [inline]}]
    }
    const blocks = extractBlocks(tree, '')
    expect(blocks.map((block) => block.text)).toEqual(['words'])
  })
})
