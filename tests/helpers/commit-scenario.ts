import {spawnSync} from 'node:child_process'
import {expect} from 'vitest'
import {CHANNEL_FIRST, GOOD, git, plan, writeFiles} from './integrations.js'

/** What `git commit` printed in each step of the scenario, for each hook's own checks. */
export interface CommitScenario {
  /** The output of the commit the hook blocked. */
  readonly blocked: string
  /** The output of the commit the hook let through. */
  readonly committed: string
}

function commit(repo: string, message: string, env: NodeJS.ProcessEnv) {
  const result = spawnSync('git', ['commit', '-m', message], {cwd: repo, env, encoding: 'utf8'})
  return {code: result.status, output: result.stdout + result.stderr}
}

function log(repo: string, env: NodeJS.ProcessEnv): string[] {
  return git(repo, ['log', '--format=%s'], env).trim().split('\n')
}

/**
 * What every git-hook recipe has to do, played with a real `git commit` in a
 * repository whose hook is installed and that has one commit: a channel-first
 * plan (plans/q3.md) is blocked and nothing is committed; with it unstaged, a
 * good plan (plans/bakery.md, with `alongside` staged beside it) is committed.
 */
export function blockChannelFirstCommitGood(
  repo: string,
  env: NodeJS.ProcessEnv,
  alongside: Record<string, string> = {}
): CommitScenario {
  const before = log(repo, env)
  writeFiles(repo, {'plans/q3.md': plan(CHANNEL_FIRST)})
  git(repo, ['add', 'plans/q3.md'], env)
  const blocked = commit(repo, 'Q3 plan', env)
  expect(blocked.code, blocked.output).not.toBe(0)
  expect(blocked.output).toContain('no-channel-first')
  expect(log(repo, env)).toEqual(before)

  git(repo, ['rm', '-q', '--cached', 'plans/q3.md'], env)
  writeFiles(repo, {'plans/bakery.md': plan(GOOD), ...alongside})
  git(repo, ['add', 'plans/bakery.md', ...Object.keys(alongside)], env)
  const committed = commit(repo, 'Bakery plan', env)
  expect(committed.code, committed.output).toBe(0)
  expect(log(repo, env)).toEqual(['Bakery plan', ...before])
  return {blocked: blocked.output, committed: committed.output}
}
