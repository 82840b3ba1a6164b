import {readdirSync, readFileSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, test} from 'vitest'
import {repositoryRoot, runWhatfor, temporaryProject} from './helpers/cli.js'

// Lint threads must not change a single byte of output or the exit code.
// WHATFOR_WORKERS=N forces N threads (0: none), whatever the number of files.
const plansDir = path.join(repositoryRoot, 'fixtures/plans')
const corpusDir = path.join(repositoryRoot, 'fixtures/corpus/docs')

function project(): string {
  const files: Record<string, string | Buffer> = {}
  for (const name of readdirSync(plansDir).filter((name) => /\.(md|txt)$/.test(name)))
    files[`plans/${name}`] = readFileSync(path.join(plansDir, name))
  for (const name of readdirSync(corpusDir)
    .filter((name) => name.endsWith('.md'))
    .slice(0, 30))
    files[`corpus/${name}`] = readFileSync(path.join(corpusDir, name))
  // Files that fail or are refused: each must fail the same way in a worker.
  // Three of each, so that one lands on every thread (files take turns).
  for (const copy of [1, 2, 3]) {
    files[`bad/binary-${copy}.md`] = Buffer.from([0, 1, 2, 3, 0, 255, 254])
    files[`bad/empty-${copy}.md`] = ''
    files[`bad/front-matter-${copy}.md`] =
      '---\ntitle: [unclosed\n---\n\n# Plan\n\nWe post daily on Instagram.\n'
  }
  // A nested config: its files have another processor than the rest.
  files['strict/.whatforrc.json'] = JSON.stringify({
    rules: {'no-vanity-metrics': 'error', 'what-for': 'off'}
  })
  files['strict/plan.md'] = readFileSync(path.join(plansDir, 'channel-first-list-of-networks.md'))
  return temporaryProject(files)
}

describe('lint worker threads', () => {
  const cwd = project()

  test.each([['json'], ['pretty']])(
    'same %s report and exit code with and without workers',
    (report) => {
      const single = runWhatfor(['--report', report, '.'], {cwd, env: {WHATFOR_WORKERS: '0'}})
      const threaded = runWhatfor(['--report', report, '.'], {cwd, env: {WHATFOR_WORKERS: '2'}})
      expect(single.code).toBe(1)
      expect(threaded).toEqual(single)
    }
  )

  test('same result with --frail and --quiet, and with the cache', () => {
    const single = runWhatfor(['--frail', '--quiet', '--report', 'json', 'plans'], {
      cwd,
      env: {WHATFOR_WORKERS: '0'}
    })
    const threaded = runWhatfor(['--frail', '--quiet', '--report', 'json', 'plans'], {
      cwd,
      env: {WHATFOR_WORKERS: '2'}
    })
    expect(threaded).toEqual(single)
    const cached = runWhatfor(['--cache-location', 'cache', '--report', 'json', '.'], {
      cwd,
      env: {WHATFOR_WORKERS: '2'}
    })
    const warm = runWhatfor(['--cache-location', 'cache', '--report', 'json', '.'], {
      cwd,
      env: {WHATFOR_WORKERS: '2'}
    })
    const plain = runWhatfor(['--report', 'json', '.'], {cwd, env: {WHATFOR_WORKERS: '0'}})
    expect(cached).toEqual(plain)
    expect(warm).toEqual(plain)
  })

  test('a clean set of files exits 0 either way', () => {
    const clean = temporaryProject(
      Object.fromEntries(
        Array.from({length: 20}, (_, index) => [
          `plan-${index}.md`,
          readFileSync(path.join(plansDir, 'good-bakery-cooperative.md'))
        ])
      )
    )
    const single = runWhatfor(['--report', 'json', '.'], {cwd: clean, env: {WHATFOR_WORKERS: '0'}})
    const threaded = runWhatfor(['--report', 'json', '.'], {
      cwd: clean,
      env: {WHATFOR_WORKERS: '2'}
    })
    expect(single.code).toBe(0)
    expect(threaded).toEqual(single)
  })
})
