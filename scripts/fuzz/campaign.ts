/**
 * A fuzzing campaign: `count` documents, half generated from the grammar and
 * half mutated fixtures, each linted in process. Fails on a throw, on a
 * finding with no rule id or position, and on a document whose time per KB is
 * far above the median; shrinks one failure of each kind to a small
 * reproducer. Document `i` of seed `s` is the same on every machine, so a
 * failure can be replayed with `pnpm fuzz --seed s --only i`.
 */
import {createHash} from 'node:crypto'
import {existsSync, mkdirSync, readFileSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import fc from 'fast-check'
import {createLint, type Lint, type Problem} from './check.js'
import {document} from './grammar.js'
import {fixtureTexts, mutatedFixture} from './mutate.js'
import {shrink} from './shrink.js'

export interface CampaignOptions {
  readonly root: string
  readonly seed: number
  readonly count: number
  /** The first document's index (a shard of a long run starts further on). */
  readonly start?: number
  /** Lint only these document indices (to replay a failure). */
  readonly only?: readonly number[]
  /** A document is slow above this many times the median time per KB… */
  readonly slowFactor?: number
  /** …and above this many milliseconds (below it, timer noise decides). */
  readonly minSlowMs?: number
  /** Time allowed for shrinking each failure. */
  readonly shrinkBudgetMs?: number
  /** Where reproducers are written; none are written without it. */
  readonly outDir?: string
  readonly log?: (line: string) => void
}

export interface Failure {
  readonly kind: 'throw' | 'message' | 'slow'
  readonly index: number
  readonly detail: string
  readonly signature: string
  /** How many documents failed with this signature. */
  count: number
  reproducer?: string
  file?: string
}

export interface Timing {
  readonly index: number
  readonly bytes: number
  readonly ms: number
}

export interface CampaignResult {
  readonly seed: number
  readonly documents: number
  readonly bytes: number
  readonly seconds: number
  readonly failures: readonly Failure[]
  readonly throws: number
  readonly badMessages: number
  readonly medianMsPerKb: number
  /** The slowest documents per KB among those of at least 1 KB, slowest first. */
  readonly slowest: readonly (Timing & {readonly msPerKb: number})[]
}

/** Documents of one kilobyte and more: below it, fixed costs blur the time per KB. */
const MIN_BYTES_FOR_RATE = 1024

export function documentAt(seed: number, index: number, fixtures: readonly string[]): string {
  const arbitrary = index % 2 === 0 ? document : mutatedFixture(fixtures)
  const [text] = fc.sample(arbitrary, {seed: (seed * 1_000_003 + index) % 2 ** 31, numRuns: 1})
  return text!
}

export async function runCampaign(options: CampaignOptions): Promise<CampaignResult> {
  const log = options.log ?? (() => {})
  const slowFactor = options.slowFactor ?? 10
  const minSlowMs = options.minSlowMs ?? 50
  const fixtures = fixtureTexts(options.root)
  const lint = createLint()
  const started = performance.now()
  // Warm the pipeline, so that the first documents are not timed cold.
  for (const text of fixtures.slice(0, 20)) await lint(text)

  const failures = new Map<string, Failure>()
  const timings: Timing[] = []
  let bytes = 0
  let throws = 0
  let badMessages = 0
  const first = options.start ?? 0
  const indices = options.only ?? Array.from({length: options.count}, (_, index) => first + index)
  for (const [done, index] of indices.entries()) {
    const text = documentAt(options.seed, index, fixtures)
    const size = Buffer.byteLength(text)
    bytes += size
    const outcome = await lint(text)
    timings.push({index, bytes: size, ms: outcome.ms})
    if (outcome.problem) {
      if (outcome.problem.kind === 'throw') throws++
      else badMessages++
      record(failures, index, outcome.problem)
    }
    if ((done + 1) % 5000 === 0)
      log(
        `${done + 1} documents, ${(bytes / 1024 / 1024).toFixed(1)} MB, ${throws} throws, ${badMessages} bad findings, ${((performance.now() - started) / 1000).toFixed(0)} s`
      )
  }

  const median = medianMsPerKb(timings)
  const expected = (timing: Timing) => median * Math.max(1, timing.bytes / 1024)
  const isSlow = (ms: number, size: number) =>
    ms > minSlowMs && ms > slowFactor * median * Math.max(1, size / 1024)
  // Confirm each candidate by timing it again (the fastest of three runs):
  // a pause of the machine or the garbage collector is not a bug.
  const candidates = timings
    .filter((timing) => isSlow(timing.ms, timing.bytes))
    .sort((a, b) => b.ms / expected(b) - a.ms / expected(a))
    .slice(0, 20)
  for (const candidate of candidates) {
    const text = documentAt(options.seed, candidate.index, fixtures)
    const ms = await fastest(lint, text, 3)
    if (!isSlow(ms, candidate.bytes)) continue
    record(failures, candidate.index, {
      kind: 'slow',
      detail: `${ms.toFixed(0)} ms for ${(candidate.bytes / 1024).toFixed(1)} KB: ${(ms / expected(candidate)).toFixed(0)}× the median time per KB (${median.toFixed(2)} ms)`,
      signature: 'slow'
    })
  }

  for (const failure of failures.values()) {
    const generated = documentAt(options.seed, failure.index, fixtures)
    const stillFails =
      failure.kind === 'slow'
        ? async (candidate: string) =>
            isSlow(await fastest(lint, candidate, 2), Buffer.byteLength(candidate))
        : async (candidate: string) =>
            (await lint(candidate)).problem?.signature === failure.signature
    // A file holds UTF-8, where half a surrogate pair (a cut through an
    // emoji) cannot be written: shrink from the text with those replaced,
    // when it still fails, so that the reproducer reads back as it was.
    const storable = wellFormed(generated)
    const text = storable !== generated && (await stillFails(storable)) ? storable : generated
    failure.reproducer = await shrink(text, stillFails, {
      budgetMs: options.shrinkBudgetMs ?? 60000
    })
    if (options.outDir) failure.file = writeReproducer(options.outDir, failure, options.seed)
    log(
      `${failure.kind}: ${failure.detail} (${failure.count} documents; first #${failure.index}, shrunk from ${text.length} to ${failure.reproducer.length} characters${failure.file ? `: ${failure.file}` : ''})`
    )
  }

  const slowest = timings
    .filter((timing) => timing.bytes >= MIN_BYTES_FOR_RATE)
    .map((timing) => ({...timing, msPerKb: timing.ms / (timing.bytes / 1024)}))
    .sort((a, b) => b.msPerKb - a.msPerKb)
    .slice(0, 5)
  return {
    seed: options.seed,
    documents: indices.length,
    bytes,
    seconds: (performance.now() - started) / 1000,
    failures: [...failures.values()],
    throws,
    badMessages,
    medianMsPerKb: median,
    slowest
  }
}

function record(
  failures: Map<string, Failure>,
  index: number,
  problem: Problem | Omit<Failure, 'index' | 'count'>
): void {
  const known = failures.get(problem.signature)
  if (known) known.count++
  else failures.set(problem.signature, {...problem, index, count: 1})
}

/** The text with each lone surrogate (no UTF-8 for it) replaced by “?”. */
function wellFormed(text: string): string {
  let out = ''
  for (const character of text) {
    const code = character.codePointAt(0)!
    out += code >= 0xd800 && code <= 0xdfff ? '?' : character
  }
  return out
}

export function medianMsPerKb(timings: readonly Timing[]): number {
  const rates = timings
    .filter((timing) => timing.bytes >= MIN_BYTES_FOR_RATE)
    .map((timing) => timing.ms / (timing.bytes / 1024))
    .sort((a, b) => a - b)
  if (rates.length === 0) return 0
  return rates[Math.floor(rates.length / 2)]!
}

async function fastest(lint: Lint, text: string, runs: number): Promise<number> {
  let best = Number.POSITIVE_INFINITY
  for (let run = 0; run < runs; run++) best = Math.min(best, (await lint(text)).ms)
  return best
}

/** Manifest of the reproducers in a folder: file name → what it reproduces and where it came from. */
export const MANIFEST = 'reproducers.json'

export interface ManifestEntry {
  readonly kind: Failure['kind']
  readonly detail: string
  readonly found: {readonly seed: number; readonly index: number; readonly grammar?: string}
}

function writeReproducer(dir: string, failure: Failure, seed: number): string {
  mkdirSync(dir, {recursive: true})
  const text = failure.reproducer!
  const hash = createHash('sha256').update(text).digest('hex').slice(0, 10)
  const name = `${failure.kind}-${hash}.md`
  writeFileSync(path.join(dir, name), text)
  const manifestPath = path.join(dir, MANIFEST)
  const manifest: Record<string, ManifestEntry> = existsSync(manifestPath)
    ? JSON.parse(readFileSync(manifestPath, 'utf8'))
    : {}
  manifest[name] = {kind: failure.kind, detail: failure.detail, found: {seed, index: failure.index}}
  const sorted = Object.fromEntries(Object.entries(manifest).sort(([a], [b]) => a.localeCompare(b)))
  writeFileSync(manifestPath, `${JSON.stringify(sorted, null, 2)}\n`)
  return path.join(dir, name)
}
