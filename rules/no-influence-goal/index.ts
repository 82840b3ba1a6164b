/**
 * ## no-influence-goal
 *
 * TODO: the essay argument this rule enforces (see ../../../shared/design/rules.md).
 */
import {defineRule} from '@whatfor/lint-rule'

export default defineRule(
  {
    id: 'no-influence-goal',
    severity: 'warning',
    summary: 'TODO',
    argument: 'TODO',
    quote: 'influence-is-tactical',
    flags: [],
    leavesAlone: []
  },
  () => {
    // TODO: not implemented yet.
  }
)
