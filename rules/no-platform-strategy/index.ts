/**
 * ## no-platform-strategy
 *
 * TODO: the essay argument this rule enforces (see ../../../shared/design/rules.md).
 */
import {defineRule} from '@whatfor/lint-rule'

export default defineRule(
  {
    id: 'no-platform-strategy',
    severity: 'warning',
    summary: 'TODO',
    argument: 'TODO',
    quote: 'media-is-interchangeable',
    flags: [],
    leavesAlone: []
  },
  () => {
    // TODO: not implemented yet.
  }
)
