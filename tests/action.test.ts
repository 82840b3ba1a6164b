import {execFileSync} from 'node:child_process'
import {cpSync, existsSync, readFileSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import AjvDraft04 from 'ajv-draft-04'
import ajvFormats from 'ajv-formats'
import {beforeAll, describe, expect, it} from 'vitest'
import {docxFromMarkdown} from './helpers/docx-from-markdown.js'
import {
  CHANNEL_FIRST,
  cleanEnv,
  GOOD,
  git,
  gitRepo,
  plan,
  root,
  runNode,
  tempDir,
  writeFiles
} from './helpers/integrations.js'
import {readmeBlock} from './helpers/readme.js'

/**
 * The GitHub Action's bundle, run the way a runner runs it: `node main.mjs`
 * with GITHUB_* and INPUT_* variables, from a folder holding nothing but the
 * bundle, against a temporary repository with a base and a head commit.
 */

const Ajv: typeof AjvDraft04.default =
  AjvDraft04.default ?? (AjvDraft04 as unknown as typeof AjvDraft04.default)
const addFormats: typeof ajvFormats.default =
  ajvFormats.default ?? (ajvFormats as unknown as typeof ajvFormats.default)

let actionDir: string

beforeAll(() => {
  actionDir = tempDir('whatfor-action-')
  cpSync(path.join(root, 'packages/action/bundle/main.mjs'), path.join(actionDir, 'main.mjs'))
})

interface PullRequest {
  repo: string
  base: string
  head: string
}

// Base: an old channel-first plan nobody touches, and a good plan.
// Head: a new channel-first plan, an edit to the good plan, a script.
function pullRequest(extraHead: Record<string, string> = {}): PullRequest {
  const repo = gitRepo({
    'plans/old-channels.md': plan(CHANNEL_FIRST),
    [`plans/${GOOD}`]: plan(GOOD),
    'README.md': '# Plans\n'
  })
  git(repo, ['add', '.'])
  git(repo, ['commit', '-q', '-m', 'base'])
  const base = git(repo, ['rev-parse', 'HEAD']).trim()
  writeFiles(repo, {
    'plans/q3, social: 100%.md': plan(CHANNEL_FIRST),
    [`plans/${GOOD}`]: `${plan(GOOD)}\nReviewed in June.\n`,
    'tools/check.py': 'print("Facebook, Instagram")\n',
    ...extraHead
  })
  git(repo, ['add', '.'])
  git(repo, ['commit', '-q', '-m', 'head'])
  return {repo, base, head: git(repo, ['rev-parse', 'HEAD']).trim()}
}

function runAction(
  pr: PullRequest,
  inputs: Record<string, string>,
  options: {event?: object; eventName?: string; bundle?: string} = {}
) {
  const runner = tempDir('whatfor-runner-')
  const eventPath = path.join(runner, 'event.json')
  writeFileSync(
    eventPath,
    JSON.stringify(
      options.event ?? {
        action: 'opened',
        number: 7,
        pull_request: {
          number: 7,
          base: {sha: pr.base, ref: 'main'},
          head: {sha: pr.head, ref: 'q3'}
        }
      }
    )
  )
  const files = {summary: path.join(runner, 'summary.md'), output: path.join(runner, 'output.txt')}
  writeFileSync(files.summary, '')
  writeFileSync(files.output, '')
  const env = cleanEnv({
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: pr.repo,
    GITHUB_EVENT_NAME: options.eventName ?? 'pull_request',
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_STEP_SUMMARY: files.summary,
    GITHUB_OUTPUT: files.output,
    GITHUB_SHA: pr.head,
    INPUT_FILES: '',
    'INPUT_FAIL-ON': 'error',
    'INPUT_SARIF-FILE': '',
    INPUT_BASELINE: '',
    ...Object.fromEntries(
      Object.entries(inputs).map(([name, value]) => [`INPUT_${name.toUpperCase()}`, value])
    )
  })
  // Runners start JavaScript actions in the workspace.
  const result = runNode(options.bundle ?? path.join(actionDir, 'main.mjs'), [], {
    cwd: pr.repo,
    env
  })
  const annotations = result.stdout.split('\n').filter((line) => line.startsWith('::'))
  return {
    ...result,
    annotations,
    summary: readFileSync(files.summary, 'utf8'),
    outputs: readFileSync(files.output, 'utf8')
  }
}

describe('GitHub Action', () => {
  it('action.yml runs a committed bundle on node24 with the documented inputs', () => {
    // Read as text: the workspace has no YAML parser at its root, and the shape is simple.
    const action = readFileSync(path.join(root, 'action.yml'), 'utf8')
    const runs = action.slice(action.indexOf('\nruns:'))
    expect(runs).toMatch(/\n {2}using: node24\n/)
    const main = /\n {2}main: (\S+)\n/.exec(runs)?.[1]
    expect(main).toBe('packages/action/bundle/main.mjs')
    expect(existsSync(path.join(root, main!))).toBe(true)
    expect(git(root, ['ls-files', main!]).trim()).toBe(main)
    const inputs = action.slice(action.indexOf('\ninputs:'), action.indexOf('\noutputs:'))
    expect([...inputs.matchAll(/^ {2}([\w-]+):$/gm)].map((match) => match[1]).sort()).toEqual([
      'baseline',
      'fail-on',
      'files',
      'sarif-file'
    ])
  })

  it('the README workflow pins a commit whose action runs with the README’s inputs', () => {
    const workflow = readmeBlock('yaml', 'uses: whatfor-lint/whatfor@')
    const sha = /uses: whatfor-lint\/whatfor@(\S+)/.exec(workflow)![1]!
    // A full commit SHA of this repository, never a tag that does not exist.
    expect(sha).toMatch(/^[0-9a-f]{40}$/)
    const action = git(root, ['show', `${sha}:action.yml`])
    const main = /\n {2}main: (\S+)\n/.exec(action)?.[1]
    expect(main).toBeDefined()
    // The action as GitHub runs it at that commit: its committed bundle, nothing installed.
    const pinned = tempDir('whatfor-pinned-action-')
    writeFileSync(
      path.join(pinned, 'main.mjs'),
      execFileSync('git', ['show', `${sha}:${main}`], {cwd: root, maxBuffer: 64 * 1024 * 1024})
    )
    const step = workflow.slice(workflow.indexOf('uses: whatfor-lint/whatfor@'))
    const withBlock = step.slice(step.indexOf('with:'), step.indexOf('\n      - uses:'))
    const inputs = Object.fromEntries(
      [...withBlock.matchAll(/^ {10}([\w-]+): (\S+)/gm)].map((match) => [match[1]!, match[2]!])
    )
    expect(inputs).toEqual({'fail-on': 'error', 'sarif-file': 'whatfor.sarif'})
    const pr = pullRequest()
    const result = runAction(pr, inputs, {bundle: path.join(pinned, 'main.mjs')})
    expect(result.code, result.stdout + result.stderr).toBe(1)
    expect(result.annotations.some((line) => line.includes('no-channel-first'))).toBe(true)
    expect(existsSync(path.join(pr.repo, 'whatfor.sarif'))).toBe(true)
  })

  it('annotates only the plans the pull request changed, writes the summary, SARIF and outputs, and fails on errors', () => {
    const pr = pullRequest()
    const result = runAction(pr, {'sarif-file': 'reports/whatfor.sarif'})
    expect(result.code, result.stdout + result.stderr).toBe(1)
    // Annotations for the new plan, with its hostile name escaped; none for the untouched old plan.
    expect(
      result.annotations.some((line) =>
        line.startsWith(
          '::error title=whatfor no-channel-first,file=plans/q3%2C social%3A 100%25.md,line=3,endLine=9::'
        )
      )
    ).toBe(true)
    expect(result.annotations.filter((line) => line.includes('old-channels'))).toEqual([])
    expect(result.annotations.filter((line) => line.includes('check.py'))).toEqual([])
    expect(result.annotations.at(-1)).toMatch(
      /^::error::whatfor found \d+ errors \(fail-on: error\)/
    )

    expect(result.summary).toMatch(
      /^## whatfor: \d+ errors?, \d+ warnings?, \d+ suggestions? in 2 files/
    )
    expect(result.summary).toContain('<code>plans/q3, social: 100%.md</code>')
    expect(result.summary).toContain('Social media IS NOT its networks')
    expect(result.outputs).toMatch(/^errors=[1-9]\d*\nwarnings=\d+\nsuggestions=\d+\nfiles=2\n$/)

    const sarif = JSON.parse(readFileSync(path.join(pr.repo, 'reports/whatfor.sarif'), 'utf8'))
    const ajv = new Ajv({allErrors: true, strict: false})
    addFormats(ajv)
    const validate = ajv.compile(
      JSON.parse(readFileSync(path.join(root, 'fixtures/schemas/sarif-schema-2.1.0.json'), 'utf8'))
    )
    expect(validate(sarif), JSON.stringify(validate.errors)).toBe(true)
    const uris = new Set(
      sarif.runs[0].results.map(
        (entry: {locations: Array<{physicalLocation: {artifactLocation: {uri: string}}}>}) =>
          entry.locations[0]!.physicalLocation.artifactLocation.uri
      )
    )
    expect([...uris]).toEqual(['plans/q3%2C%20social%3A%20100%25.md'])
  })

  it('follows fail-on: never passes with annotations, warning fails on warnings that error lets through', () => {
    const pr = pullRequest({
      '.whatforrc.json': JSON.stringify({
        rules: {'no-channel-first': 'warning', 'what-for': 'warning'}
      })
    })
    const onError = runAction(pr, {'fail-on': 'error'})
    expect(onError.code, onError.stdout).toBe(0)
    expect(
      onError.annotations.some((line) =>
        line.startsWith('::warning title=whatfor no-channel-first')
      )
    ).toBe(true)
    expect(onError.outputs).toMatch(/^errors=0\n/)

    const onWarning = runAction(pr, {'fail-on': 'warning'})
    expect(onWarning.code).toBe(1)
    expect(onWarning.annotations.at(-1)).toMatch(
      /^::error::whatfor found 0 errors and \d+ warnings \(fail-on: warning\)/
    )

    const strict = pullRequest()
    const never = runAction(strict, {'fail-on': 'never'})
    expect(never.code).toBe(0)
    expect(
      never.annotations.some((line) => line.startsWith('::error title=whatfor no-channel-first'))
    ).toBe(true)
  })

  it('lints the `files` input instead of the changed files', () => {
    const pr = pullRequest()
    const result = runAction(pr, {files: 'plans/old-*.md\nREADME.md'})
    expect(result.code).toBe(1)
    expect(result.annotations.some((line) => line.includes('file=plans/old-channels.md'))).toBe(
      true
    )
    expect(result.annotations.filter((line) => line.includes('q3'))).toEqual([])
  })

  it('fetches the base commit a shallow checkout lacks', () => {
    const origin = pullRequest()
    const clone = tempDir('whatfor-shallow-')
    git(clone, ['clone', '-q', '--depth=1', `file://${origin.repo}`, '.'])
    expect(() => git(clone, ['cat-file', '-e', `${origin.base}^{commit}`])).toThrow()
    const result = runAction({repo: clone, base: origin.base, head: origin.head}, {})
    expect(result.code, result.stdout + result.stderr).toBe(1)
    expect(
      result.annotations.some((line) => line.includes('file=plans/q3%2C social%3A 100%25.md'))
    ).toBe(true)
    expect(result.annotations.filter((line) => line.includes('old-channels'))).toEqual([])
  })

  it('passes when no plan changed, and says so', () => {
    const repo = gitRepo({'README.md': '# x\n'})
    git(repo, ['add', '.'])
    git(repo, ['commit', '-q', '-m', 'base'])
    const base = git(repo, ['rev-parse', 'HEAD']).trim()
    writeFiles(repo, {'src/app.py': 'print(1)\n'})
    git(repo, ['add', '.'])
    git(repo, ['commit', '-q', '-m', 'head'])
    const result = runAction({repo, base, head: git(repo, ['rev-parse', 'HEAD']).trim()}, {})
    expect(result.code).toBe(0)
    expect(result.summary).toContain('No plan files (.md, .markdown, .txt, .docx) changed.')
  })

  it('lints a changed .docx, one of the plan files the summary names', async () => {
    const repo = gitRepo({'README.md': '# x\n'})
    git(repo, ['add', '.'])
    git(repo, ['commit', '-q', '-m', 'base'])
    const base = git(repo, ['rev-parse', 'HEAD']).trim()
    writeFiles(repo, {'plans/q3.docx': (await docxFromMarkdown(plan(CHANNEL_FIRST))).bytes})
    git(repo, ['add', '.'])
    git(repo, ['commit', '-q', '-m', 'head'])
    const result = runAction({repo, base, head: git(repo, ['rev-parse', 'HEAD']).trim()}, {})
    expect(result.code, result.stdout + result.stderr).toBe(1)
    expect(result.summary).not.toContain('No plan files')
    expect(
      result.annotations.some(
        (line) => line.includes('file=plans/q3.docx') && line.includes('no-channel-first')
      )
    ).toBe(true)
  })

  it('stops with one error annotation for a bad input or an event without a range', () => {
    const pr = pullRequest()
    const badInput = runAction(pr, {'fail-on': 'sometimes'})
    expect(badInput.code).toBe(1)
    expect(badInput.annotations).toEqual([
      '::error::Unexpected fail-on `sometimes`, expected error, warning or never'
    ])
    const noRange = runAction(pr, {}, {eventName: 'workflow_dispatch', event: {inputs: {}}})
    expect(noRange.code).toBe(1)
    expect(noRange.annotations).toEqual([
      '::error::Cannot tell which files changed: this event has no pull request or push range; set the `files` input'
    ])
    expect(noRange.stderr).not.toMatch(/\n\s+at /)
  })
})
