import {execFileSync, spawnSync} from 'node:child_process'
import {readdirSync} from 'node:fs'
import path from 'node:path'
import {cleanEnv, root, tempDir} from './integrations.js'

/**
 * The `whatfor` package as a user gets it: packed by pnpm from packages/cli
 * and installed with plain npm into a project that has no workspace, no pnpm
 * and nothing of this repository.
 */

export const packageDir = path.join(root, 'packages/cli')

/**
 * `pnpm pack` of packages/cli into a fresh folder; returns the tarball's path.
 * Its prepack script (the build) is skipped: the test setup has just built
 * dist/ from these sources, and building again would swap the CLI bundle
 * under the other test files that are running it.
 */
export function packWhatfor(): string {
  const destination = tempDir('whatfor-pack-')
  execFileSync('pnpm', ['pack', '--ignore-scripts', '--pack-destination', destination], {
    cwd: packageDir,
    env: cleanEnv(),
    stdio: ['ignore', 'pipe', 'pipe']
  })
  const tarball = readdirSync(destination).find((name) => name.endsWith('.tgz'))
  if (!tarball) throw new Error(`pnpm pack wrote no tarball to ${destination}`)
  return path.join(destination, tarball)
}

/** Environment for npm in a test: no pnpm or npm settings inherited, no notices. */
export function npmEnv(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  return cleanEnv({
    npm_config_update_notifier: 'false',
    npm_config_fund: 'false',
    npm_config_audit: 'false',
    ...extra
  })
}

export interface ShellResult {
  readonly code: number | null
  readonly output: string
}

/** Runs one line of a README recipe with sh, as a user pastes it into a terminal. */
export function shell(line: string, cwd: string, env: NodeJS.ProcessEnv): ShellResult {
  const result = spawnSync('sh', ['-c', line], {cwd, env, encoding: 'utf8', timeout: 300_000})
  return {code: result.status, output: `${result.stdout}${result.stderr}`}
}
