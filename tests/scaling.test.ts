import v8 from 'node:v8'
import vm from 'node:vm'
import {describe, expect, test} from 'vitest'
import {createLint} from '../scripts/fuzz/check.js'
import {families} from '../scripts/scaling-families.js'

// The CI slice of `pnpm bench --scaling`: each family that once made whatfor
// super-linear (issue 13), linted whole at 1× and at 4× its slice size.
// Linear code takes 4× the time; the target is at most 2.5× per doubling,
// so at most 6.25× from 1× to 4×. Processor time, the fastest of a few runs:
// on a shared machine, waiting for a core is not the lint's cost.

const BOUND = 2.5 ** 2
// A full collection before each timed run, so that no run pays for the garbage of
// the ones before it (the heap grows across families in one process). Node exposes
// `gc` to code compiled after the flag is set.
v8.setFlagsFromString('--expose-gc')
const collect = vm.runInNewContext('gc') as () => void

/** The fastest of this many runs of each size: a collection or a compile on another thread lands in some runs, not all. */
const ROUNDS = 5

/**
 * Families still super-linear because of code in packages/plan-model/src,
 * each attributed by a CPU profile of the lint (scripts/profile-summary.mjs)
 * to the function named. They are `test.fails` until that function is
 * linear; then the test fails as “expected to fail”, and the entry goes.
 */
// Empty since the plan model became passes linear in sentence and paragraph length.
const PLAN_MODEL_HOT_SPOTS: Record<string, string> = {}

/**
 * Families super-linear in the Markdown parser itself (micromark), outside
 * whatfor's code, attributed the same way; a guard before parsing (issue 13)
 * or a parser fix makes them linear.
 */
// Empty since micromark-core-commonmark's attention resolver became linear
// (patches/README.md).
const PARSER_HOT_SPOTS: Record<string, string> = {}

describe('scaling: 4× the text costs at most 6.25× the time (2.5× per doubling)', () => {
  // The table-cell guard would refuse a large table before parsing: out of the way, so every
  // family measures the parser and the rules.
  const lint = createLint({maxTableCells: Number.POSITIVE_INFINITY})

  for (const family of families) {
    const hotSpot = PLAN_MODEL_HOT_SPOTS[family.id]
      ? `super-linear in the plan model: ${PLAN_MODEL_HOT_SPOTS[family.id]}`
      : PARSER_HOT_SPOTS[family.id] && `super-linear in the parser: ${PARSER_HOT_SPOTS[family.id]}`
    const run = PARSER_HOT_SPOTS[family.id] ? test.skip : hotSpot ? test.fails : test
    const name = `${family.name}, ${family.slice / 1024} KB → ${(4 * family.slice) / 1024} KB${hotSpot ? ` (${hotSpot})` : ''}`
    run(
      name,
      async () => {
        const small = family.text(family.slice)
        const large = family.text(4 * family.slice)
        for (let warm = 0; warm < 3; warm++) await lint(family.text(2048))
        let smallMs = Number.POSITIVE_INFINITY
        // A refused document was never parsed: its time would say nothing of the growth.
        expect((await lint(small)).refused).toBe(false)
        expect((await lint(large)).refused).toBe(false)
        for (let round = 0; round < ROUNDS; round++) {
          collect()
          smallMs = Math.min(smallMs, (await lint(small)).ms)
        }
        let largeMs = Number.POSITIVE_INFINITY
        // Every round, even when the first is far past the bound: one pause of the
        // machine or the collector on the first round once failed a linear family.
        for (let round = 0; round < ROUNDS; round++) {
          collect()
          largeMs = Math.min(largeMs, (await lint(large)).ms)
        }
        expect(
          largeMs / smallMs,
          `${smallMs.toFixed(0)} ms → ${largeMs.toFixed(0)} ms`
        ).toBeLessThanOrEqual(BOUND)
      },
      // Generous: a test.fails that runs out of time would pass for the wrong reason.
      600000
    )
  }
})
