import {existsSync} from 'node:fs'
import path from 'node:path'
import process from 'node:process'
import inputGuard, {DEFAULT_MAX_BYTES} from '@whatfor/input-guard'
import whatforParse from '@whatfor/parse'
import {type Reporter, reporters} from '@whatfor/reporters'
import {unified} from 'unified'
import {type Options as EngineOptions, engine} from 'unified-engine'
import packageJson from '../package.json' with {type: 'json'}
import {type CliArguments, HELP, parseCliArguments} from './args.js'
import {baselineStep} from './baseline.js'
import {defaultCacheLocation, ResultCache} from './cache.js'
import {whatforCache} from './cache-plugin.js'
import {configTransform, defaultConfig} from './config.js'
import {whatforDocx} from './docx-plugin.js'
import {explainRule, listRules} from './explain.js'
import {withFallback} from './fallback-report.js'
import {
  describeUnmatched,
  enginePaths,
  expandPatterns,
  type Pattern,
  unmatchedPatterns
} from './patterns.js'
import {planReader} from './read-plan.js'
import {readStdin, stdinStream, whatforStdinProblem} from './read-stdin.js'
import {UsageError} from './usage-error.js'
import {LintPool, whatforWorkers} from './worker-pool.js'

export const DEFAULT_EXTENSIONS = ['md', 'markdown', 'txt', 'docx']

export interface RunOptions {
  /**
   * Report with this instead of `--report`'s reporter (its output still goes
   * where `--report NAME` sends it). The GitHub Action uses it to write
   * annotations and a SARIF file from one lint.
   */
  reporter?: Reporter
  /**
   * The script a lint worker thread runs (the CLI's own entry): given, runs
   * over many files parse and lint on every core (worker-pool.ts).
   */
  workerScript?: string
}

/**
 * The `whatfor` command: unified-engine with whatfor's processor, config
 * names, reporters and exit codes. Resolves to the exit code:
 * 0 clean (or warnings only), 1 errors (or warnings with --frail, or a file
 * that could not be processed), 2 the run could not start.
 */
export async function run(argv: readonly string[], options: RunOptions = {}): Promise<number> {
  let args: CliArguments
  try {
    args = parseCliArguments(argv)
    if (args.help) return write(process.stdout, HELP, 0)
    if (args.version) return write(process.stdout, `${packageJson.version}\n`, 0)
    if (args.listRules) return write(process.stdout, listRules(), 0)
    if (args.explain !== undefined) return write(process.stdout, explainRule(args.explain), 0)
  } catch (error) {
    return usageFailure(error)
  }
  for (const [flag, file] of [
    ['--rc-path', args.rcPath],
    ['--ignore-path', args.ignorePath]
  ] as const) {
    if (file !== undefined && !existsSync(path.resolve(file)))
      return write(process.stderr, `whatfor: Cannot find ${flag} file \`${file}\`\n`, 2)
  }
  if (args.files.length === 0 && process.stdin.isTTY) {
    return write(process.stderr, `whatfor: no files given and nothing on stdin\n\n${HELP}`, 2)
  }
  return lint(args, options)
}

async function lint(args: CliArguments, runOptions: RunOptions): Promise<number> {
  const reportName = args.report
  const reporter = withFallback(runOptions.reporter ?? reporters[reportName]!, reportName, (line) =>
    process.stderr.write(`${line}\n`)
  )
  // Every report goes to stdout (whatfor prints no document): `whatfor plan.md > report.txt`
  // and `| less` capture it. Only a run that cannot start writes to stderr.
  const reportStream = process.stdout
  const color = useColor(args.color, process.stdout, process.env)
  const reporterOptions = {
    color,
    width: process.stdout.isTTY ? process.stdout.columns : undefined,
    quiet: args.quiet,
    silent: args.silent,
    cwd: process.cwd()
  }
  const extensions = args.ext.length > 0 ? args.ext : DEFAULT_EXTENSIONS
  let settleBaseline: ReturnType<typeof baselineStep>
  try {
    settleBaseline = baselineStep({
      baseline: args.baseline,
      writeBaseline: args.writeBaseline,
      log: (line) => process.stderr.write(`${line}\n`)
    })
  } catch (error) {
    return usageFailure(error)
  }
  // Paths and globs as the engine will see them (none: stdin is linted).
  let patterns: Pattern[] | undefined
  if (args.files.length > 0) {
    patterns = await expandPatterns(args.files, process.cwd())
    if (args.errorOnUnmatchedPattern) {
      const nothing = patterns.filter((pattern) => pattern.nothing !== undefined)
      if (nothing.length > 0)
        return write(process.stderr, `whatfor: ${describeUnmatched(nothing, extensions)}\n`, 2)
    } else {
      patterns = patterns.filter((pattern) => pattern.nothing === undefined)
      // Given no file at all, the engine would read stdin instead.
      if (patterns.length === 0) {
        const report = await reporter([], reporterOptions)
        if (report) reportStream.write(report.endsWith('\n') ? report : `${report}\n`)
        return 0
      }
    }
  }
  let unmatched: string | undefined
  // The cache key includes the version: a new whatfor re-lints everything.
  const cache = args.cache
    ? ResultCache.open(
        path.resolve(args.cacheLocation ?? defaultCacheLocation(process.cwd())),
        packageJson.version
      )
    : undefined
  const maxBytes = args.maxSize ?? DEFAULT_MAX_BYTES
  // Given no file, the engine lints stdin: read and decoded here, as files are.
  const fromStdin = patterns ? undefined : await readStdin(process.stdin, maxBytes)
  const pool = runOptions.workerScript ? new LintPool(runOptions.workerScript) : undefined
  const options: EngineOptions = {
    processor: unified().use(whatforParse).use(inputGuard, {
      maxBytes: args.maxSize,
      maxNesting: args.maxNesting,
      maxTableCells: args.maxTableCells
    }),
    cwd: process.cwd(),
    files: patterns ? enginePaths(patterns) : [],
    extensions,
    // Patched into unified-engine: the kind and size of a path are checked
    // before it is read (read-plan.ts).
    readFile: planReader(maxBytes),
    streamIn: fromStdin ? stdinStream(fromStdin) : process.stdin,
    filePath: args.stdinFilename,
    streamOut: process.stdout,
    streamError: reportStream,
    out: false,
    output: false,
    rcName: '.whatforrc',
    packageField: 'whatfor',
    ignoreName: '.whatforignore',
    rcPath: args.rcPath,
    ignorePath: args.ignorePath,
    ignorePatterns: args.ignorePatterns,
    detectConfig: args.config,
    detectIgnore: args.ignore,
    // Hooks and the Action pass every changed file by name; ones the ignore
    // file excludes are skipped instead of failing the commit.
    silentlyIgnore: args.silentlyIgnore,
    configTransform: configTransform as EngineOptions['configTransform'],
    defaultConfig: defaultConfig() as EngineOptions['defaultConfig'],
    // Given plugins come after the config's: the cache sees the final list.
    // Workers before the cache: a cache hit never reaches a worker.
    plugins: [
      ...(pool ? [[whatforWorkers, {pool}]] : []),
      ...(cache ? [[whatforCache, {cache}]] : []),
      // Why stdin cannot be linted (read-stdin.ts); inside the .docx plugin,
      // which says why a .docx cannot come from stdin.
      ...(fromStdin && 'problem' in fromStdin
        ? [[whatforStdinProblem, {problem: fromStdin.problem}]]
        : []),
      // Last, so outermost: a .docx is converted before the cache or a worker sees it.
      [whatforDocx, {maxBytes: args.maxSize}]
    ] as EngineOptions['plugins'],
    // The baseline drops known findings before reporting, and before
    // unified-engine counts messages for the exit code.
    reporter: (files) => {
      if (patterns && args.errorOnUnmatchedPattern) {
        const missing = unmatchedPatterns(patterns, files, process.cwd())
        if (missing.length > 0) {
          unmatched = describeUnmatched(missing, extensions)
          return ''
        }
      }
      settleBaseline(files)
      return reporter(files, reporterOptions)
    },
    color,
    quiet: args.quiet,
    silent: args.silent,
    frail: args.frail
  }
  return new Promise((resolve) => {
    engine(options, (error, code) => {
      void pool?.close()
      if (error) {
        resolve(write(process.stderr, `whatfor: ${firstLine(error)}\n`, 2))
        return
      }
      if (unmatched !== undefined) {
        resolve(write(process.stderr, `whatfor: ${unmatched}\n`, 2))
        return
      }
      try {
        cache?.save()
      } catch (error) {
        process.stderr.write(`whatfor: Cannot write the cache: ${firstLine(error as Error)}\n`)
      }
      resolve(code ?? 0)
    })
  })
}

/**
 * Colour: `--color` / `--no-color` when given; otherwise on a terminal, unless
 * NO_COLOR is set (https://no-color.org); FORCE_COLOR=1 turns it on anywhere.
 */
function useColor(
  flag: boolean | undefined,
  stream: {isTTY?: boolean},
  env: NodeJS.ProcessEnv
): boolean {
  if (flag !== undefined) return flag
  if (env.NO_COLOR) return false
  if (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== '')
    return env.FORCE_COLOR !== '0' && env.FORCE_COLOR !== 'false'
  return Boolean(stream.isTTY)
}

function usageFailure(error: unknown): number {
  if (error instanceof UsageError) return write(process.stderr, `whatfor: ${error.message}\n`, 2)
  throw error
}

function firstLine(error: Error): string {
  const parts = [error.message]
  let cause = error.cause
  while (cause instanceof Error) {
    parts.push(cause.message)
    cause = cause.cause
  }
  return parts
    .map((part) => part.split('\n')[0]!.trim())
    .filter(Boolean)
    .join(': ')
}

function write(stream: NodeJS.WriteStream, text: string, code: number): number {
  stream.write(text)
  return code
}
