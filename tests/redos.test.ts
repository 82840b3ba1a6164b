import {checkSync, type Diagnostics} from 'recheck'
import {describe, expect, test} from 'vitest'
import {allRegexes, type FoundRegex} from '../scripts/regexes.js'

// Every regular expression in whatfor's sources (packages/*/src, bin and
// scripts, rules/*, scripts/) is checked by recheck, a ReDoS checker built on
// automata theory and fuzzing: a pattern that can backtrack super-linearly on
// some input fails here with the attack string recheck found.

/**
 * Patterns built at run time, by file and the call as written: the concrete
 * patterns the code can build (each checked like a literal), or why no input
 * can make the pattern slow. A new dynamic pattern fails until listed here.
 */
const DYNAMIC: Record<
  string,
  {readonly file: string; readonly instances?: string[]; readonly reason?: string}
> = {
  'front matter closing line': {
    file: 'packages/incremental-parse/src/index.ts',
    // `marker` is `-` or `\+`: the two patterns the call can build.
    instances: ['-', '\\+'].map(
      (marker) => `(?:\\r\\n|\\r|\\n)${marker}{3}[ \\t]*(?:\\r\\n|\\r|\\n|$)`
    )
  },
  'bundler filter of package names': {
    file: 'scripts/build-code-cache.mjs',
    // An anchored alternation of escaped package names from scripts/bundles.json,
    // matched against import specifiers at build time: no quantifier, no input from users.
    reason: 'an anchored alternation of escaped literals'
  }
}

/**
 * Hits in code another change owns (issue 13), by file and pattern. Each is a
 * `test.fails` until its owner's fix lands; then the pattern is gone or safe,
 * this entry fails as stale, and it is removed.
 */
const KNOWN_HITS: ReadonlyArray<{
  readonly file: string
  readonly source: string
  readonly owner: string
}> = []

const found = allRegexes()
const literals = found.filter(
  (regex): regex is Extract<FoundRegex, {source: string}> => 'source' in regex
)
const dynamic = found.filter(
  (regex): regex is Extract<FoundRegex, {dynamic: string}> => 'dynamic' in regex
)

function verdict(source: string, flags: string): Diagnostics {
  // The automaton checker decides for every pattern here within the timeout;
  // a pattern it cannot decide comes back `unknown` and fails like a hit.
  return checkSync(source, flags, {timeout: 20000})
}

function describeHit(result: Diagnostics): string {
  if (result.status === 'vulnerable')
    return `${result.complexity.type} backtracking, attack string ${result.attack.pattern}`
  if (result.status === 'unknown') return `undecided: ${result.error.kind}`
  return 'safe'
}

describe('ReDoS check (recheck) over every regular expression in the sources', () => {
  test('finds the regular expressions (the scan itself works)', () => {
    // A scan that silently finds nothing would pass every check below.
    expect(literals.length).toBeGreaterThan(50)
    expect(found.map((regex) => regex.file)).toContain('rules/name-the-executors/index.ts')
  })

  for (const regex of literals) {
    const known = KNOWN_HITS.find((hit) => hit.file === regex.file && hit.source === regex.source)
    const name = `${regex.file}:${regex.line} /${regex.source}/${regex.flags}`
    const run = known ? test.fails : test
    run(known ? `${name} (known hit, fixed by ${known.owner})` : name, () => {
      const result = verdict(regex.source, regex.flags)
      expect(result.status, describeHit(result)).toBe('safe')
    })
  }

  test('every known hit still exists (remove an entry once its fix has landed)', () => {
    for (const hit of KNOWN_HITS)
      expect(
        literals.some((regex) => regex.file === hit.file && regex.source === hit.source),
        `${hit.file} /${hit.source}/`
      ).toBe(true)
  })

  test('every pattern built at run time is listed with its instances or a reason', () => {
    for (const regex of dynamic) {
      const entry = Object.values(DYNAMIC).find((candidate) => candidate.file === regex.file)
      expect(entry, `${regex.file}:${regex.line} ${regex.dynamic}`).toBeDefined()
    }
    // And every entry still names a file with such a pattern.
    for (const [name, entry] of Object.entries(DYNAMIC))
      expect(
        dynamic.some((regex) => regex.file === entry.file),
        name
      ).toBe(true)
  })

  for (const [name, entry] of Object.entries(DYNAMIC)) {
    for (const instance of entry.instances ?? []) {
      test(`${entry.file}: ${name} /${instance}/`, () => {
        const result = verdict(instance, 'g')
        expect(result.status, describeHit(result)).toBe('safe')
      })
    }
  }

  test('recheck reports a known quadratic pattern (the checker is live)', () => {
    const result = verdict('\\s*,\\s*$', '')
    expect(result.status).toBe('vulnerable')
  })
})
