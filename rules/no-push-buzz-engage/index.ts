/**
 * ## no-push-buzz-engage
 *
 * TODO: the essay argument this rule enforces (see ../../../shared/design/rules.md).
 */
import {defineRule} from '@whatfor/lint-rule'

export default defineRule(
  {
    id: 'no-push-buzz-engage',
    severity: 'warning',
    summary: 'TODO',
    argument: 'TODO',
    quote: 'push-buzz-engage',
    flags: [],
    leavesAlone: []
  },
  () => {
    // TODO: not implemented yet.
  }
)
