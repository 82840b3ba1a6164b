import {spawnSync} from 'node:child_process'
import {mkdirSync, mkdtempSync, readFileSync, writeFileSync} from 'node:fs'
import os from 'node:os'
import path from 'node:path'

export const repositoryRoot = path.resolve(import.meta.dirname, '../..')
export const whatforBin = path.join(repositoryRoot, 'packages/cli/bin/whatfor.mjs')

export interface CliResult {
  readonly code: number | null
  readonly stdout: string
  readonly stderr: string
}

/** Run the real `whatfor` command, the way a user does, from `cwd`. */
export function runWhatfor(
  args: readonly string[],
  options: {cwd: string; input?: string | Buffer; env?: NodeJS.ProcessEnv}
): CliResult {
  const result = spawnSync(process.execPath, [whatforBin, ...args], {
    cwd: options.cwd,
    input: options.input ?? '',
    env: {...process.env, NO_COLOR: '1', FORCE_COLOR: '0', ...options.env},
    encoding: 'utf8',
    // A JSON report of the whole corpus is over the default 1 MB: a cut-off
    // buffer would read as a broken report.
    maxBuffer: 64 * 1024 * 1024
  })
  if (result.error) throw result.error
  return {code: result.status, stdout: result.stdout, stderr: result.stderr}
}

/** A temporary folder outside the repository, filled with `files` (path → content). */
export function temporaryProject(files: Record<string, string | Buffer>): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'whatfor-test-'))
  for (const [name, content] of Object.entries(files)) {
    const full = path.join(dir, name)
    mkdirSync(path.dirname(full), {recursive: true})
    writeFileSync(full, content)
  }
  return dir
}

export interface JsonFileReport {
  readonly path: string
  readonly messages: ReadonlyArray<{
    readonly ruleId: string | null
    readonly source: string | null
    readonly reason: string
    readonly fatal: boolean | null
    readonly line: number | null
    readonly column: number | null
    readonly url: string | null
    readonly note: string | null
    readonly expected: string[] | null
  }>
}

export function parseJsonReport(stdout: string): JsonFileReport[] {
  return JSON.parse(stdout) as JsonFileReport[]
}

/** One of the example plans in fixtures/plans, as text. */
export function examplePlan(name: string): string {
  return readFileSync(path.join(repositoryRoot, 'fixtures/plans', name), 'utf8')
}
