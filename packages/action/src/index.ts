import {appendFileSync, mkdirSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {escapeData, findingsOf, github, type Reporter, sarif} from '@whatfor/reporters'
import {DEFAULT_EXTENSIONS, run} from 'whatfor'
import {changedFiles, comparisonFromEvent} from './changed-files.js'
import {type ActionInputs, InputError, readInputs} from './inputs.js'

export {changedFiles, comparisonFromEvent} from './changed-files.js'
export {type ActionInputs, type FailOn, readInputs} from './inputs.js'

/** The extensions the action lints, as a person reads them: `.md, .markdown, …` (the CLI's list). */
function planExtensions(): string {
  return DEFAULT_EXTENSIONS.map((extension) => `.${extension}`).join(', ')
}

/**
 * The whatfor GitHub Action: lint the plans a pull request changed (or the
 * `files` input), annotate them, write the job summary, optionally a SARIF
 * file for code scanning, and fail per `fail-on`. Resolves to the process
 * exit code. Everything it needs is in the bundle: no install at run time.
 */
export async function runAction(env: NodeJS.ProcessEnv = process.env): Promise<number> {
  let inputs: ActionInputs
  try {
    inputs = readInputs(env)
  } catch (error) {
    if (error instanceof InputError) return fail(error.message)
    throw error
  }
  const workspace = env.GITHUB_WORKSPACE || process.cwd()
  // Paths in inputs and in the changed-file list are relative to the workspace.
  process.chdir(workspace)

  let targets = inputs.files
  if (targets.length === 0) {
    const comparison = comparisonFromEvent(env)
    if (!comparison)
      return fail(
        'Cannot tell which files changed: this event has no pull request or push range; set the `files` input'
      )
    try {
      targets = changedFiles(workspace, comparison).filter((file) =>
        DEFAULT_EXTENSIONS.includes(path.extname(file).slice(1).toLowerCase())
      )
    } catch (error) {
      return fail((error as Error).message)
    }
    if (targets.length === 0) {
      writeSummary(env, `## whatfor\n\nNo plan files (${planExtensions()}) changed.\n`)
      setOutputs(env, {errors: 0, warnings: 0, suggestions: 0, files: 0})
      return 0
    }
  }

  const counts = {errors: 0, warnings: 0, suggestions: 0, files: 0}
  const reporter: Reporter = (files, options) => {
    if (inputs.sarifFile) {
      mkdirSync(path.dirname(path.resolve(inputs.sarifFile)), {recursive: true})
      writeFileSync(inputs.sarifFile, sarif(files, {...options, cwd: workspace, root: workspace}))
    }
    for (const finding of findingsOf(files)) {
      if (finding.level === 'error') counts.errors++
      else if (finding.level === 'warning') counts.warnings++
      else counts.suggestions++
    }
    counts.files = files.length
    return github(files, {
      ...options,
      cwd: workspace,
      root: workspace,
      summaryPath: env.GITHUB_STEP_SUMMARY || undefined
    })
  }

  const argv = [
    '--report',
    'github',
    '--silently-ignore',
    // Changed files may all be ones the ignore file excludes: nothing to lint
    // then is no error. Paths the user wrote in `files` must match a plan.
    ...(inputs.files.length === 0 ? ['--no-error-on-unmatched-pattern'] : []),
    ...(inputs.failOn === 'warning' ? ['--frail'] : []),
    ...(inputs.baseline ? ['--baseline', inputs.baseline] : []),
    '--',
    ...targets
  ]
  const code = await run(argv, {reporter})
  setOutputs(env, counts)
  if (code === 2) return fail('whatfor could not start (see the line above)')
  if (inputs.failOn === 'never') return 0
  if (code !== 0) {
    const what =
      inputs.failOn === 'warning'
        ? `${counts.errors} errors and ${counts.warnings} warnings`
        : `${counts.errors} errors`
    process.stdout.write(
      `::error::${escapeData(`whatfor found ${what} (fail-on: ${inputs.failOn}); see the annotations and the job summary`)}\n`
    )
  }
  return code
}

function fail(message: string): number {
  process.stdout.write(`::error::${escapeData(message)}\n`)
  return 1
}

function writeSummary(env: NodeJS.ProcessEnv, markdown: string): void {
  if (env.GITHUB_STEP_SUMMARY) appendFileSync(env.GITHUB_STEP_SUMMARY, markdown)
}

// $GITHUB_OUTPUT takes `name=value` lines (values here are single-line numbers).
function setOutputs(env: NodeJS.ProcessEnv, values: Record<string, number>): void {
  if (!env.GITHUB_OUTPUT) return
  appendFileSync(
    env.GITHUB_OUTPUT,
    Object.entries(values)
      .map(([name, value]) => `${name}=${value}\n`)
      .join('')
  )
}
