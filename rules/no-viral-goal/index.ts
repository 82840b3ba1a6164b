/**
 * ## no-viral-goal
 *
 * TODO: the essay argument this rule enforces (see ../../../shared/design/rules.md).
 */
import {defineRule} from '@whatfor/lint-rule'

export default defineRule(
  {
    id: 'no-viral-goal',
    severity: 'warning',
    summary: 'TODO',
    argument: 'TODO',
    quote: 'viral-messages',
    flags: [],
    leavesAlone: []
  },
  () => {
    // TODO: not implemented yet.
  }
)
