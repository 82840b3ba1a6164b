import {readFileSync, statSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, test} from 'vitest'
import {examplePlan, parseJsonReport, runWhatfor, temporaryProject} from './helpers/cli.js'

const plan = examplePlan
const channelFirst = plan('channel-first-list-of-networks.md')
const noWhatFor = plan('no-what-for-sales-targets.md')
const good = plan('good-bakery-cooperative.md')
const goodText = plan('good-library-volunteers.txt')

const noStackTrace = (text: string): void => {
  expect(text).not.toMatch(/\n\s+at .+:\d+:\d+/)
  expect(text).not.toContain('[cause]')
}

describe('whatfor on plans', () => {
  test('flags a plan that opens with a list of networks, with the full message contract', () => {
    const cwd = temporaryProject({'plan.md': channelFirst})
    const result = runWhatfor(['--report', 'json', 'plan.md'], {cwd})
    expect(result.code).toBe(1)
    const [file] = parseJsonReport(result.stdout)
    const message = file!.messages.find((candidate) => candidate.ruleId === 'no-channel-first')
    expect(message).toBeDefined()
    expect(message!.source).toBe('whatfor')
    expect(message!.fatal).toBe(true)
    expect(message!.url).toMatch(/rules\/no-channel-first\/readme\.md$/)
    expect(message!.reason).toMatch(/^Unexpected .+, expected .+/)
    expect(message!.line).toBeGreaterThan(0)
    // The note is the citation: quote, title, author, date and URL.
    for (const part of [
      'list of websites',
      'Social media IS NOT its networks',
      'Joel Kelly',
      '2008-12-07',
      'http://ingenioustries.blogspot.com/2008/12/social-media-is-not-its-networks.html'
    ]) {
      expect(message!.note).toContain(part)
    }
  })

  test('flags a plan that never says why people should care, and offers a skeleton', () => {
    const cwd = temporaryProject({'plan.md': noWhatFor})
    const result = runWhatfor(['--report', 'json', 'plan.md'], {cwd})
    expect(result.code).toBe(1)
    const message = parseJsonReport(result.stdout)[0]!.messages.find(
      (candidate) => candidate.ruleId === 'what-for'
    )
    expect(message?.fatal).toBe(true)
    expect(message?.note).toContain('why people should care')
    expect(message?.expected?.[0]).toContain('## What for?')
  })

  test('a good plan gets no message and exit 0', () => {
    const cwd = temporaryProject({'plan.md': good, 'notes.txt': goodText})
    const result = runWhatfor(['--report', 'json', '.'], {cwd})
    expect(result.code).toBe(0)
    const files = parseJsonReport(result.stdout)
    expect(files.map((file) => file.path).sort()).toEqual(['notes.txt', 'plan.md'])
    expect(files.flatMap((file) => file.messages)).toEqual([])
  })

  test('the default report shows each finding with its citation, on stdout', () => {
    const cwd = temporaryProject({'plan.md': channelFirst})
    const result = runWhatfor(['plan.md'], {cwd})
    expect(result.code).toBe(1)
    expect(result.stderr).toBe('')
    expect(result.stdout).toContain('no-channel-first')
    expect(result.stdout).toContain('Joel Kelly')
  })

  test('reads stdin when no file is given', () => {
    const cwd = temporaryProject({})
    const result = runWhatfor(['--report', 'json'], {cwd, input: channelFirst})
    expect(result.code).toBe(1)
    expect(
      parseJsonReport(result.stdout)[0]!.messages.some(
        (message) => message.ruleId === 'no-channel-first'
      )
    ).toBe(true)
  })

  test('lints folders and globs: .md, .markdown and .txt, nothing else', () => {
    const cwd = temporaryProject({
      'docs/a.md': good,
      'docs/b.markdown': good,
      'docs/c.txt': goodText,
      'docs/d.html': channelFirst,
      'docs/e.json': '{}'
    })
    const folder = runWhatfor(['--report', 'json', 'docs'], {cwd})
    expect(
      parseJsonReport(folder.stdout)
        .map((file) => file.path)
        .sort()
    ).toEqual(['docs/a.md', 'docs/b.markdown', 'docs/c.txt'])
    const glob = runWhatfor(['--report', 'json', 'docs/*.md'], {cwd})
    expect(parseJsonReport(glob.stdout).map((file) => file.path)).toEqual(['docs/a.md'])
  })
})

describe('configuration', () => {
  test('.whatforrc.json turns a rule off; the nearest config wins', () => {
    const cwd = temporaryProject({
      '.whatforrc.json': JSON.stringify({rules: {'no-channel-first': 'off'}}),
      'plan.md': channelFirst,
      'strict/.whatforrc.json': JSON.stringify({rules: {}}),
      'strict/plan.md': channelFirst
    })
    const files = parseJsonReport(runWhatfor(['--report', 'json', '.'], {cwd}).stdout)
    const rulesIn = (name: string): string[] =>
      files.find((file) => file.path === name)!.messages.map((message) => String(message.ruleId))
    expect(rulesIn('plan.md')).not.toContain('no-channel-first')
    expect(rulesIn('strict/plan.md')).toContain('no-channel-first')
  })

  test('a "whatfor" field in package.json and .whatforrc.yml work', () => {
    const fromPackage = temporaryProject({
      'package.json': JSON.stringify({whatfor: {rules: {'what-for': 'off'}}}),
      'plan.md': noWhatFor
    })
    expect(
      parseJsonReport(
        runWhatfor(['--report', 'json', 'plan.md'], {cwd: fromPackage}).stdout
      )[0]!.messages.map((message) => message.ruleId)
    ).not.toContain('what-for')
    const fromYaml = temporaryProject({
      '.whatforrc.yml': 'rules:\n  what-for: off\n',
      'plan.md': noWhatFor
    })
    expect(
      parseJsonReport(
        runWhatfor(['--report', 'json', 'plan.md'], {cwd: fromYaml}).stdout
      )[0]!.messages.map((message) => message.ruleId)
    ).not.toContain('what-for')
  })

  test('a severity lowered to warning passes unless --frail', () => {
    const cwd = temporaryProject({
      '.whatforrc.json': JSON.stringify({
        rules: {'no-channel-first': 'warning', 'what-for': 'warning'}
      }),
      'plan.md': channelFirst
    })
    const relaxed = runWhatfor(['--report', 'json', 'plan.md'], {cwd})
    const message = parseJsonReport(relaxed.stdout)[0]!.messages.find(
      (candidate) => candidate.ruleId === 'no-channel-first'
    )
    expect(message?.fatal).toBe(false)
    const errors = parseJsonReport(relaxed.stdout)[0]!.messages.filter(
      (candidate) => candidate.fatal === true
    )
    expect(relaxed.code).toBe(errors.length > 0 ? 1 : 0)
    expect(runWhatfor(['--frail', 'plan.md'], {cwd}).code).toBe(1)
  })

  test('.whatforignore skips files', () => {
    const cwd = temporaryProject({
      '.whatforignore': 'drafts/\n',
      'drafts/plan.md': channelFirst,
      'plan.md': good
    })
    const files = parseJsonReport(runWhatfor(['--report', 'json', '.'], {cwd}).stdout)
    expect(files.map((file) => file.path)).toEqual(['plan.md'])
  })
})

describe('inline comments', () => {
  const withComment = (comment: string): string => `${comment}\n\n${channelFirst}`

  test('<!-- whatfor disable RULE --> and enable', () => {
    const cwd = temporaryProject({
      'disabled.md': withComment('<!-- whatfor disable no-channel-first -->'),
      'reenabled.md': `<!-- whatfor disable no-channel-first -->\n\n<!-- whatfor enable no-channel-first -->\n\n${channelFirst}`
    })
    const files = parseJsonReport(runWhatfor(['--report', 'json', '.'], {cwd}).stdout)
    const rulesIn = (name: string): string[] =>
      files.find((file) => file.path === name)!.messages.map((message) => String(message.ruleId))
    expect(rulesIn('disabled.md')).not.toContain('no-channel-first')
    expect(rulesIn('reenabled.md')).toContain('no-channel-first')
  })

  test('<!-- whatfor ignore RULE --> silences the next node only', () => {
    const listStart = channelFirst.indexOf('\n- ') + 1 || channelFirst.indexOf('\n* ') + 1
    const ignored = `${channelFirst.slice(0, listStart)}<!-- whatfor ignore no-channel-first -->\n\n${channelFirst.slice(listStart)}`
    const cwd = temporaryProject({'plan.md': ignored})
    const messages = parseJsonReport(runWhatfor(['--report', 'json', 'plan.md'], {cwd}).stdout)[0]!
      .messages
    expect(messages.map((message) => message.ruleId)).not.toContain('no-channel-first')
  })

  test('a comment naming an unknown rule is reported', () => {
    const cwd = temporaryProject({'plan.md': withComment('<!-- whatfor disable no-such-rule -->')})
    const messages = parseJsonReport(runWhatfor(['--report', 'json', 'plan.md'], {cwd}).stdout)[0]!
      .messages
    expect(messages.some((message) => message.reason.includes('no-such-rule'))).toBe(true)
  })
})

describe('exit code 2: the run could not start', () => {
  test.each([
    [['--no-such-flag', 'plan.md'], /Unknown option '--no-such-flag'/],
    [['--report', 'nope', 'plan.md'], /Unknown reporter `nope`, expected one of: /],
    [['--rc-path', 'missing.json', 'plan.md'], /missing\.json/],
    [['--explain', 'no-such-rule'], /Unknown rule `no-such-rule`/]
  ])('whatfor %j', (args, pattern) => {
    const cwd = temporaryProject({'plan.md': good})
    const result = runWhatfor(args as string[], {cwd})
    expect(result.code).toBe(2)
    expect(result.stderr).toMatch(pattern)
    expect(result.stderr.trim().split('\n')).toHaveLength(1)
    noStackTrace(result.stderr)
  })
})

describe('bad input: one clear error naming the file, the other files still linted', () => {
  const cases: Array<[string, string | Buffer, RegExp]> = [
    [
      'binary.md',
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]),
      /binary file/
    ],
    [
      'latin1.md',
      Buffer.from('# Plan\n\nWe exist so that caf\xe9 owners can meet.\n', 'latin1'),
      /UTF-8/
    ],
    [
      'huge.md',
      `# Plan\n\n${'We exist so that neighbours can share tools. '.repeat(250000)}\n`,
      /at most 8\.0 MB/
    ],
    ['frontmatter.md', `---\ntitle: [unclosed\nowner: Sam\n---\n\n${good}`, /front matter/]
  ]

  test.each(cases)('%s', (name, content, pattern) => {
    const cwd = temporaryProject({[name]: content, 'good.md': good})
    const result = runWhatfor(['--report', 'json', '.'], {cwd})
    expect(result.code).toBe(1)
    const files = parseJsonReport(result.stdout)
    const bad = files.find((file) => file.path === name)!
    const error = bad.messages.find((message) => message.fatal === true)
    expect(error?.reason).toMatch(pattern)
    expect(error?.reason).not.toContain('\n')
    expect(files.find((file) => file.path === 'good.md')!.messages).toEqual([])
    const pretty = runWhatfor(['.'], {cwd})
    expect(pretty.stdout).toContain(name)
    noStackTrace(pretty.stdout + pretty.stderr)
  })

  test('an empty file gets a warning and nothing else', () => {
    const cwd = temporaryProject({'empty.md': '', 'good.md': good})
    const result = runWhatfor(['--report', 'json', '.'], {cwd})
    expect(result.code).toBe(0)
    const messages = parseJsonReport(result.stdout).find(
      (file) => file.path === 'empty.md'
    )!.messages
    expect(messages).toHaveLength(1)
    expect(messages[0]!.reason).toMatch(/empty file/)
    expect(messages[0]!.fatal).toBe(false)
  })

  test.each([
    [
      'a broken .whatforrc.json',
      '.whatforrc.json',
      '{"rules": {"what-for": "off",}',
      /Cannot parse|Unexpected|JSON/
    ],
    [
      'an unknown rule',
      '.whatforrc.json',
      JSON.stringify({rules: {'no-such-rule': 'error'}}),
      /unknown rule `no-such-rule`/
    ],
    [
      'a bad severity',
      '.whatforrc.json',
      JSON.stringify({rules: {'what-for': 'loud'}}),
      /Unexpected severity `loud` for rule `what-for`/
    ],
    ['an unknown field', '.whatforrc.json', JSON.stringify({rulez: {}}), /unknown field `rulez`/]
  ])(
    '%s names the config file, files under other configs are still linted',
    (_label, configName, config, pattern) => {
      const cwd = temporaryProject({
        [`broken/${configName}`]: config,
        'broken/plan.md': good,
        'plan.md': channelFirst
      })
      const result = runWhatfor(['--report', 'json', '.'], {cwd})
      expect(result.code).toBe(1)
      const files = parseJsonReport(result.stdout)
      const error = files
        .find((file) => file.path === 'broken/plan.md')!
        .messages.find((message) => message.fatal === true)
      expect(error?.reason).toMatch(pattern)
      expect(error?.reason).toContain(configName)
      expect(
        files.find((file) => file.path === 'plan.md')!.messages.map((message) => message.ruleId)
      ).toContain('no-channel-first')
      const pretty = runWhatfor(['.'], {cwd})
      noStackTrace(pretty.stdout + pretty.stderr)
    }
  )

  test('never writes to the files it lints', () => {
    const cwd = temporaryProject({'plan.md': channelFirst, 'notes.txt': goodText})
    const before = ['plan.md', 'notes.txt'].map((name) => [
      readFileSync(path.join(cwd, name), 'utf8'),
      statSync(path.join(cwd, name)).mtimeMs
    ])
    runWhatfor(['.'], {cwd})
    runWhatfor(['--report', 'json', '.'], {cwd})
    const after = ['plan.md', 'notes.txt'].map((name) => [
      readFileSync(path.join(cwd, name), 'utf8'),
      statSync(path.join(cwd, name)).mtimeMs
    ])
    expect(after).toEqual(before)
  })
})

describe('help and explain', () => {
  test('--explain prints the argument, quote, source and docs', () => {
    const result = runWhatfor(['--explain', 'no-channel-first'], {cwd: temporaryProject({})})
    expect(result.code).toBe(0)
    for (const part of [
      'no-channel-first (error)',
      'Joel Kelly',
      'Social media IS NOT its networks',
      '2008-12-07',
      'readme.md'
    ])
      expect(result.stdout).toContain(part)
  })

  test('--list-rules lists every rule with its severity', () => {
    const result = runWhatfor(['--list-rules'], {cwd: temporaryProject({})})
    expect(result.code).toBe(0)
    expect(result.stdout.trim().split('\n')).toHaveLength(18)
    expect(result.stdout).toMatch(/tactic-needs-purpose\s+off/)
  })

  test('--help and --version', () => {
    const cwd = temporaryProject({})
    expect(runWhatfor(['--help'], {cwd}).stdout).toContain('Usage: whatfor')
    expect(runWhatfor(['--version'], {cwd}).stdout).toMatch(/^\d+\.\d+\.\d+\n$/)
  })
})
