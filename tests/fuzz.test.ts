import {readdirSync, readFileSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, test} from 'vitest'
import {type Failure, runCampaign} from '../scripts/fuzz/campaign.js'
import {createLint} from '../scripts/fuzz/check.js'

const root = path.resolve(import.meta.dirname, '..')
const reproducerDir = path.join(root, 'fixtures/fuzz')
const SEED = 13
const DOCUMENTS = 2000

/** How a failure reads in the test output: enough to replay it and to see it. */
function describeFailure(failure: Failure): string {
  return `${failure.kind}: ${failure.detail} — ${failure.count} documents; replay with \`pnpm fuzz --seed ${SEED} --only ${failure.index}\`; shrunk to ${JSON.stringify(failure.reproducer)}`
}

describe('fuzzing: a seeded slice of `pnpm fuzz`', () => {
  test(`${DOCUMENTS} documents from the grammar and mutated fixtures: no throw, every finding named and placed, none far slower per KB than the median`, async () => {
    const result = await runCampaign({root, seed: SEED, count: DOCUMENTS, shrinkBudgetMs: 15000})
    expect(result.failures.map(describeFailure)).toEqual([])
    expect(result.documents).toBe(DOCUMENTS)
    // The slice linted real text, not only documents the input guard refuses.
    expect(result.bytes).toBeGreaterThan(DOCUMENTS * 1024)
  }, 600000)
})

const reproducers = readdirSync(reproducerDir)
  .filter((name) => name.endsWith('.md') && name !== 'README.md')
  .sort()

describe('fuzzing reproducers (fixtures/fuzz) stay fixed', () => {
  const lint = createLint()

  test('there are reproducers, each listed in reproducers.json', () => {
    expect(reproducers.length).toBeGreaterThan(0)
    const manifest = JSON.parse(readFileSync(path.join(reproducerDir, 'reproducers.json'), 'utf8'))
    expect(Object.keys(manifest).sort()).toEqual(reproducers)
  })

  for (const name of reproducers) {
    test(name, async () => {
      const text = readFileSync(path.join(reproducerDir, name), 'utf8')
      const outcome = await lint(text)
      expect(outcome.problem?.detail).toBeUndefined()
      if (name.startsWith('slow-')) {
        // Relative to ordinary plans linted here and now, so the machine's speed cancels out.
        const reference = readFileSync(
          path.join(root, 'fixtures/plans/good-bakery-cooperative.md'),
          'utf8'
        )
        const perKb = async (document: string) => {
          let best = Number.POSITIVE_INFINITY
          for (let run = 0; run < 3; run++) best = Math.min(best, (await lint(document)).ms)
          return best / Math.max(1, Buffer.byteLength(document) / 1024)
        }
        await perKb(reference)
        expect(await perKb(text)).toBeLessThan(10 * (await perKb(reference)))
      }
    })
  }
})
