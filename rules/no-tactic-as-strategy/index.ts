/**
 * ## no-tactic-as-strategy
 *
 * TODO: the essay argument this rule enforces (see ../../../shared/design/rules.md).
 */
import {defineRule} from '@whatfor/lint-rule'

export default defineRule(
  {
    id: 'no-tactic-as-strategy',
    severity: 'warning',
    summary: 'TODO',
    argument: 'TODO',
    quote: 'tactic-is-not-strategy',
    flags: [],
    leavesAlone: []
  },
  () => {
    // TODO: not implemented yet.
  }
)
