/**
 * ## human-objective
 *
 * TODO: the essay argument this rule enforces (see ../../../shared/design/rules.md).
 */
import {defineRule} from '@whatfor/lint-rule'

export default defineRule(
  {
    id: 'human-objective',
    severity: 'warning',
    summary: 'TODO',
    argument: 'TODO',
    quote: 'business-not-human-objective',
    flags: [],
    leavesAlone: []
  },
  () => {
    // TODO: not implemented yet.
  }
)
