/**
 * ## no-boilerplate-purpose
 *
 * TODO: the essay argument this rule enforces (see ../../../shared/design/rules.md).
 */
import {defineRule} from '@whatfor/lint-rule'

export default defineRule(
  {
    id: 'no-boilerplate-purpose',
    severity: 'warning',
    summary: 'TODO',
    argument: 'TODO',
    quote: 'not-mission-vision-values',
    flags: [],
    leavesAlone: []
  },
  () => {
    // TODO: not implemented yet.
  }
)
