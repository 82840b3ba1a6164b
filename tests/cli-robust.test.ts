import {execFileSync, spawnSync} from 'node:child_process'
import {existsSync, mkdirSync, symlinkSync, truncateSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, test} from 'vitest'
import {
  type CliResult,
  examplePlan,
  type JsonFileReport,
  parseJsonReport,
  runWhatfor,
  temporaryProject,
  whatforBin
} from './helpers/cli.js'

// whatfor under odd and hostile input, run as users run it (issue #13): every
// other file is still linted and reported, no run hangs or grows without
// bound, and each problem is one plain line on the file it concerns.

const plan = examplePlan
const good = plan('good-bakery-cooperative.md')
const noWhatFor = plan('no-what-for-sales-targets.md')
const channelFirst = plan('channel-first-list-of-networks.md')

/**
 * `whatfor`, given at most `seconds` to finish: a run that blocks on a named
 * pipe or reads a device for ever fails here instead of hanging the suite.
 */
function runWithin(seconds: number, args: readonly string[], cwd: string): CliResult {
  const result = spawnSync(process.execPath, [whatforBin, ...args], {
    cwd,
    input: '',
    env: {...process.env, NO_COLOR: '1', FORCE_COLOR: '0'},
    encoding: 'utf8',
    timeout: seconds * 1000,
    maxBuffer: 64 * 1024 * 1024
  })
  expect(result.error, `whatfor ${args.join(' ')} did not finish in ${seconds} s`).toBeUndefined()
  return {code: result.status, stdout: result.stdout, stderr: result.stderr}
}

function fileIn(files: readonly JsonFileReport[], name: string): JsonFileReport {
  const file = files.find((candidate) => candidate.path === name)
  expect(file, `${name} in ${files.map((candidate) => candidate.path).join(', ')}`).toBeDefined()
  return file!
}

/** The one fatal message of a refused file. */
/**
 * A limit flag raised far enough lets `file` through, and a value that is no
 * number stops the run with one line naming it (exit 2).
 */
function expectLimitFlag(
  cwd: string,
  file: string,
  ruleId: string,
  raise: readonly [string, string],
  bad: {readonly value: string; readonly stderr: string}
): void {
  const raised = parseJsonReport(runWithin(120, ['--report', 'json', ...raise, file], cwd).stdout)
  expect(raised[0]!.messages.map((message) => message.ruleId)).not.toContain(ruleId)
  const refused = runWithin(30, [raise[0], bad.value, file], cwd)
  expect(refused.code).toBe(2)
  expect(refused.stderr.trim()).toBe(bad.stderr)
}

function refusal(file: JsonFileReport) {
  const fatal = file.messages.filter((message) => message.fatal === true)
  expect(fatal).toHaveLength(1)
  expect(fatal[0]!.reason).not.toContain('\n')
  return fatal[0]!
}

describe('what a path is, checked before it is read', () => {
  test('a named pipe called plan.md in a linted folder is reported, the plan beside it linted', () => {
    const cwd = temporaryProject({'docs/good.md': good, 'docs/other.md': noWhatFor})
    execFileSync('mkfifo', [path.join(cwd, 'docs/pipe.md')])
    const result = runWithin(30, ['--report', 'json', 'docs'], cwd)
    expect(result.code).toBe(1)
    const files = parseJsonReport(result.stdout)
    expect(files.map((file) => file.path).sort()).toEqual([
      'docs/good.md',
      'docs/other.md',
      'docs/pipe.md'
    ])
    const pipe = refusal(fileIn(files, 'docs/pipe.md'))
    expect(pipe.ruleId).toBe('not-a-file')
    expect(pipe.reason).toMatch(/^Cannot lint a named pipe \(FIFO\), expected a regular file/)
    expect(fileIn(files, 'docs/good.md').messages).toEqual([])
    expect(fileIn(files, 'docs/other.md').messages.map((message) => message.ruleId)).toContain(
      'what-for'
    )
  })

  test('whatfor /dev/zero good.md: the device is refused unread, the plan is linted', () => {
    const cwd = temporaryProject({'good.md': good})
    const result = runWithin(30, ['--report', 'json', '/dev/zero', 'good.md'], cwd)
    expect(result.code).toBe(1)
    const files = parseJsonReport(result.stdout)
    expect(files).toHaveLength(2)
    const device = refusal(files.find((file) => file.path.endsWith('dev/zero'))!)
    expect(device.reason).toMatch(/^Cannot lint a character device, expected a regular file/)
    expect(fileIn(files, 'good.md').messages).toEqual([])
    const pretty = runWithin(30, ['/dev/zero', 'good.md'], cwd)
    expect(pretty.stdout).toContain('Cannot lint a character device')
    expect(pretty.stdout + pretty.stderr).not.toMatch(/\n\s+at .+:\d+:\d+/)
  })

  test('a 3 GB file gets the size message without being read', () => {
    // Sparse: no disk used. Read whole, it was "greater than 2 GiB" or "Cannot create a string".
    const cwd = temporaryProject({'good.md': good, 'huge.md': ''})
    truncateSync(path.join(cwd, 'huge.md'), 3 * 1024 * 1024 * 1024)
    const result = runWithin(30, ['--report', 'json', '.'], cwd)
    const files = parseJsonReport(result.stdout)
    const huge = refusal(fileIn(files, 'huge.md'))
    expect(huge.ruleId).toBe('file-too-large')
    expect(huge.reason).toBe(
      'Cannot lint a file of 3072.0 MB, expected a plan of at most 8.0 MB (set --max-size to raise the limit)'
    )
    expect(fileIn(files, 'good.md').messages).toEqual([])
  })

  test.runIf(existsSync('/proc/cpuinfo'))(
    'a file whose size the file system does not know is read only up to the limit',
    () => {
      // /proc files say they are empty and then yield their text: only the
      // bounded read notices the limit, and it stops one byte past it.
      const cwd = temporaryProject({'good.md': good})
      const result = runWithin(30, ['--report', 'json', '--max-size', '100', '/proc/cpuinfo'], cwd)
      const [file] = parseJsonReport(result.stdout)
      expect(refusal(file!).reason).toBe(
        'Cannot lint a file of more than 100 bytes, expected a plan of at most 100 bytes (set --max-size to raise the limit)'
      )
    }
  )
})

describe('symbolic links', () => {
  test('a folder loop (sub/up -> ..) and a second path to a folder: each real file once', () => {
    const cwd = temporaryProject({'docs/a.md': good, 'docs/sub/b.md': noWhatFor})
    symlinkSync('..', path.join(cwd, 'docs/sub/up'))
    symlinkSync('sub', path.join(cwd, 'docs/also'))
    symlinkSync('a.md', path.join(cwd, 'docs/latest.md'))
    const result = runWithin(60, ['--report', 'json', 'docs'], cwd)
    expect(result.code).toBe(1)
    // The first path in sort order is the one reported.
    expect(parseJsonReport(result.stdout).map((file) => file.path)).toEqual([
      'docs/a.md',
      'docs/also/b.md'
    ])
    // Named twice on the command line: linted once too.
    const twice = parseJsonReport(
      runWithin(30, ['--report', 'json', 'docs/a.md', 'docs/latest.md', 'docs/a.md'], cwd).stdout
    )
    expect(twice.map((file) => file.path)).toEqual(['docs/a.md'])
  })
})

describe('text', () => {
  test('U+FFFD written in valid UTF-8 is text; invalid bytes are still refused', () => {
    const cwd = temporaryProject({
      'replacement.md': `${good}\nA cell left blank shows as \uFFFD in the export.\n`,
      'latin1.md': Buffer.from('# Plan\n\nWe exist so that caf\xe9 owners can meet.\n', 'latin1')
    })
    const files = parseJsonReport(runWithin(30, ['--report', 'json', '.'], cwd).stdout)
    expect(fileIn(files, 'replacement.md').messages).toEqual([])
    const badByte = Buffer.byteLength('# Plan\n\nWe exist so that caf') + 1
    expect(refusal(fileIn(files, 'latin1.md')).reason).toContain(`invalid bytes at byte ${badByte}`)
  })

  test('a NUL byte anywhere makes a file binary, not only in its first 8,000 characters', () => {
    const cwd = temporaryProject({
      'late-nul.md': `${good}${'\nMore notes on the plan.\n'.repeat(500)}\0\n`,
      'good.md': good
    })
    const files = parseJsonReport(runWithin(30, ['--report', 'json', '.'], cwd).stdout)
    expect(refusal(fileIn(files, 'late-nul.md')).ruleId).toBe('binary-file')
    expect(fileIn(files, 'good.md').messages).toEqual([])
  })
})

describe('encodings', () => {
  const utf16 = (text: string, endian: 'le' | 'be'): Buffer => {
    const body = Buffer.from(text, 'utf16le')
    if (endian === 'be') body.swap16()
    return Buffer.concat([Buffer.from(endian === 'le' ? [0xff, 0xfe] : [0xfe, 0xff]), body])
  }
  const positions = (file: JsonFileReport) =>
    file.messages.map((message) => ({
      ruleId: message.ruleId,
      line: message.line,
      column: message.column,
      place: (message as {place?: unknown}).place
    }))

  test('a UTF-8 byte order mark moves no finding; UTF-16 with a mark is read, not called binary', () => {
    const cwd = temporaryProject({
      'plain.md': noWhatFor,
      'bom.md': Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(noWhatFor)]),
      'le.md': utf16(noWhatFor, 'le'),
      'be.md': utf16(noWhatFor, 'be')
    })
    const files = parseJsonReport(runWithin(30, ['--report', 'json', '.'], cwd).stdout)
    const expected = positions(fileIn(files, 'plain.md'))
    expect(expected.map((message) => message.ruleId)).toContain('what-for')
    for (const name of ['bom.md', 'le.md', 'be.md'])
      expect(positions(fileIn(files, name)), name).toEqual(expected)
  })

  test('a byte order mark on stdin moves no finding either', () => {
    const cwd = temporaryProject({})
    const plain = runWhatfor(['--report', 'json'], {cwd, input: noWhatFor})
    const marked = runWhatfor(['--report', 'json'], {cwd, input: `\uFEFF${noWhatFor}`})
    expect(positions(parseJsonReport(marked.stdout)[0]!)).toEqual(
      positions(parseJsonReport(plain.stdout)[0]!)
    )
  })

  test('UTF-16 with a mark on stdin is read as the same text, not called binary', () => {
    const cwd = temporaryProject({})
    const expected = positions(
      parseJsonReport(runWhatfor(['--report', 'json'], {cwd, input: noWhatFor}).stdout)[0]!
    )
    expect(expected.map((message) => message.ruleId)).toContain('what-for')
    for (const endian of ['le', 'be'] as const) {
      const result = runWhatfor(['--report', 'json'], {cwd, input: utf16(noWhatFor, endian)})
      expect(positions(parseJsonReport(result.stdout)[0]!), endian).toEqual(expected)
    }
  })

  test('bytes on stdin that are not text get the reason a file would', () => {
    const cwd = temporaryProject({})
    const reasonFor = (input: Buffer) => {
      const [file] = parseJsonReport(runWhatfor(['--report', 'json'], {cwd, input}).stdout)
      return refusal(file!).ruleId
    }
    expect(reasonFor(Buffer.from([0x61, 0xff, 0x62, 0x0a]))).toBe('invalid-utf8')
    expect(reasonFor(Buffer.from('# Plan\n\0\n'))).toBe('binary-file')
    // An odd number of bytes after a UTF-16 mark.
    expect(reasonFor(Buffer.from([0xff, 0xfe, 0x61, 0x00, 0x62]))).toBe('invalid-utf8')
  })

  test('stdin is read up to the size limit, not to its end', () => {
    const cwd = temporaryProject({})
    // `yes` never stops writing: whatfor must stop reading.
    const result = spawnSync(
      'sh',
      [
        '-c',
        `yes 'Post on Facebook' | "${process.execPath}" "${whatforBin}" --report json --max-size 1000`
      ],
      {cwd, encoding: 'utf8', timeout: 30000}
    )
    expect(result.signal).toBeNull()
    expect(refusal(parseJsonReport(result.stdout)[0]!).ruleId).toBe('file-too-large')
  })
})

describe('nothing to lint', () => {
  test.each([
    [
      'a folder with no plans',
      ['notes'],
      /`notes` \(no \.md, \.markdown, \.txt or \.docx file there/
    ],
    ['a glob that matches nothing', ['docs/*.mdx'], /`docs\/\*\.mdx` \(no file matches it\)/],
    ['a path that does not exist', ['plan.md', 'typo.md'], /`typo\.md` \(there is no such file/],
    ['a folder whose plans are all ignored', ['drafts'], /`drafts` \(no \.md/]
  ])('%s exits 2 with one line naming it', (_label, args, pattern) => {
    const cwd = temporaryProject({
      'plan.md': good,
      'notes/todo.html': '<p>later</p>',
      'docs/plan.md': good,
      'drafts/q3.md': channelFirst,
      '.whatforignore': 'drafts/*.md\n'
    })
    const result = runWithin(30, args, cwd)
    expect(result.code).toBe(2)
    expect(result.stdout).toBe('')
    const lines = result.stderr.trim().split('\n')
    expect(lines).toHaveLength(1)
    expect(lines[0]).toMatch(/^whatfor: Nothing to lint for /)
    expect(lines[0]).toMatch(pattern)
    expect(lines[0]).toContain('--no-error-on-unmatched-pattern')
    // With the flag the rest is linted as usual, and nothing at all is exit 0.
    const allowed = runWithin(
      30,
      ['--no-error-on-unmatched-pattern', '--report', 'json', ...args],
      cwd
    )
    expect(allowed.code).toBe(0)
    expect(allowed.stderr).toBe('')
    const paths = parseJsonReport(allowed.stdout).map((file) => file.path)
    expect(paths).toEqual(args.includes('plan.md') ? ['plan.md'] : [])
  })
})

describe('paths with glob characters', () => {
  test('a file named like a glob is linted when given by name, as hooks give it', () => {
    const cwd = temporaryProject({'plans/[draft] q3.md': noWhatFor, 'plans/d.md': good})
    const result = runWithin(30, ['--report', 'json', 'plans/[draft] q3.md'], cwd)
    expect(result.code).toBe(1)
    const files = parseJsonReport(result.stdout)
    expect(files.map((file) => file.path)).toEqual(['plans/[draft] q3.md'])
    expect(files[0]!.messages.map((message) => message.ruleId)).toContain('what-for')
  })
})

describe('nesting deeper than the parser can take', () => {
  const deep: Array<[string, string, number]> = [
    ['"- " × 2,000', `${'- '.repeat(2000)}x\n`, 1],
    ['"- " × 10,000', `${'- '.repeat(10000)}x\n`, 1],
    [
      'a list indented 1,000 levels (1 MB)',
      Array.from({length: 1000}, (_, level) => `${'  '.repeat(level)}- item ${level}\n`).join(''),
      33
    ],
    ['"> " × 5,000', `${'> '.repeat(5000)}x\n`, 1],
    ['emphasis 4,000 deep', `${'*a '.repeat(4000)}b${' a*'.repeat(4000)}\n`, 1]
  ]

  test.each(deep)(
    '%s: refused before parsing, naming the line and the limit',
    (_label, text, line) => {
      const cwd = temporaryProject({'deep.md': text, 'good.md': good})
      const result = runWithin(60, ['--report', 'json', '.'], cwd)
      expect(result.code).toBe(1)
      const files = parseJsonReport(result.stdout)
      const refused = refusal(fileIn(files, 'deep.md'))
      expect(refused.ruleId).toBe('nesting-too-deep')
      expect(refused.line).toBe(line)
      expect(refused.reason).toMatch(
        new RegExp(
          `nested more than 32 levels deep \\(line ${line}\\), expected at most 32 \\(set --max-nesting to raise the limit\\)$`
        )
      )
      expect(fileIn(files, 'good.md').messages).toEqual([])
    }
  )

  test('--max-nesting raises the limit', () => {
    const outline = Array.from({length: 40}, (_, level) => `${'  '.repeat(level)}- step ${level}\n`)
    const cwd = temporaryProject({'outline.md': `${good}\n${outline.join('')}`})
    const refused = parseJsonReport(runWithin(30, ['--report', 'json', 'outline.md'], cwd).stdout)
    expect(refused[0]!.messages.map((message) => message.ruleId)).toEqual(['nesting-too-deep'])
    expectLimitFlag(cwd, 'outline.md', 'nesting-too-deep', ['--max-nesting', '50'], {
      value: 'deep',
      stderr:
        'whatfor: Unexpected --max-nesting `deep`, expected a whole number of levels such as 32'
    })
  })

  test('tables too large to parse in bounded memory: refused before parsing, naming the line and the limit', () => {
    // 20,000 rows of three columns: 5 cells a line as counted (a line's pipes plus one).
    const table = `| Channel | Owner | Day |\n| --- | --- | --- |\n${'| Blog | Ana | Monday |\n'.repeat(20000)}`
    const text = `${good}\n${table}`
    const cwd = temporaryProject({'table.md': text, 'good.md': good})
    const refused = parseJsonReport(runWithin(60, ['--report', 'json', '.'], cwd).stdout)
    const message = refusal(fileIn(refused, 'table.md'))
    expect(message.ruleId).toBe('tables-too-large')
    const header = text.split('\n').indexOf('| Channel | Owner | Day |') + 1
    // 10 cells for header and delimiter, 5 a row: the 9,999th row passes 50,000.
    expect(message.line).toBe(header + 1 + 9999)
    expect(message.reason).toMatch(
      /^Cannot lint tables of more than 50000 cells in all \(line \d+\), expected at most 50000 \(set --max-table-cells to raise the limit\)$/
    )
    expect(fileIn(refused, 'good.md').messages).toEqual([])
    expectLimitFlag(cwd, 'table.md', 'tables-too-large', ['--max-table-cells', '200000'], {
      value: 'many',
      stderr:
        'whatfor: Unexpected --max-table-cells `many`, expected a whole number of cells such as 50000'
    })
  })
})

describe('control comments', () => {
  test('malformed comments are warnings on their own lines; the valid ones still work', () => {
    const comments = [
      '<!-- whatfor disable no-channel-first what-for -->',
      '<!-- whatfor -->',
      '<!-- whatfor disabled no-channel-first -->',
      '<!-- whatfor disable no-such-rule -->',
      '<!-- whatfor ignore no-such-rule name-the-executors -->'
    ]
    const cwd = temporaryProject({'plan.md': `${comments.join('\n\n')}\n\n${channelFirst}`})
    const result = runWithin(30, ['--report', 'json', 'plan.md'], cwd)
    const [file] = parseJsonReport(result.stdout)
    const rules = file!.messages.map((message) => message.ruleId)
    // The first comment is obeyed although later ones are broken.
    expect(rules).not.toContain('no-channel-first')
    expect(rules).not.toContain('what-for')
    expect(file!.messages.filter((message) => !message.ruleId)).toEqual([])
    const warnings = file!.messages.filter((message) => message.ruleId === 'control-comment')
    expect(warnings.map((message) => [message.line, message.fatal])).toEqual([
      [3, false],
      [5, false],
      [7, false],
      [9, false]
    ])
    expect(warnings[0]!.reason).toBe(
      'This whatfor comment is not understood (it says neither `disable`, `enable` nor `ignore`), so it does nothing: write `<!-- whatfor disable rule-id -->`'
    )
    expect(warnings[1]!.reason).toBe(
      'This whatfor comment is not understood (`disabled` is not `disable`, `enable` or `ignore`), so it does nothing: write `<!-- whatfor disable no-channel-first -->`'
    )
    expect(warnings[2]!.reason).toBe(
      'This whatfor comment is not understood: `no-such-rule` is not a whatfor rule (see `whatfor --list-rules`), so it does nothing'
    )
    expect(warnings[3]!.reason).toMatch(
      /`no-such-rule` is not a whatfor rule .*; it still works for `name-the-executors`$/
    )
    for (const warning of warnings) expect(warning.reason).not.toMatch(/undefined|Unknown keyword/)
  })
})

describe('lint threads', () => {
  test('messages from a thread carry every field, ancestors included, as in the main thread', () => {
    const files: Record<string, string> = {}
    // Files take turns between threads: enough of them that each thread gets some.
    for (let index = 0; index < 6; index++)
      files[`plan-${index}.md`] = `<!-- whatfor disabled what-for -->\n\n${noWhatFor}`
    const cwd = temporaryProject(files)
    const single = runWhatfor(['--report', 'json', '.'], {cwd, env: {WHATFOR_WORKERS: '0'}})
    const threaded = runWhatfor(['--report', 'json', '.'], {cwd, env: {WHATFOR_WORKERS: '2'}})
    expect(threaded).toEqual(single)
    const warnings = parseJsonReport(threaded.stdout).flatMap((file) =>
      file.messages.filter((message) => message.ruleId === 'control-comment')
    )
    expect(warnings).toHaveLength(6)
    for (const warning of warnings)
      expect((warning as {ancestors?: Array<{type: string}>}).ancestors?.[0]?.type).toBe('html')
    // The result cache keeps them too.
    const cached = runWhatfor(['--cache-location', 'cache', '--report', 'json', '.'], {cwd})
    const warm = runWhatfor(['--cache-location', 'cache', '--report', 'json', '.'], {cwd})
    expect(cached).toEqual(single)
    expect(warm).toEqual(single)
  })
})

describe('one bad file never costs the others', () => {
  test('every kind of refused file beside plans in one run: all reported, exit 1, no stack trace', () => {
    const cwd = temporaryProject({
      'good.md': good,
      'plan.md': channelFirst,
      'deep.md': `${'- '.repeat(3000)}x\n`,
      'binary.md': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 1]),
      'empty.md': '',
      'control.md': `<!-- whatfor -->\n\n${good}`
    })
    mkdirSync(path.join(cwd, 'sub'))
    symlinkSync('..', path.join(cwd, 'sub/up'))
    execFileSync('mkfifo', [path.join(cwd, 'pipe.md')])
    writeFileSync(path.join(cwd, 'sub/more.md'), noWhatFor)
    const result = runWithin(60, ['--report', 'json', '.'], cwd)
    expect(result.code).toBe(1)
    expect(result.stderr).toBe('')
    const files = parseJsonReport(result.stdout)
    expect(files.map((file) => file.path)).toEqual([
      'binary.md',
      'control.md',
      'deep.md',
      'empty.md',
      'good.md',
      'pipe.md',
      'plan.md',
      'sub/more.md'
    ])
    const pretty = runWithin(60, ['.'], cwd)
    expect(pretty.code).toBe(1)
    for (const name of ['binary.md', 'deep.md', 'pipe.md', 'plan.md', 'sub/more.md'])
      expect(pretty.stdout).toContain(name)
    expect(pretty.stdout + pretty.stderr).not.toMatch(/\n\s+at .+:\d+:\d+/)
  })
})

describe('a report that fails', () => {
  test('falls back to one line per finding: no file is lost', async () => {
    const {withFallback} = await import('../packages/cli/src/fallback-report.js')
    const {VFile} = await import('vfile')
    const files = ['a.md', 'b.md'].map((name) => {
      const file = new VFile({path: name, value: '# Plan\n'})
      const message = file.message(`Something in ${name}`, {
        place: {line: 1, column: 3},
        ruleId: 'what-for'
      })
      message.fatal = true
      return file
    })
    const warnings: string[] = []
    const failing = withFallback(
      () => {
        throw new RangeError('Maximum call stack size exceeded')
      },
      'pretty',
      (line) => warnings.push(line)
    )
    expect(await failing(files, {})).toBe(
      'a.md:1:3: error: Something in a.md [what-for]\nb.md:1:3: error: Something in b.md [what-for]'
    )
    expect(warnings).toEqual([
      'whatfor: the pretty report failed (Maximum call stack size exceeded); every finding follows, one per line'
    ])
  })
})
