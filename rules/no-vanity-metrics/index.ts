/**
 * ## no-vanity-metrics
 *
 * TODO: the essay argument this rule enforces (see ../../../shared/design/rules.md).
 */
import {defineRule} from '@whatfor/lint-rule'

export default defineRule(
  {
    id: 'no-vanity-metrics',
    severity: 'warning',
    summary: 'TODO',
    argument: 'TODO',
    quote: 'friends-and-likes',
    flags: [],
    leavesAlone: []
  },
  () => {
    // TODO: not implemented yet.
  }
)
