import {execFileSync} from 'node:child_process'
import {readFileSync} from 'node:fs'

/**
 * The files a pull request (or a push) changed, from the event payload the
 * runner writes to $GITHUB_EVENT_PATH and `git diff` against the base. A
 * shallow checkout (actions/checkout's default) lacks the base commit, so it
 * is fetched once when missing.
 */

export interface Comparison {
  readonly base: string
  readonly head: string
}

const NULL_SHA = /^0+$/

export function comparisonFromEvent(env: NodeJS.ProcessEnv): Comparison | undefined {
  const eventPath = env.GITHUB_EVENT_PATH
  if (!eventPath) return undefined
  let payload: {
    pull_request?: {base?: {sha?: string}; head?: {sha?: string}}
    before?: string
    after?: string
  }
  try {
    payload = JSON.parse(readFileSync(eventPath, 'utf8'))
  } catch {
    return undefined
  }
  const pull = payload.pull_request
  // The checkout of a pull request is its merge commit (HEAD), whose
  // difference from the base is exactly what the pull request changes.
  if (pull?.base?.sha) return {base: pull.base.sha, head: 'HEAD'}
  if (payload.before && !NULL_SHA.test(payload.before))
    return {base: payload.before, head: payload.after ?? 'HEAD'}
  return undefined
}

function git(cwd: string, args: readonly string[]): string {
  return execFileSync('git', args, {
    cwd,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    maxBuffer: 64 * 1024 * 1024
  })
}

function hasCommit(cwd: string, sha: string): boolean {
  try {
    git(cwd, ['cat-file', '-e', `${sha}^{commit}`])
    return true
  } catch {
    return false
  }
}

/** Added, copied, modified or renamed files between base and head, relative to the repository root. */
export function changedFiles(cwd: string, comparison: Comparison): string[] {
  if (!hasCommit(cwd, comparison.base)) {
    try {
      git(cwd, ['fetch', '--no-tags', '--depth=1', 'origin', comparison.base])
    } catch (error) {
      throw new Error(
        `Cannot find the base commit ${comparison.base} (fetching it failed: ${firstLine(error)}); use actions/checkout with fetch-depth: 0, or set the files input`
      )
    }
  }
  const output = git(cwd, [
    'diff',
    '--name-only',
    '--diff-filter=ACMR',
    '-z',
    comparison.base,
    comparison.head,
    '--'
  ])
  return output.split('\0').filter(Boolean)
}

function firstLine(error: unknown): string {
  const text = (error as {stderr?: string}).stderr || (error as Error).message
  return (
    String(text)
      .split('\n')
      .find((line) => line.trim())
      ?.trim() ?? 'unknown error'
  )
}
