import {describe, expect, test} from 'vitest'
import {extractBlocks} from '../src/blocks/extract.js'
import {buildStructure} from '../src/sections/build.js'
import {headingShape} from '../src/sections/heading-shape.js'
import {outline} from '../src/sections/outline.js'
import {rolesAtStart, rolesOf} from '../src/sections/roles.js'
import {readSentences} from '../src/sentences/read.js'
import {parse, wordsOf} from './helpers.js'

function partsOf(markdown: string) {
  const raws = extractBlocks(parse(markdown), markdown)
  return outline(raws, raws.map(readSentences))
}

const structureOf = (markdown: string) => buildStructure(partsOf(markdown), markdown.length)

describe('roles', () => {
  test('a heading names roles anywhere in it; a line only at its start', () => {
    expect([...rolesOf(wordsOf('Goals & KPIs'))]).toEqual(['goals'])
    expect([...rolesAtStart(wordsOf('2. Our tactics'))]).toEqual(['tactics'])
    expect([...rolesOf(wordsOf('Prepared for: Strategy Review'))]).toEqual(['strategy', 'review'])
    expect([...rolesAtStart(wordsOf('Prepared for: Strategy Review'))]).toEqual([])
  })
})

describe('heading shapes', () => {
  const shapeOf = (markdown: string) => {
    const raws = extractBlocks(parse(markdown), markdown)
    return headingShape(raws[0]!, readSentences(raws[0]!))
  }

  test.each([
    ['# Plan\n', 'whole'],
    ['**Why we exist**\n', 'whole'],
    ['GOALS\n', 'whole'],
    ['Purpose:\nWe exist so that people meet.\n', 'first-line'],
    ['We post daily on Instagram.\n', 'none'],
    ['- Facebook\n- Instagram\n', 'none']
  ])('%j is %s', (markdown, shape) => {
    expect(shapeOf(markdown)).toBe(shape)
  })
})

describe('outline', () => {
  test('a heading line on top of a paragraph opens a section; its content follows as a block', () => {
    const parts = partsOf('Intro here.\n\nGOALS:\nMore volunteers by June.\n')
    expect(
      parts.map((part) => [part.text, part.pseudoHeading, [...(part.opens?.ownRoles ?? [])]])
    ).toEqual([
      ['Intro here.', false, []],
      ['GOALS:', true, ['goals']],
      ['GOALS:\nMore volunteers by June.', false, []]
    ])
    expect(parts[2]!.start).toBe('Intro here.\n\nGOALS:\n'.length)
  })

  test('the title names no role; a role label on top is no title', () => {
    expect(partsOf('# Social media strategy\n\nText.\n')[0]!.opens!.ownRoles.size).toBe(0)
    expect([...partsOf('Strategy\n\nText.\n')[0]!.opens!.ownRoles]).toEqual(['strategy'])
  })
})

describe('the sections pass', () => {
  test('sections nest by depth, run to the next at their level, and inherit roles', () => {
    const markdown = '# Plan\n\n## Goals\n\n### Year one\n\nText.\n\n## Tactics\n\nMore.\n'
    const {sections} = structureOf(markdown)
    expect(
      sections.map((section) => [
        section.title,
        section.parent?.title,
        markdown.slice(section.start, section.end).split('\n')[0],
        [...section.roles]
      ])
    ).toEqual([
      ['', undefined, '', []],
      ['Plan', '', '# Plan', []],
      ['Goals', 'Plan', '## Goals', ['goals']],
      ['Year one', 'Goals', '### Year one', ['goals']],
      ['Tactics', 'Plan', '## Tactics', ['tactics']]
    ])
    expect(sections[4]!.end).toBe(markdown.length)
  })

  test('blocks, sentences and matches point at each other', () => {
    const {sections, blocks, sentences} = structureOf(
      '## Channels\n\nWe post on Facebook. Daily.\n'
    )
    const [heading, body] = blocks
    expect(heading!.section).toBe(sections[1])
    expect(sections[1]!.heading).toBe(heading)
    expect(sections[1]!.blocks).toEqual([body])
    expect(body!.sentences.map((sentence) => sentence.block)).toEqual([body, body])
    expect(sentences.map((sentence) => sentence.index)).toEqual([0, 1, 2])
    const facebook = body!.sentences[0]!.matches.find((match) => match.category === 'platform')!
    expect(facebook.sentence).toBe(body!.sentences[0])
  })

  test('a bare refusal negates what the sentence before it proposed', () => {
    const {sentences} = structureOf('A member asked that we go viral on TikTok. We won’t.\n')
    expect(sentences[0]!.matches.every((match) => match.negated)).toBe(true)
  })
})
