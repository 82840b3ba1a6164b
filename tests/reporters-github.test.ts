import {appendFileSync, mkdirSync, readFileSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import * as core from '@actions/core'
import {github, githubReport} from '@whatfor/reporters'
import {VFile} from 'vfile'
import {afterEach, describe, expect, it, vi} from 'vitest'
import {
  CHANNEL_FIRST,
  cleanEnv,
  GOOD,
  gitRepo,
  plan,
  tempDir,
  whatfor,
  writeFiles
} from './helpers/integrations.js'

// Captures what @actions/core itself writes for an annotation, so the
// comparison is with the real library, not with our reading of it.
function coreOutput(call: () => void): string {
  const written: string[] = []
  const spy = vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    written.push(String(chunk))
    return true
  })
  try {
    call()
  } finally {
    spy.mockRestore()
  }
  return written.join('')
}

const HOSTILE_NAMES = [
  'plans/q3, final: 100% sure.md',
  'plans/line\nbreak\r%0A::error::x.md',
  'plans/a,b=c:d.md'
]
const HOSTILE_REASON =
  'Unexpected 100% of “reach”, goals: followers, likes\nsecond line\r\nthird: ::error::injected'

function hostileFile(cwd: string, name: string): VFile {
  const file = new VFile({path: name, cwd, value: 'x\n'.repeat(20)})
  const error = file.message(HOSTILE_REASON, {
    place: {start: {line: 3, column: 2}, end: {line: 3, column: 9}},
    ruleId: 'no-channel-first',
    source: 'whatfor'
  })
  error.fatal = true
  error.note = 'A quote, with: commas % and\nnewlines'
  const warning = file.message('Spans, lines: 50%', {
    place: {start: {line: 4, column: 1}, end: {line: 6, column: 3}},
    ruleId: 'no-vanity-metrics',
    source: 'whatfor'
  })
  warning.fatal = false
  const suggestion = file.message('Only a point', {
    place: {line: 7, column: 5},
    ruleId: 'name-the-community',
    source: 'whatfor'
  })
  suggestion.fatal = undefined
  const failure = file.message('Cannot process file: EACCES, permission denied')
  failure.fatal = true
  return file
}

afterEach(() => {
  vi.unstubAllEnvs()
})

describe('github reporter', () => {
  it('escapes hostile file names and messages exactly as @actions/core does', () => {
    const cwd = tempDir()
    for (const name of HOSTILE_NAMES) {
      const file = hostileFile(cwd, name)
      const ours = githubReport([file], {cwd, root: cwd}).commands
      const theirs = coreOutput(() => {
        const [error, warning, suggestion, failure] = file.messages
        core.error(`${HOSTILE_REASON}\n\nA quote, with: commas % and\nnewlines`, {
          title: 'whatfor no-channel-first',
          file: name,
          startLine: 3,
          endLine: 3,
          startColumn: 2,
          endColumn: 9
        })
        core.warning(warning!.reason, {
          title: 'whatfor no-vanity-metrics',
          file: name,
          startLine: 4,
          endLine: 6
        })
        core.notice(suggestion!.reason, {
          title: 'whatfor name-the-community',
          file: name,
          startLine: 7,
          endLine: 7,
          startColumn: 5
        })
        core.error(failure!.reason, {title: 'whatfor cannot-process', file: name})
        expect(error).toBeDefined()
      })
      expect(ours).toBe(theirs)
      // One command per line: nothing in a name or message can start another command.
      expect(ours.trimEnd().split('\n')).toHaveLength(4)
    }
  })

  it('writes a job summary with every finding and its citation, appending to the step file', () => {
    const cwd = tempDir()
    const summaryPath = path.join(cwd, 'step_summary.md')
    writeFileSync(summaryPath, 'earlier step output\n')
    const files = Array.from({length: 12}, (_, index) => hostileFile(cwd, `plans/plan-${index}.md`))
    vi.stubEnv('GITHUB_STEP_SUMMARY', summaryPath)
    const commands = github(files, {cwd, root: cwd})
    const summary = readFileSync(summaryPath, 'utf8')
    expect(
      summary.startsWith(
        'earlier step output\n## whatfor: 24 errors, 12 warnings, 12 suggestions in 12 files'
      )
    ).toBe(true)
    expect(summary).toContain('at most 10 annotations of each level per step')
    for (let index = 0; index < 12; index++)
      expect(summary).toContain(`<code>plans/plan-${index}.md</code>`)
    expect(summary.match(/A quote, with: commas % and newlines/g)).toHaveLength(12)
    expect(summary.match(/\*\*error\*\*/g)).toHaveLength(24)
    expect(commands.trimEnd().split('\n')).toHaveLength(48)
    appendFileSync(summaryPath, '')
  })

  it('keeps the summary under GitHub’s 1 MiB per step, saying how many findings it left out', () => {
    const cwd = tempDir()
    const files = Array.from({length: 3000}, (_, index) =>
      hostileFile(cwd, `plans/plan-${index}.md`)
    )
    const {summary, commands} = githubReport(files, {cwd, root: cwd})
    expect(Buffer.byteLength(summary)).toBeLessThan(1024 * 1024)
    const listed = summary.match(/^- /gm)!.length
    expect(listed).toBeGreaterThan(1000)
    expect(listed).toBeLessThan(12000)
    expect(summary).toContain(`${12000 - listed} more findings not listed`)
    expect(commands.trimEnd().split('\n')).toHaveLength(12000)
  })

  it('annotates a real run relative to the repository root, from a subfolder', () => {
    const repo = gitRepo()
    writeFiles(repo, {
      [`docs/plans/${CHANNEL_FIRST}`]: plan(CHANNEL_FIRST),
      [`docs/plans/${GOOD}`]: plan(GOOD),
      'docs/plans/logo.md': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 1])
    })
    mkdirSync(path.join(repo, 'docs/plans'), {recursive: true})
    const summaryPath = path.join(repo, 'summary.md')
    const result = whatfor(['--report', 'github', '.'], {
      cwd: path.join(repo, 'docs'),
      env: cleanEnv({GITHUB_STEP_SUMMARY: summaryPath})
    })
    expect(result.code).toBe(1)
    const lines = result.stdout.trimEnd().split('\n')
    expect(
      lines.some((line) =>
        line.startsWith(
          `::error title=whatfor no-channel-first,file=docs/plans/${CHANNEL_FIRST},line=3,endLine=9::`
        )
      )
    ).toBe(true)
    expect(
      lines.some((line) =>
        line.startsWith(
          '::error title=whatfor binary-file,file=docs/plans/logo.md::Cannot lint a binary file'
        )
      )
    ).toBe(true)
    expect(lines.every((line) => !line.includes(GOOD))).toBe(true)
    const summary = readFileSync(summaryPath, 'utf8')
    expect(summary).toContain(`<code>docs/plans/${CHANNEL_FIRST}</code>`)
    expect(summary).toContain('Social media IS NOT its networks')
    expect(summary).toContain('<code>docs/plans/logo.md</code>')
  })
})
