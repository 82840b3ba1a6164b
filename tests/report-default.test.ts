import {spawnSync} from 'node:child_process'
import {citation} from '@whatfor/citations'
import {ruleById, ruleIds} from '@whatfor/preset'
import {adviceRuleIds, findingSentence} from '@whatfor/reporters'
import stringWidth from 'string-width'
import {describe, expect, it} from 'vitest'
import {
  examplePlan,
  parseJsonReport,
  runWhatfor,
  temporaryProject,
  whatforBin
} from './helpers/cli.js'

/**
 * The default report, read as the person who wrote the plan reads it: by file
 * and section, one sentence per finding with its line, the essay once per
 * rule and file, the three levels by their names, wrapped, coloured only on
 * a terminal, with a count of all three levels.
 */

const plan = examplePlan
const channelFirst = plan('channel-first-list-of-networks.md')

// Three vanity metrics under one heading, a fourth under another.
const VANITY = `# Spring plan

## Why

We exist so that first-time gardeners in Leeds never give up after one failed season.

## Goals

- 5,000 new followers on Instagram
- 20,000 likes on our reels
- 1 million impressions

## Later goals

- 300 shares of the planting guide

## Team

Priya owns the plan; Tom writes the posts.
`

// biome-ignore lint/suspicious/noControlCharactersInRegex: matching terminal colour codes is the point
const ANSI = /\u001b\[[0-9;]*m/g

describe('the default report', () => {
  it('groups by file and section, one sentence per finding, the essay once per rule and file', () => {
    const cwd = temporaryProject({'a.md': VANITY, 'b.md': VANITY})
    const result = runWhatfor(['a.md', 'b.md'], {cwd})
    expect(result.stderr).toBe('')
    const output = result.stdout
    const {quote} = citation(ruleById('no-vanity-metrics')!.meta.quote)
    const firstWords = quote.split(' ').slice(0, 4).join(' ')
    // One quote per file, though the rule has four findings in each.
    expect(output.split(firstWords)).toHaveLength(3)
    expect(output.split('[no-vanity-metrics]')).toHaveLength(9)
    const a = output.slice(output.indexOf('a.md'), output.indexOf('b.md'))
    // Sections in document order, each finding under its heading, with its line.
    const goals = a.indexOf('  Goals (line 7)')
    const later = a.indexOf('  Later goals (line 13)')
    expect(goals).toBeGreaterThan(0)
    expect(later).toBeGreaterThan(goals)
    expect(a.indexOf('warning, line 9')).toBeGreaterThan(goals)
    expect(a.indexOf('warning, line 15')).toBeGreaterThan(later)
    // A sentence that says what is wrong and what to do, not “Unexpected …, expected …”.
    expect(output).not.toContain('Unexpected')
    expect(output).toMatch(/Vanity metric \(followers\) as a goal: name the outcome/)
    expect(output).toMatch(/\n\d+ errors?, \d+ warnings?, \d+ suggestions? in 2 files\n$/)
  })

  it('names the levels as the catalogue does and counts suggestions', () => {
    const cwd = temporaryProject({'plan.md': channelFirst})
    const output = runWhatfor(['plan.md'], {cwd}).stdout
    expect(output).toContain('error, lines 5\u20139  List of channels (Instagram')
    expect(output).toContain('warning, line 11')
    expect(output).toContain('suggestion, line 1')
    expect(output).not.toMatch(/\binfo\b/)
    expect(output.trimEnd().split('\n').at(-1)).toBe('1 error, 1 warning, 1 suggestion in 1 file')
  })

  it('wraps at 80 columns when not on a terminal; only a link may be longer', () => {
    const cwd = temporaryProject({'plan.md': channelFirst, 'more.md': VANITY})
    const output = runWhatfor(['plan.md', 'more.md'], {cwd}).stdout
    for (const line of output.split('\n')) {
      if (stringWidth(line) > 80) expect(line.trim()).toMatch(/^https?:\/\/\S+$/)
    }
    expect(output).not.toMatch(ANSI)
  })

  it('colours on request, never with --no-color or NO_COLOR', () => {
    const cwd = temporaryProject({'plan.md': channelFirst})
    const colored = runWhatfor(['--color', 'plan.md'], {cwd}).stdout
    expect(colored).toMatch(ANSI)
    expect(colored.replace(ANSI, '')).toBe(runWhatfor(['plan.md'], {cwd}).stdout)
    const forced = {NO_COLOR: undefined, FORCE_COLOR: '1'}
    expect(runWhatfor(['plan.md'], {cwd, env: forced}).stdout).toMatch(ANSI)
    expect(runWhatfor(['--no-color', 'plan.md'], {cwd, env: forced}).stdout).not.toMatch(ANSI)
  })

  // util-linux `script` gives the command a real terminal (a pseudo-terminal) of a set width.
  const hasScript = spawnSync('script', ['--version']).status === 0
  it.skipIf(!hasScript && !process.env.CI)(
    'on a terminal: coloured, wrapped to its width; NO_COLOR and --no-color still turn colour off',
    () => {
      const cwd = temporaryProject({'plan.md': channelFirst})
      const onTerminal = (flags: string, env: NodeJS.ProcessEnv) => {
        const command = `stty cols 60 rows 50; ${JSON.stringify(process.execPath)} ${JSON.stringify(whatforBin)} ${flags} plan.md`
        const base: NodeJS.ProcessEnv = {...process.env, TERM: 'xterm'}
        delete base.FORCE_COLOR
        delete base.NO_COLOR
        const result = spawnSync('script', ['-qec', command, '/dev/null'], {
          cwd,
          env: {...base, ...env},
          encoding: 'utf8'
        })
        return result.stdout.replace(/\r\n/g, '\n')
      }
      const colored = onTerminal('', {})
      expect(colored).toMatch(ANSI)
      const lines = colored.replace(ANSI, '').split('\n')
      expect(lines.some((line) => line.includes('no-channel-first'))).toBe(true)
      for (const line of lines)
        if (stringWidth(line) > 60) expect(line.trim()).toMatch(/^https?:\/\/\S+$/)
      expect(onTerminal('', {NO_COLOR: '1'})).not.toMatch(ANSI)
      expect(onTerminal('--no-color', {})).not.toMatch(ANSI)
    }
  )

  it('--report unified keeps vfile-reporter’s look', () => {
    const cwd = temporaryProject({'plan.md': channelFirst})
    const result = runWhatfor(['--report', 'unified', 'plan.md'], {cwd})
    expect(result.code).toBe(1)
    expect(result.stdout).toMatch(/5:1-9:10\s+error\s+Unexpected list of channels/)
    expect(result.stdout).toContain('[note]:')
  })

  it('every rule of the preset has advice, and a sentence ends once', () => {
    expect([...adviceRuleIds].sort()).toEqual([...ruleIds].sort())
    expect(findingSentence('what-for', 'Unexpected plan without a What For, expected x')).toBe(
      'Plan without a What For: say why people should care, what the plan exists to change for them.'
    )
    // A message from someone else's plugin keeps its words.
    expect(findingSentence('no-synergy', 'Unexpected synergy, expected plain words')).toBe(
      'Synergy: expected plain words.'
    )
    expect(findingSentence(undefined, 'Cannot process file: binary file')).toBe(
      'Cannot process file: binary file.'
    )
  })
})

describe('the JSON report', () => {
  it('carries each finding’s citation as fields', () => {
    const cwd = temporaryProject({'plan.md': channelFirst})
    const [file] = parseJsonReport(runWhatfor(['--report', 'json', 'plan.md'], {cwd}).stdout)
    const messages = file!.messages as unknown as Array<{
      ruleId: string
      note: string
      citation: {quote: string; title: string; author: string; date: string; url: string}
    }>
    expect(messages.length).toBeGreaterThan(0)
    for (const message of messages) {
      const cited = citation(ruleById(message.ruleId)!.meta.quote)
      expect(message.citation).toEqual({
        quote: cited.quote,
        title: cited.essay.title,
        author: cited.essay.author,
        date: cited.essay.date,
        url: cited.essay.url
      })
      expect(message.note).toContain(cited.quote)
    }
  })
})
