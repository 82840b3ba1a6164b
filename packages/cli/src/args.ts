import {parseArgs} from 'node:util'
import {DEFAULT_REPORT, reporters} from '@whatfor/reporters'
import {UsageError} from './usage-error.js'

export interface CliArguments {
  files: string[]
  help: boolean
  version: boolean
  quiet: boolean
  silent: boolean
  frail: boolean
  /** `--color` / `--no-color`; undefined: decided by the terminal and NO_COLOR. */
  color: boolean | undefined
  report: string
  rcPath: string | undefined
  ignorePath: string | undefined
  ignorePatterns: string[]
  ext: string[]
  explain: string | undefined
  listRules: boolean
  stdinFilename: string | undefined
  maxSize: number | undefined
  maxNesting: number | undefined
  maxTableCells: number | undefined
  errorOnUnmatchedPattern: boolean
  config: boolean
  ignore: boolean
  baseline: string | undefined
  writeBaseline: string | undefined
  silentlyIgnore: boolean
  cache: boolean
  cacheLocation: string | undefined
}

const OPTIONS = {
  help: {type: 'boolean', short: 'h'},
  version: {type: 'boolean', short: 'v'},
  quiet: {type: 'boolean', short: 'q'},
  silent: {type: 'boolean', short: 'S'},
  frail: {type: 'boolean', short: 'f'},
  color: {type: 'boolean'},
  'no-color': {type: 'boolean'},
  report: {type: 'string'},
  'rc-path': {type: 'string', short: 'r'},
  'ignore-path': {type: 'string', short: 'i'},
  'ignore-pattern': {type: 'string', multiple: true},
  ext: {type: 'string', short: 'e', multiple: true},
  explain: {type: 'string'},
  'list-rules': {type: 'boolean'},
  'stdin-filename': {type: 'string'},
  'max-size': {type: 'string'},
  'max-nesting': {type: 'string'},
  'max-table-cells': {type: 'string'},
  'no-error-on-unmatched-pattern': {type: 'boolean'},
  'no-config': {type: 'boolean'},
  'no-ignore': {type: 'boolean'},
  baseline: {type: 'string'},
  'write-baseline': {type: 'string'},
  'silently-ignore': {type: 'boolean'},
  cache: {type: 'boolean'},
  'cache-location': {type: 'string'}
} as const

export const HELP = `Usage: whatfor [options] [path | glob ...]

  Lint marketing and communication plans for tactics posing as strategy.
  Every finding cites the essay argument it comes from.

Options:

  -h  --help                 output usage information
  -v  --version              output version number
  -q  --quiet                output only warnings and errors
  -S  --silent               output only errors
  -f  --frail                exit with 1 on warnings too
      --report <name>        report: ${Object.keys(reporters).join(', ')}
                             (default ${DEFAULT_REPORT}, for people; unified: remark-lint's look)
  -r  --rc-path <path>       use this config file (no cascade)
  -i  --ignore-path <path>   use this ignore file
      --ignore-pattern <g>   also ignore files matching this glob
  -e  --ext <extensions>     file extensions to lint (default: md,markdown,txt,docx)
      --explain <rule>       explain a rule: its argument, quote, source and example
      --list-rules           list the rules with their severities
      --stdin-filename <p>   path to report for text read from stdin
      --max-size <bytes>     largest file to lint (default: 8 MiB; k/m suffixes)
      --max-nesting <n>      deepest nesting of lists and quotes, or of emphasis
                             or brackets, to lint (default: 32)
      --max-table-cells <n>  most table cells in one file, all tables together,
                             to lint (default: 50000)
      --no-error-on-unmatched-pattern
                             exit 0 instead of 2 when a path or glob has no plan
                             to lint (hooks pass it: their files may all be ignored)
      --[no-]color           colour (default: on a terminal, unless NO_COLOR is set)
      --no-config            ignore config files
      --no-ignore            ignore ignore files
      --silently-ignore      skip given files that the ignore file excludes (for hooks)
      --baseline <file>      report only findings not recorded in this baseline
      --write-baseline <f>   record today's findings in a baseline file
      --cache                only re-lint files whose content or config changed
      --cache-location <d>   cache folder (default: node_modules/.cache/whatfor,
                             or .whatfor-cache without node_modules)

Config: .whatforrc, .whatforrc.json, .whatforrc.yml, .whatforrc.js/.mjs, or a
"whatfor" field in package.json; the nearest to each file wins.
  {"rules": {"what-for": "warning", "tactic-needs-purpose": "suggestion"}}

Inline: <!-- whatfor disable RULE -->, <!-- whatfor enable RULE -->,
<!-- whatfor ignore RULE -->

Examples:

  # Lint a plan
  $ whatfor plan.md

  # Lint every plan in a folder, failing on warnings
  $ whatfor --frail docs/

  # Machine-readable output
  $ whatfor --report json plan.md

  # Adopt whatfor on existing plans: hear only about new problems
  $ whatfor --write-baseline .whatfor-baseline.json docs/
  $ whatfor --baseline .whatfor-baseline.json docs/
`

export function parseCliArguments(argv: readonly string[]): CliArguments {
  let parsed: ReturnType<
    typeof parseArgs<{
      args: string[]
      options: typeof OPTIONS
      allowPositionals: true
      strict: true
    }>
  >
  try {
    parsed = parseArgs({args: [...argv], options: OPTIONS, allowPositionals: true, strict: true})
  } catch (error) {
    throw new UsageError(
      `${(error as Error).message.split('\n')[0]!.replace(/\.$/, '')}; see \`whatfor --help\``
    )
  }
  const values = parsed.values
  const report = values.report ?? DEFAULT_REPORT
  if (!Object.hasOwn(reporters, report)) {
    throw new UsageError(
      `Unknown reporter \`${report}\`, expected one of: ${Object.keys(reporters).join(', ')}`
    )
  }
  if (values.baseline !== undefined && values['write-baseline'] !== undefined) {
    throw new UsageError('Unexpected --baseline with --write-baseline, expected one of them')
  }
  return {
    files: parsed.positionals,
    help: Boolean(values.help),
    version: Boolean(values.version),
    quiet: Boolean(values.quiet),
    silent: Boolean(values.silent),
    frail: Boolean(values.frail),
    color: values['no-color'] ? false : values.color,
    report,
    rcPath: values['rc-path'],
    ignorePath: values['ignore-path'],
    ignorePatterns: values['ignore-pattern'] ?? [],
    ext: (values.ext ?? [])
      .flatMap((value) => value.split(','))
      .map((value) => value.trim().replace(/^\./, ''))
      .filter(Boolean),
    explain: values.explain,
    listRules: Boolean(values['list-rules']),
    stdinFilename: values['stdin-filename'],
    maxSize: values['max-size'] === undefined ? undefined : parseSize(values['max-size']),
    maxNesting:
      values['max-nesting'] === undefined ? undefined : parseLevels(values['max-nesting']),
    maxTableCells:
      values['max-table-cells'] === undefined ? undefined : parseCells(values['max-table-cells']),
    errorOnUnmatchedPattern: !values['no-error-on-unmatched-pattern'],
    config: !values['no-config'],
    ignore: !values['no-ignore'],
    baseline: values.baseline,
    writeBaseline: values['write-baseline'],
    silentlyIgnore: Boolean(values['silently-ignore']),
    cache: Boolean(values.cache) || values['cache-location'] !== undefined,
    cacheLocation: values['cache-location']
  }
}

function parseSize(value: string): number {
  const match = /^(\d+)([km]?)b?$/i.exec(value.trim())
  if (!match)
    throw new UsageError(
      `Unexpected --max-size \`${value}\`, expected a number of bytes such as 500000, 800k or 8m`
    )
  const unit = match[2]!.toLowerCase()
  return Number(match[1]) * (unit === 'k' ? 1024 : unit === 'm' ? 1024 * 1024 : 1)
}

function parseCells(value: string): number {
  const cells = /^\d+$/.test(value.trim()) ? Number(value.trim()) : 0
  if (cells < 1)
    throw new UsageError(
      `Unexpected --max-table-cells \`${value}\`, expected a whole number of cells such as 50000`
    )
  return cells
}

function parseLevels(value: string): number {
  const levels = /^\d+$/.test(value.trim()) ? Number(value.trim()) : 0
  if (levels < 1)
    throw new UsageError(
      `Unexpected --max-nesting \`${value}\`, expected a whole number of levels such as 32`
    )
  return levels
}
