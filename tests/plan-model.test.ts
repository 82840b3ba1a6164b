import {analyse, isMetadataBlock, type PlanModel} from '@whatfor/plan-model'
import remarkFrontmatter from 'remark-frontmatter'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import {unified} from 'unified'
import {describe, expect, test} from 'vitest'

function plan(markdown: string): PlanModel {
  const tree = unified().use(remarkParse).use(remarkFrontmatter).use(remarkGfm).parse(markdown)
  return analyse(tree, markdown)
}

const rolesOf = (model: PlanModel): Array<[string, string[]]> =>
  model.sections
    .filter((section) => section.depth > 0)
    .map((section) => [section.title, [...section.ownRoles].sort()])

describe('sections and roles', () => {
  test('ATX and setext headings in any case', () => {
    const model = plan(
      '# Plan\n\nIntro.\n\nOUR GOALS\n---------\n\nMore.\n\n## tactics & channels\n\nText.\n'
    )
    expect(rolesOf(model)).toEqual([
      ['Plan', []],
      ['OUR GOALS', ['goals']],
      ['tactics & channels', ['channels', 'tactics']]
    ])
  })

  test("“Who's listening” names the audience", () => {
    expect(
      rolesOf(
        plan(
          "# Plan\n\n## Who's listening\n\nNight-shift workers.\n\n## Listening\n\nWe read every voicemail.\n"
        )
      )
    ).toEqual([
      ['Plan', []],
      ["Who's listening", ['audience']],
      ['Listening', ['listening']]
    ])
  })

  test('a numbered line underlined with dashes is a heading, as its writer meant', () => {
    expect(
      rolesOf(
        plan(
          'Concept\n=======\n\n1. Our Mission\n--------------\n\nText.\n\n2. Initial situation\n--------------------\n\nText.\n'
        )
      )
    ).toEqual([
      ['Concept', []],
      ['Our Mission', ['purpose']],
      ['Initial situation', []]
    ])
  })

  test('a lone title heading names no role, a second h1 does', () => {
    expect(rolesOf(plan('# Social media strategy\n\nText.\n'))).toEqual([
      ['Social media strategy', []]
    ])
    expect(rolesOf(plan('# Strategy\n\nText.\n\n# Tactics\n\nText.\n'))).toEqual([
      ['Strategy', ['strategy']],
      ['Tactics', ['tactics']]
    ])
  })

  test('bold pseudo-headings, numbered outlines and plain-text heading lines', () => {
    expect(rolesOf(plan('**Purpose**\n\nWe exist so that people can meet.\n'))).toEqual([
      ['Purpose', ['purpose']]
    ])
    expect(
      rolesOf(
        plan('1. Purpose\n   We exist so that people can meet.\n2. Channels\n   - Facebook\n')
      )
    ).toEqual([
      ['Purpose', ['purpose']],
      ['Channels', ['channels']]
    ])
    expect(
      rolesOf(plan('GOALS:\nMore volunteers by June.\n\nTEAM\nSam and Priya run it.\n'))
    ).toEqual([
      ['GOALS:', ['goals']],
      ['TEAM', ['owners']]
    ])
  })

  test('a longer question or label that opens with a role is a heading line too', () => {
    expect(
      rolesOf(plan('Why are we doing any of this?\nMost of our learners are nervous drivers.\n'))
    ).toEqual([['Why are we doing any of this?', ['purpose']]])
    // Without a role at its start, a long question stays prose.
    expect(
      rolesOf(
        plan('Are we doing any of this for the right reasons?\nMost of our learners are nervous.\n')
      )
    ).toEqual([])
  })

  test('a numbered bold question is a heading line', () => {
    const model = plan(
      '**Q7. Are we going to do social listening?**\n\nYes, narrowly: to find mentors.\n'
    )
    expect(model.sections.map((section) => section.title)).toContain(
      'Q7. Are we going to do social listening?'
    )
    expect(model.blocks[0]!.pseudoHeading).toBe(true)
  })

  test('memo and minutes headers are metadata even when the subject names a channel', () => {
    const model = plan(
      'Dear all,\n\nFrom: Dariusz\nTo: Marketing\nSubject: LinkedIn plan H2\n\nHello all.\n'
    )
    expect(isMetadataBlock(model.blocks.find((block) => block.text.includes('Subject'))!)).toBe(
      true
    )
    expect(
      isMetadataBlock(plan('We post on LinkedIn: daily.\nSubject: LinkedIn\n').blocks[0]!)
    ).toBe(false)
  })

  test('subsections inherit their parent role when they name none', () => {
    const model = plan('## Goals\n\n### Year one\n\nText.\n')
    expect([...model.sections.find((section) => section.title === 'Year one')!.roles]).toEqual([
      'goals'
    ])
  })
})

describe('cadences and dates', () => {
  const schedules = (text: string): string[] =>
    plan(text)
      .matches('schedule')
      .map((match) => match.canonical)
  test('a weekday named as a date is not a posting cadence', () => {
    expect(schedules('Planning chat, Sunday 9 March.')).toEqual([])
    expect(schedules('Please read before Thursday.')).toEqual([])
    expect(schedules('Launch on Friday 12th.')).toEqual([])
    expect(schedules('Monday: tips on Instagram.').length).toBe(1)
    expect(schedules('Post on Sunday, 9am.').length).toBeGreaterThan(0)
  })
})

describe('the plan\u2019s own voice', () => {
  test('a callout panel is the writer\u2019s own voice; a quotation is not', () => {
    const callout = plan(
      '> \u2139\ufe0f **Why we are doing this**\n>\n> We want nurses to be looked after in their first year.\n'
    )
    expect(callout.sentences.map((sentence) => sentence.text)).toContain(
      'We want nurses to be looked after in their first year.'
    )
    expect(plan('> [!NOTE]\n> Families come first.\n').sentences.length).toBeGreaterThan(0)
    expect(plan('> Just be on Facebook, they said.\n').sentences).toEqual([])
  })

  test('a whole plan quoted in an email reply is the plan; a quoted paragraph is not', () => {
    const reply = plan(
      'Draft below.\n\n> **1. Why**\n> The scheme exists so that tenants can tell a safe landlord.\n>\n> **2. Who**\n> - Small landlords\n> - Tenants about to sign\n>\n> **3. Objectives**\n> 1. 400 landlords accredited\n'
    )
    expect(reply.purposeStatements.map((sentence) => sentence.text)).toEqual([
      'The scheme exists so that tenants can tell a safe landlord.'
    ])
    expect(
      plan('> We exist so that everyone is on TikTok.\n>\n> Said the consultant.\n').sentences
    ).toEqual([])
  })

  test('code, inline code, HTML, URLs and block quotes are left out', () => {
    const model = plan(
      'Our `facebook` page.\n\n```\ninstagram\n```\n\n<!-- tiktok -->\n\nSee https://youtube.com/x.\n\n> Be on Snapchat.\n'
    )
    expect(model.channelMentions.map((match) => match.canonical)).toEqual([])
  })

  test('quotations of three or more words are marked quoted, scare quotes are not', () => {
    const model = plan('They said "just be on Facebook and Instagram" but our "Instagram" stays.\n')
    const mentions = model.sentences
      .flatMap((sentence) => sentence.matches)
      .filter((match) => match.category === 'platform')
    expect(mentions.map((match) => [match.canonical, match.quoted])).toEqual([
      ['Facebook', true],
      ['Instagram', true],
      ['Instagram', false]
    ])
  })

  test('negation before and after a phrase, bounded by the clause', () => {
    const model = plan(
      'We will not start on TikTok. Facebook is not the goal. We use Instagram, but not Snapchat.\n'
    )
    const negated = model.channelMentions.map((match) => [match.canonical, match.negated])
    expect(negated).toEqual([
      ['TikTok', true],
      ['Facebook', true],
      ['Instagram', false],
      ['Snapchat', true]
    ])
  })

  test('a question inside brackets ends no sentence; a stray bracket does not swallow the rest; initialisms neither', () => {
    const texts = (source: string): string[] =>
      plan(source).sentences.map((sentence) => sentence.text)
    expect(
      texts(
        'If it brings nobody (the form asks "how did you hear?" at the desk) we drop it. Then we rest.\n'
      )
    ).toEqual([
      'If it brings nobody (the form asks "how did you hear?" at the desk) we drop it.',
      'Then we rest.'
    ])
    expect(texts('A stray (bracket here. Next sentence? Yes.\n')).toEqual([
      'A stray (bracket here.',
      'Next sentence?',
      'Yes.'
    ])
    expect(texts('Live at 6 a.m. ET on Tuesdays. Then clips.\n')).toEqual([
      'Live at 6 a.m. ET on Tuesdays.',
      'Then clips.'
    ])
  })

  test('bullets typed as characters are list items, with their source positions', () => {
    const source =
      'OUR CHANNELS\n• Facebook Page\n• TikTok (day-in-the-life videos)\nThat is all.\n'
    const model = plan(source)
    const items = model.blocks.filter((block) => block.list)
    expect(items.map((block) => block.text)).toEqual([
      'Facebook Page',
      'TikTok (day-in-the-life videos)'
    ])
    expect(items.map((block) => block.list!.item)).toEqual([0, 1])
    expect(new Set(items.map((block) => block.list!.id)).size).toBe(1)
    expect(source.slice(items[1]!.sentences[0]!.start, items[1]!.sentences[0]!.end)).toBe(
      'TikTok (day-in-the-life videos)'
    )
    expect(model.blocks.find((block) => block.text === 'That is all.')?.list).toBeUndefined()
  })

  test('sentences carry source positions', () => {
    const source = '# Plan\n\nFirst sentence here. Second one on Reddit.\n'
    const model = plan(source)
    const second = model.sentences.find((sentence) => sentence.text.startsWith('Second'))!
    expect(source.slice(second.start, second.end)).toBe('Second one on Reddit.')
    expect(model.point(second.start)).toMatchObject({line: 3, column: 22})
  })

  test('capitalised-only names: “X” and “Threads” as networks, not as words', () => {
    const model = plan('We post on X and Threads. The threads of x are tangled.\n')
    expect(model.channelMentions.map((match) => match.canonical)).toEqual(['X', 'Threads'])
  })
})

describe('purpose statements', () => {
  test.each([
    'We exist so that first-time founders never launch alone.',
    'This matters because carers are exhausted and nobody asks them what would help.',
    'Our purpose is to help older residents stay in their homes for longer.'
  ])('%s', (sentence) => {
    expect(plan(`${sentence}\n`).purposeStatements.map((found) => found.text)).toEqual([sentence])
  })

  test.each([
    'To grow online sales by 20% this year.',
    'We will not exist to help anyone, apparently.',
    'Post three times a week on Instagram.'
  ])('not a purpose: %s', (sentence) => {
    expect(plan(`${sentence}\n`).purposeStatements).toEqual([])
  })

  test('a purpose section counts when it speaks of people, not when it is only a number', () => {
    expect(
      plan('## Why\n\nBecause kids deserve safe streets to walk to school.\n').purposeStatements
    ).toHaveLength(1)
    expect(
      plan('## Purpose\n\nIncrease revenue 15% year on year.\n').purposeStatements
    ).toHaveLength(0)
  })
})
