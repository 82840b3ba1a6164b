/**
 * ## no-guru-appeal
 *
 * TODO: the essay argument this rule enforces (see ../../../shared/design/rules.md).
 */
import {defineRule} from '@whatfor/lint-rule'

export default defineRule(
  {
    id: 'no-guru-appeal',
    severity: 'warning',
    summary: 'TODO',
    argument: 'TODO',
    quote: 'challenge-the-gurus',
    flags: [],
    leavesAlone: []
  },
  () => {
    // TODO: not implemented yet.
  }
)
