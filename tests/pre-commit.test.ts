import {spawnSync} from 'node:child_process'
import {cpSync, existsSync, mkdirSync, statSync} from 'node:fs'
import path from 'node:path'
import {beforeAll, describe, expect, it} from 'vitest'
import {blockChannelFirstCommitGood} from './helpers/commit-scenario.js'
import {docxFromMarkdown} from './helpers/docx-from-markdown.js'
import {
  CHANNEL_FIRST,
  cleanEnv,
  GOOD,
  git,
  gitRepo,
  plan,
  root,
  tempDir,
  whatfor
} from './helpers/integrations.js'
import {readmeBlock} from './helpers/readme.js'

/**
 * The pre-commit framework, for real: Debian's pre-commit (with Debian's own
 * python3) installs the hook from a git repository holding only what the hook
 * needs — .pre-commit-hooks.yaml and the committed bundle — with no npm, no
 * node_modules, no build: what a fresh machine with only node sees.
 */

const PRE_COMMIT = '/usr/bin/pre-commit'
const PYTHON = '/usr/bin/python3'
const available = existsSync(PRE_COMMIT) && existsSync(PYTHON)
if (!available && process.env.CI) {
  throw new Error(`${PRE_COMMIT} is missing: CI must install Debian's pre-commit (.ci/run does)`)
}
const describeWithPreCommit = available ? describe : describe.skip
if (!available) {
  // Shown as the skip reason in the test report.
  it('pre-commit hook (Debian pre-commit)', (context) => {
    context.skip(
      `${PRE_COMMIT} is not installed (apt-get install pre-commit); under CI this fails instead`
    )
  })
}

const HOOK_FILES = ['.pre-commit-hooks.yaml', 'hooks/whatfor.mjs']

let env: NodeJS.ProcessEnv

/**
 * A machine with node (and npm beside it) and the system tools, nothing else:
 * no pnpm, no workspace binaries; pre-commit's own cache in a fresh folder.
 */
function machineEnv(): NodeJS.ProcessEnv {
  const path_ = [path.dirname(process.execPath), '/usr/local/bin', '/usr/bin', '/bin'].join(
    path.delimiter
  )
  return cleanEnv({
    PRE_COMMIT_HOME: tempDir('whatfor-pre-commit-home-'),
    PRE_COMMIT_COLOR: 'never',
    PATH: path_
  })
}

function preCommit(cwd: string, args: readonly string[]) {
  const result = spawnSync(PYTHON, [PRE_COMMIT, ...args], {cwd, env, encoding: 'utf8'})
  return {code: result.status, output: `${result.stdout}${result.stderr}`}
}

/** Commit what `repo` holds, its .pre-commit-config.yaml included, then `pre-commit install`. */
function install(repo: string): void {
  git(repo, ['add', '.'], env)
  git(repo, ['commit', '-q', '-m', 'setup'], env)
  const installed = preCommit(repo, ['install'])
  expect(installed.code, installed.output).toBe(0)
  expect(existsSync(path.join(repo, '.git/hooks/pre-commit'))).toBe(true)
}

/** A hook repository like a user's clone of whatfor would be, but holding only the hook's files. */
function hookRepository(): {dir: string; rev: string} {
  const dir = tempDir('whatfor-hook-repo-')
  git(dir, ['init', '-q'], env)
  for (const file of HOOK_FILES) {
    mkdirSync(path.dirname(path.join(dir, file)), {recursive: true})
    cpSync(path.join(root, file), path.join(dir, file))
  }
  git(dir, ['add', '.'], env)
  git(dir, ['commit', '-q', '-m', 'whatfor hook'], env)
  return {dir, rev: git(dir, ['rev-parse', 'HEAD'], env).trim()}
}

describeWithPreCommit('pre-commit hook (Debian pre-commit)', () => {
  let hook: {dir: string; rev: string}

  beforeAll(() => {
    env = machineEnv()
    hook = hookRepository()
  })

  it('runs Debian’s pre-commit 3.x, which accepts the manifest', () => {
    expect(preCommit(root, ['--version']).output).toMatch(/^pre-commit 3\./)
    const manifest = preCommit(root, ['validate-manifest', '.pre-commit-hooks.yaml'])
    expect(manifest.code, manifest.output).toBe(0)
  })

  it('ships the bundle as an executable file in git, next to nothing else it needs', () => {
    expect(git(root, ['ls-files', '-s', 'hooks/whatfor.mjs'])).toMatch(/^100755 /)
    expect(statSync(path.join(root, 'hooks/whatfor.mjs')).mode & 0o111).not.toBe(0)
    // The hook repository really has no packages to resolve from.
    expect(existsSync(path.join(hook.dir, 'node_modules'))).toBe(false)
    expect(git(hook.dir, ['ls-files']).trim().split('\n').sort()).toEqual([...HOOK_FILES].sort())
  })

  it('try-repo: a channel-first plan fails the hook, a good plan passes', () => {
    const bad = gitRepo({'plans/q3.md': plan(CHANNEL_FIRST)})
    git(bad, ['add', '.'], env)
    const failed = preCommit(bad, ['try-repo', hook.dir, 'whatfor', '--all-files'])
    expect(failed.code, failed.output).toBe(1)
    expect(failed.output).toMatch(/whatfor\.+Failed/)
    expect(failed.output).toContain('no-channel-first')
    expect(failed.output).toContain('Social media IS NOT its networks')

    const good = gitRepo({
      'plans/bakery.md': plan(GOOD),
      'plans/volunteers.txt': plan('good-library-volunteers.txt')
    })
    git(good, ['add', '.'], env)
    const passed = preCommit(good, ['try-repo', hook.dir, 'whatfor', '--all-files'])
    expect(passed.code, passed.output).toBe(0)
    expect(passed.output).toMatch(/whatfor\.+Passed/)
  })

  it('a batch of files that .whatforignore all excludes passes: nothing to lint is no error in a hook', () => {
    const repo = gitRepo({
      '.whatforignore': 'drafts/\n',
      'drafts/channels.md': plan(CHANNEL_FIRST)
    })
    git(repo, ['add', '.'], env)
    const result = preCommit(repo, [
      'try-repo',
      hook.dir,
      'whatfor',
      '--files',
      'drafts/channels.md'
    ])
    expect(result.code, result.output).toBe(0)
    expect(result.output).toMatch(/whatfor\.+Passed/)
  })

  it('a .docx given to the hook anyway fails with one message that points to the whatfor command', async () => {
    // The hook bundle leaves the Word converter out (hooks/src/docx-unavailable.ts);
    // a config that widens the hook's files past Markdown and text hands it a .docx.
    const {bytes} = await docxFromMarkdown(plan(GOOD))
    const repo = gitRepo({
      '.pre-commit-config.yaml': `repos:\n  - repo: ${hook.dir}\n    rev: ${hook.rev}\n    hooks:\n      - id: whatfor\n        types_or: [file]\n        files: \\.(md|docx)$\n`,
      'plans/bakery.docx': bytes,
      'plans/bakery.md': plan(GOOD)
    })
    git(repo, ['add', '.'], env)
    const result = preCommit(repo, ['run', '--all-files'])
    expect(result.code, result.output).toBe(1)
    expect(result.output).toMatch(/whatfor\.+Failed/)
    expect(result.output).toContain('plans/bakery.md: no findings')
    const docxReport = result.output.slice(result.output.indexOf('plans/bakery.docx'))
    expect(docxReport.replace(/\s+/g, ' ')).toContain(
      'Cannot lint a .docx in the pre-commit hook, expected a Markdown or text plan (the whatfor command lints .docx'
    )
    expect(result.output).toContain('1 error, 0 warnings')
    expect(result.output).not.toMatch(/^\s+at /m)
    // The same file is a good plan to the whatfor command itself.
    const full = whatfor(['plans/bakery.docx'], {cwd: repo})
    expect(full.code, full.stdout + full.stderr).toBe(0)
  })

  it('install: a channel-first plan blocks git commit, a good plan is committed', () => {
    const repo = gitRepo({
      '.pre-commit-config.yaml': `repos:\n  - repo: ${hook.dir}\n    rev: ${hook.rev}\n    hooks:\n      - id: whatfor\n`,
      // Excluded by .whatforignore, and a file type the hook does not take: both left alone.
      '.whatforignore': 'drafts/\n',
      'drafts/channels.md': plan(CHANNEL_FIRST),
      'tools/channels.py': `PLAN = """\n${plan(CHANNEL_FIRST)}\n"""\n`
    })
    install(repo)
    const {committed} = blockChannelFirstCommitGood(repo, env, {
      'drafts/more-channels.md': plan(CHANNEL_FIRST),
      'tools/more.py': `X = """${plan(CHANNEL_FIRST)}"""\n`
    })
    expect(committed).toMatch(/whatfor\.+Passed/)
  })
})

describeWithPreCommit('the README’s pre-commit configuration, as pasted', () => {
  beforeAll(() => {
    env = machineEnv()
  })

  it('pins a commit of this repository that holds the hook, and that commit blocks a channel-first plan', () => {
    const config = readmeBlock('yaml', 'id: whatfor')
    const rev = /^ {4}rev: (\S+)/m.exec(config)?.[1]
    const url = /^ {2}- repo: (\S+)/m.exec(config)?.[1]
    expect(url).toBe('https://github.com/whatfor-lint/whatfor')
    // A full commit SHA, never a tag that does not exist.
    expect(rev).toMatch(/^[0-9a-f]{40}$/)
    expect(git(root, ['cat-file', '-t', rev!]).trim()).toBe('commit')
    expect(git(root, ['ls-tree', '--name-only', rev!, '.pre-commit-hooks.yaml']).trim()).toBe(
      '.pre-commit-hooks.yaml'
    )
    // The same file with the repository fetched from this checkout: GitHub is not reachable here.
    const repo = gitRepo({'.pre-commit-config.yaml': config.replace(url!, root)})
    install(repo)
    blockChannelFirstCommitGood(repo, env)
  })
})
