/**
 * Action inputs as the runner passes them: `INPUT_<NAME>` environment
 * variables, name upper-cased with spaces as underscores (hyphens kept), the
 * way @actions/core reads them.
 */
export type FailOn = 'error' | 'warning' | 'never'

export interface ActionInputs {
  /** Globs or paths to lint instead of the files the pull request changed. */
  readonly files: string[]
  readonly failOn: FailOn
  readonly sarifFile: string | undefined
  readonly baseline: string | undefined
}

export class InputError extends Error {}

export function input(env: NodeJS.ProcessEnv, name: string): string {
  return (env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim()
}

export function readInputs(env: NodeJS.ProcessEnv): ActionInputs {
  const failOn = input(env, 'fail-on') || 'error'
  if (failOn !== 'error' && failOn !== 'warning' && failOn !== 'never') {
    throw new InputError(`Unexpected fail-on \`${failOn}\`, expected error, warning or never`)
  }
  return {
    files: listInput(input(env, 'files')),
    failOn,
    sarifFile: input(env, 'sarif-file') || undefined,
    baseline: input(env, 'baseline') || undefined
  }
}

/** One glob per line (a YAML block scalar), or, on a single line, separated by spaces. */
function listInput(value: string): string[] {
  const lines = value
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean)
  return lines.length > 1 ? lines : lines.flatMap((line) => line.split(/\s+/))
}
