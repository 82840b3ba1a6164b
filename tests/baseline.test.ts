import {readFileSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {CHANNEL_FIRST, GOOD, plan, tempDir, whatfor, writeFiles} from './helpers/integrations.js'

interface JsonFile {
  path: string
  messages: Array<{ruleId: string | null; line: number | null; fatal: boolean | null}>
}

function report(cwd: string, args: readonly string[]) {
  const result = whatfor(['--report', 'json', ...args], {cwd})
  return {...result, files: result.stdout ? (JSON.parse(result.stdout) as JsonFile[]) : []}
}

function findings(files: readonly JsonFile[]): string[] {
  return files
    .flatMap((file) => file.messages.map((message) => `${file.path}:${message.ruleId}`))
    .sort()
}

// A team with existing plans adopts whatfor: record today, hear only about what is added.
function adopted() {
  const dir = tempDir('whatfor-baseline-')
  writeFiles(dir, {[`docs/${CHANNEL_FIRST}`]: plan(CHANNEL_FIRST), [`docs/${GOOD}`]: plan(GOOD)})
  const before = report(dir, ['docs'])
  expect(before.code).toBe(1)
  const written = whatfor(['--write-baseline', '.whatfor-baseline.json', 'docs'], {cwd: dir})
  return {dir, before, written}
}

describe('--baseline and --write-baseline', () => {
  it('records every rule finding and reports none of them afterwards', () => {
    const {dir, before, written} = adopted()
    const count = findings(before.files).length
    expect(count).toBeGreaterThan(2)
    expect(written.code).toBe(0)
    expect(written.stderr).toContain(
      `wrote ${count} findings in 1 file to baseline \`.whatfor-baseline.json\``
    )
    const baseline = JSON.parse(readFileSync(path.join(dir, '.whatfor-baseline.json'), 'utf8'))
    expect(baseline.whatforBaseline).toBe(1)
    expect(
      baseline.findings.every((entry: {file: string}) => entry.file === `docs/${CHANNEL_FIRST}`)
    ).toBe(true)
    // Line numbers are not part of a finding's identity.
    expect(JSON.stringify(baseline)).not.toMatch(/"line"/)

    const after = report(dir, ['--baseline', '.whatfor-baseline.json', 'docs'])
    expect(after.code).toBe(0)
    expect(findings(after.files)).toEqual([])
  })

  it('does not bring findings back when lines are added or changed above them', () => {
    const {dir} = adopted()
    const file = path.join(dir, 'docs', CHANNEL_FIRST)
    const edited = readFileSync(file, 'utf8').replace(
      /^# .*\n/,
      '# Q3 Social Media Plan (revised)\n\nDraft 3, after the board meeting on Tuesday.\n\nAnother paragraph of context.\n'
    )
    writeFileSync(file, edited)
    const moved = report(dir, ['docs'])
    // The findings really did move down the file…
    expect(
      moved.files
        .flatMap((entry) => entry.messages)
        .every((message) => (message.line ?? 0) > 3 || message.ruleId !== 'no-channel-first')
    ).toBe(true)
    // …and the baseline still knows every one of them.
    const after = report(dir, ['--baseline', '.whatfor-baseline.json', 'docs'])
    expect(findings(after.files)).toEqual([])
    expect(after.code).toBe(0)
  })

  it('reports a problem that is added, including a second copy of a known one', () => {
    const {dir} = adopted()
    const file = path.join(dir, 'docs', CHANNEL_FIRST)
    const original = readFileSync(file, 'utf8')
    const known = report(dir, ['docs'])
      .files.flatMap((entry) => entry.messages)
      .filter((message) => message.ruleId === 'no-vanity-metrics').length
    expect(known).toBeGreaterThan(0)
    // The same vanity goal written twice: the copy is new work to review.
    writeFileSync(
      file,
      original.replace(
        '- Grow total followers across channels by 25%',
        '- Grow total followers across channels by 25%\n- Grow total followers across channels by 25%'
      )
    )
    const doubled = report(dir, ['--baseline', '.whatfor-baseline.json', 'docs'])
    expect(findings(doubled.files)).toEqual([`docs/${CHANNEL_FIRST}:no-vanity-metrics`])

    // A new plan that opens with channels is reported in full, with exit code 1.
    writeFiles(dir, {'docs/new-plan.md': plan('channel-first-list-of-networks.md')})
    const added = report(dir, ['--baseline', '.whatfor-baseline.json', 'docs'])
    expect(added.code).toBe(1)
    expect(findings(added.files)).toContain('docs/new-plan.md:no-channel-first')
    expect(
      findings(added.files).filter((entry) => entry.startsWith(`docs/${CHANNEL_FIRST}`))
    ).toEqual([`docs/${CHANNEL_FIRST}:no-vanity-metrics`])
  })

  it('matches from another working folder: paths are relative to the baseline file', () => {
    const {dir} = adopted()
    const fromDocs = report(path.join(dir, 'docs'), [
      '--baseline',
      '../.whatfor-baseline.json',
      '.'
    ])
    expect(fromDocs.code).toBe(0)
    expect(findings(fromDocs.files)).toEqual([])
  })

  it('never accepts a file that cannot be linted', () => {
    const dir = tempDir('whatfor-baseline-')
    writeFiles(dir, {'docs/logo.md': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0])})
    expect(whatfor(['--write-baseline', 'b.json', 'docs'], {cwd: dir}).code).toBe(1)
    const after = report(dir, ['--baseline', 'b.json', 'docs'])
    expect(after.code).toBe(1)
    expect(findings(after.files)).toEqual(['docs/logo.md:binary-file'])
  })

  it('stops with one clear line for a missing or broken baseline, or both flags', () => {
    const dir = tempDir('whatfor-baseline-')
    writeFiles(dir, {
      'plan.md': plan(GOOD),
      'broken.json': '{"whatforBaseline": 1, "findings": [',
      'other.json': '{"eslint": true}'
    })
    const cases: Array<[string[], RegExp]> = [
      [
        ['--baseline', 'nope.json', 'plan.md'],
        /^whatfor: Cannot read baseline `nope.json`: no such file \(create one with --write-baseline\)\n$/
      ],
      [
        ['--baseline', 'broken.json', 'plan.md'],
        /^whatfor: Cannot parse baseline `broken.json`: .+\n$/
      ],
      [
        ['--baseline', 'other.json', 'plan.md'],
        /^whatfor: Unexpected baseline `other.json`, expected a file written by `whatfor --write-baseline`/
      ],
      [
        ['--baseline', 'a.json', '--write-baseline', 'a.json', 'plan.md'],
        /^whatfor: Unexpected --baseline with --write-baseline/
      ]
    ]
    for (const [args, stderr] of cases) {
      const result = whatfor(args, {cwd: dir})
      expect(result.code, args.join(' ')).toBe(2)
      expect(result.stderr).toMatch(stderr)
      expect(result.stderr.split('\n').filter(Boolean)).toHaveLength(1)
    }
  })
})
