/**
 * ## no-aimless-listening
 *
 * TODO: the essay argument this rule enforces (see ../../../shared/design/rules.md).
 */
import {defineRule} from '@whatfor/lint-rule'

export default defineRule(
  {
    id: 'no-aimless-listening',
    severity: 'warning',
    summary: 'TODO',
    argument: 'TODO',
    quote: 'listening-without-purpose',
    flags: [],
    leavesAlone: []
  },
  () => {
    // TODO: not implemented yet.
  }
)
