import {mkdirSync, readFileSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {ruleIds} from '@whatfor/preset'
import {contentHash, findingOf, flaggedText, LineIndex, textOf} from '@whatfor/reporters'
import type {VFile} from 'vfile'
import {UsageError} from './usage-error.js'

/**
 * Adopting whatfor on plans that already exist: `--write-baseline FILE`
 * records today's findings, `--baseline FILE` then reports only findings
 * that are not in it. A finding is known by its rule, its file and the
 * normalised text it flags (the SARIF content fingerprint), never by its line,
 * so edits above a finding do not bring it back; editing the flagged text
 * itself does, since that is new work to review. Counts are kept, so a
 * second copy of a known problem in the same file is new.
 *
 * Only rule findings are recorded: a file that cannot be read is never
 * "accepted", it is reported every time.
 */

export const BASELINE_VERSION = 1

export interface BaselineEntry {
  readonly rule: string
  /** Path relative to the baseline file's folder, with `/`. */
  readonly file: string
  /** Hash of rule + normalised flagged text. */
  readonly hash: string
  /** The start of the flagged text, for people reading the file in review. */
  readonly text: string
  readonly count: number
}

export interface Baseline {
  readonly whatforBaseline: typeof BASELINE_VERSION
  readonly findings: readonly BaselineEntry[]
}

interface Keyed {
  readonly message: VFileMessage
  readonly key: string
  readonly entry: Omit<BaselineEntry, 'count'>
}

type VFileMessage = VFile['messages'][number]

const knownRules = new Set(ruleIds)

function readBaseline(file: string): Baseline {
  let raw: string
  try {
    raw = readFileSync(file, 'utf8')
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    throw new UsageError(
      `Cannot read baseline \`${file}\`: ${code === 'ENOENT' ? 'no such file (create one with --write-baseline)' : (error as Error).message}`
    )
  }
  let data: unknown
  try {
    data = JSON.parse(raw)
  } catch (error) {
    throw new UsageError(`Cannot parse baseline \`${file}\`: ${(error as Error).message}`)
  }
  const baseline = data as Partial<Baseline> | null
  if (
    !baseline ||
    typeof baseline !== 'object' ||
    baseline.whatforBaseline !== BASELINE_VERSION ||
    !Array.isArray(baseline.findings)
  ) {
    throw new UsageError(
      `Unexpected baseline \`${file}\`, expected a file written by \`whatfor --write-baseline\` (version ${BASELINE_VERSION})`
    )
  }
  for (const entry of baseline.findings) {
    if (
      !entry ||
      typeof entry.rule !== 'string' ||
      typeof entry.file !== 'string' ||
      typeof entry.hash !== 'string' ||
      !Number.isInteger(entry.count)
    ) {
      throw new UsageError(
        `Unexpected entry in baseline \`${file}\`: ${JSON.stringify(entry)}, expected rule, file, hash and count`
      )
    }
  }
  return baseline as Baseline
}

/** The rule findings of a file with their baseline keys. */
function keyed(file: VFile, folder: string): Keyed[] {
  const lines = new LineIndex(textOf(file))
  const where = file.path
    ? path.relative(folder, path.resolve(file.cwd, file.path)).split(path.sep).join('/')
    : 'stdin'
  return file.messages
    .filter((message) => typeof message.ruleId === 'string' && knownRules.has(message.ruleId))
    .map((message) => {
      const finding = findingOf(file, message)
      const text = flaggedText(finding, lines)
      const entry = {
        rule: finding.ruleId,
        file: where,
        hash: contentHash(finding.ruleId, text),
        text: text.length > 80 ? `${text.slice(0, 79)}\u2026` : text
      }
      return {message, key: `${entry.rule}\u0000${entry.file}\u0000${entry.hash}`, entry}
    })
}

/** Drop the findings the baseline knows from `files`; returns how many were dropped. */
function applyBaseline(files: readonly VFile[], baseline: Baseline, baselinePath: string): number {
  const folder = path.dirname(path.resolve(baselinePath))
  const budget = new Map<string, number>()
  for (const entry of baseline.findings) {
    const key = `${entry.rule}\u0000${entry.file}\u0000${entry.hash}`
    budget.set(key, (budget.get(key) ?? 0) + entry.count)
  }
  let dropped = 0
  for (const file of files) {
    const known = new Set<VFileMessage>()
    for (const {message, key} of keyed(file, folder)) {
      const left = budget.get(key) ?? 0
      if (left <= 0) continue
      budget.set(key, left - 1)
      known.add(message)
    }
    if (known.size === 0) continue
    file.messages = file.messages.filter((message) => !known.has(message))
    dropped += known.size
  }
  return dropped
}

/** Record every rule finding of `files` in a new baseline at `baselinePath`, and drop them from the files. */
function writeBaseline(
  files: readonly VFile[],
  baselinePath: string
): {findings: number; files: number} {
  const folder = path.dirname(path.resolve(baselinePath))
  const entries = new Map<string, BaselineEntry>()
  const recorded = new Set<VFile>()
  let findings = 0
  for (const file of files) {
    const list = keyed(file, folder)
    for (const {key, entry} of list) {
      const previous = entries.get(key)
      entries.set(key, {...entry, count: (previous?.count ?? 0) + 1})
    }
    if (list.length === 0) continue
    const known = new Set(list.map((item) => item.message))
    file.messages = file.messages.filter((message) => !known.has(message))
    findings += list.length
    recorded.add(file)
  }
  const sorted = [...entries.values()].sort(
    (a, b) =>
      a.file.localeCompare(b.file) || a.rule.localeCompare(b.rule) || a.hash.localeCompare(b.hash)
  )
  const baseline: Baseline = {whatforBaseline: BASELINE_VERSION, findings: sorted}
  try {
    mkdirSync(folder, {recursive: true})
    writeFileSync(baselinePath, `${JSON.stringify(baseline, null, 2)}\n`)
  } catch (error) {
    throw new UsageError(`Cannot write baseline \`${baselinePath}\`: ${(error as Error).message}`)
  }
  return {findings, files: recorded.size}
}

/**
 * What the CLI does with the files before reporting them, per
 * `--baseline` / `--write-baseline`. Reads the baseline now, so a missing or
 * broken one stops the run before any linting (exit code 2).
 */
export function baselineStep(options: {
  baseline?: string | undefined
  writeBaseline?: string | undefined
  log: (line: string) => void
}): (files: readonly VFile[]) => void {
  if (options.writeBaseline !== undefined) {
    const target = options.writeBaseline
    return (files) => {
      const written = writeBaseline(files, target)
      options.log(
        `whatfor: wrote ${written.findings} finding${written.findings === 1 ? '' : 's'} in ${written.files} file${written.files === 1 ? '' : 's'} to baseline \`${target}\``
      )
    }
  }
  if (options.baseline !== undefined) {
    const source = options.baseline
    const baseline = readBaseline(source)
    return (files) => {
      applyBaseline(files, baseline, source)
    }
  }
  return () => {}
}
