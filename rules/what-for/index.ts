/**
 * ## what-for
 *
 * A plan that nowhere says why people should care.
 *
 * Severity: error; on in the recommended preset.
 *
 * Strategy begins with the What For?: what the effort exists to change or
 * protect for people. A plan without one is a list of activities; a business
 * number is not a reason for anyone else to care.
 *
 * Joel Kelly, “Social media IS NOT its networks” (2008): “Social media strategy
 * is about figuring out, first of all, why people should care.”
 *
 * Flags:
 * - a plan with no purpose section and no sentence saying what it exists to
 *   change for people
 * - a “purpose” that is only a business number (“to grow sales 20%”)
 *
 * Leaves alone:
 * - a “Why”, “Purpose” or “What for” section with a purpose in it
 * - a purpose sentence anywhere (“We exist so that first-time founders never
 *   launch alone”)
 *
 * Options: none besides the severity.
 *
 * Generated from the meta below by `pnpm generate-docs`: edit the meta, not
 * this comment.
 */
// Whether a sentence states a What For is the plan model's learned judgement
// (judgements/), trained on labelled sentences of real plans. The message
// offers a skeleton “What For?” section to insert.
import {defineRule} from '@whatfor/lint-rule'
import type {Block, PlanModel} from '@whatfor/plan-model'

/** A skeleton to fill in, not content: whatfor never invents a purpose. */
export const WHAT_FOR_SKELETON = [
  '## What for?',
  '',
  'We exist so that <who> can <what changes for them>.',
  'They should care because <why it matters to them>.',
  '',
  ''
].join('\n')

export default defineRule(
  {
    id: 'what-for',
    severity: 'error',
    summary: 'A plan that nowhere says why people should care.',
    argument:
      'Strategy begins with the What For?: what the effort exists to change or protect for people. A plan without one is a list of activities; a business number is not a reason for anyone else to care.',
    quote: 'why-people-should-care',
    flags: [
      'a plan with no purpose section and no sentence saying what it exists to change for people',
      'a “purpose” that is only a business number (“to grow sales 20%”)'
    ],
    leavesAlone: [
      'a “Why”, “Purpose” or “What for” section with a purpose in it',
      'a purpose sentence anywhere (“We exist so that first-time founders never launch alone”)'
    ]
  },
  (plan, report) => {
    if (plan.whatForStatements.length > 0) return
    report({
      start: insertionPoint(plan),
      reason: 'Unexpected plan without a What For, expected a statement of why people should care',
      expected: [WHAT_FOR_SKELETON]
    })
  }
)

/** Right after the title, where a What For belongs; else the start of the document. */
function insertionPoint(plan: PlanModel): number {
  const first = plan.blocks[0]
  if (first && first.kind === 'heading' && first.section.depth === 1) {
    const next = plan.blocks[1]
    return next ? outerStart(next) : plan.source.length
  }
  return first ? outerStart(first) : 0
}

/** A block inside a list or table is inserted before, not inside, that list or table. */
function outerStart(block: Block): number {
  return block.list?.start ?? block.table?.start ?? block.start
}
