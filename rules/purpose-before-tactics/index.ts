/**
 * ## purpose-before-tactics
 *
 * TODO: the essay argument this rule enforces (see ../../../shared/design/rules.md).
 */
import {defineRule} from '@whatfor/lint-rule'

export default defineRule(
  {
    id: 'purpose-before-tactics',
    severity: 'warning',
    summary: 'TODO',
    argument: 'TODO',
    quote: 'wrong-beliefs',
    flags: [],
    leavesAlone: []
  },
  () => {
    // TODO: not implemented yet.
  }
)
