import {execFileSync, spawnSync} from 'node:child_process'
import {cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync} from 'node:fs'
import os from 'node:os'
import path from 'node:path'

/** Helpers for the hook, CI and reporter tests: real git repositories in temp folders. */

export const root = path.resolve(import.meta.dirname, '../..')
export const whatforBin = path.join(root, 'packages/cli/bin/whatfor.mjs')
export const plans = path.join(root, 'fixtures/plans')

export const CHANNEL_FIRST = 'channel-first-channel-table.md'
export const GOOD = 'good-bakery-cooperative.md'

export function plan(name: string): string {
  return readFileSync(path.join(plans, name), 'utf8')
}

export function tempDir(prefix = 'whatfor-int-'): string {
  return mkdtempSync(path.join(os.tmpdir(), prefix))
}

/** Environment for git and child tools, free of the outer repository's and CI's settings. */
export function cleanEnv(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {}
  for (const [key, value] of Object.entries(process.env)) {
    if (
      key.startsWith('GIT_') ||
      key.startsWith('GITHUB_') ||
      key.startsWith('INPUT_') ||
      key.startsWith('npm_')
    )
      continue
    env[key] = value
  }
  return {
    ...env,
    GIT_AUTHOR_NAME: 'Test',
    GIT_AUTHOR_EMAIL: 'test@example.com',
    GIT_COMMITTER_NAME: 'Test',
    GIT_COMMITTER_EMAIL: 'test@example.com',
    // A developer's own git config (hooksPath, signing, templates) stays out of the temp repositories.
    GIT_CONFIG_NOSYSTEM: '1',
    GIT_CONFIG_GLOBAL: '/dev/null',
    HOME: env.HOME ?? os.tmpdir(),
    NO_COLOR: '1',
    ...extra
  }
}

export function git(
  cwd: string,
  args: readonly string[],
  env: NodeJS.ProcessEnv = cleanEnv()
): string {
  return execFileSync(
    'git',
    ['-c', 'init.defaultBranch=main', '-c', 'commit.gpgsign=false', ...args],
    {cwd, env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe']}
  )
}

/** A fresh git repository holding `files` (path → content), not yet committed. */
export function gitRepo(files: Record<string, string | Buffer> = {}): string {
  const dir = tempDir('whatfor-repo-')
  git(dir, ['init', '-q'])
  writeFiles(dir, files)
  return dir
}

export function writeFiles(dir: string, files: Record<string, string | Buffer>): void {
  for (const [name, content] of Object.entries(files)) {
    const full = path.join(dir, name)
    mkdirSync(path.dirname(full), {recursive: true})
    writeFileSync(full, content)
  }
}

export function copyInto(dir: string, relativePaths: readonly string[]): void {
  for (const relative of relativePaths)
    cpSync(path.join(root, relative), path.join(dir, relative), {recursive: true})
}

export interface Run {
  readonly code: number | null
  readonly stdout: string
  readonly stderr: string
}

export function runNode(
  script: string,
  args: readonly string[],
  options: {cwd: string; env?: NodeJS.ProcessEnv; input?: string}
): Run {
  const result = spawnSync(process.execPath, [script, ...args], {
    cwd: options.cwd,
    env: options.env ?? cleanEnv(),
    input: options.input ?? '',
    encoding: 'utf8'
  })
  return {code: result.status, stdout: result.stdout, stderr: result.stderr}
}

export function whatfor(
  args: readonly string[],
  options: {cwd: string; env?: NodeJS.ProcessEnv}
): Run {
  return runNode(whatforBin, args, options)
}
