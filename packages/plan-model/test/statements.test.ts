import {describe, expect, test} from 'vitest'
import {isChannelRowReason} from '../src/statements/channel-tables.js'
import {plan} from './helpers.js'

const texts = (sentences: ReadonlyArray<{text: string}>) =>
  sentences.map((sentence) => sentence.text)

describe('tactic statements', () => {
  test('a tactic verb about a channel, or a cadence; not one told in the past', () => {
    const model = plan('We post on Instagram. Newsletter every Friday. We posted on MySpace.\n')
    expect(texts(model.tacticStatements)).toEqual([
      'We post on Instagram.',
      'Newsletter every Friday.'
    ])
  })

  test('inside a tactics section a tactic verb alone is enough', () => {
    expect(texts(plan('## Tactics\n\nWrite a guide for parents.\n').tacticStatements)).toEqual([
      'Write a guide for parents.'
    ])
  })
})

describe('goal statements', () => {
  test('by section, by a goal word, or by opening with an aim; not “target audience”', () => {
    const model = plan(
      'Our target is 500 members. Grow followers to 5,000. Our target audience is parents.\n\n## Goals\n\nMore volunteers.\n'
    )
    expect(texts(model.goalStatements)).toEqual([
      'Our target is 500 members.',
      'Grow followers to 5,000.',
      'More volunteers.'
    ])
  })
})

describe('purpose statements and where the plan first says what it is for', () => {
  test('a reason in a channel’s row of a channel table is that channel’s, not the plan’s', () => {
    const model = plan(
      '| Channel | Why |\n| --- | --- |\n| TeamSnap | So families see schedules in one place |\n\nWe exist so that families new to the club feel at home.\n'
    )
    expect(texts(model.purposeStatements)).toEqual([
      'So families see schedules in one place',
      'We exist so that families new to the club feel at home.'
    ])
    expect(isChannelRowReason(model.tableRowCells, model.purposeStatements[0]!)).toBe(true)
    expect(model.purposeStart).toBe(model.purposeStatements[1]!.start)
  })
})

describe('lookups', () => {
  test('matches by category in the plan’s own voice; blocks by list item and table row', () => {
    const model = plan(
      'They said "be on every network like Facebook" but we use Instagram.\n\n- A\n- B\n  more\n\n| x | y |\n| - | - |\n| 1 | 2 |\n'
    )
    expect(model.matches('platform').map((match) => match.canonical)).toEqual(['Instagram'])
    const list = model.blocks.find((block) => block.list)!.list!
    expect(model.listBlocks(list.id).map((block) => block.text)).toEqual(['A', 'B\nmore'])
    expect(model.listItemBlocks(list.id, 1).map((block) => block.text)).toEqual(['B\nmore'])
    const table = model.blocks.find((block) => block.table)!.table!
    expect(model.tableRowCells(table.id, 1).map((block) => block.text)).toEqual(['1', '2'])
    expect(model.tableCells(table.id)).toHaveLength(4)
    expect(model.tableRowCells(table.id, 9)).toEqual([])
  })
})
