/**
 * ## name-the-executors
 *
 * TODO: the essay argument this rule enforces (see ../../../shared/design/rules.md).
 */
import {defineRule} from '@whatfor/lint-rule'

export default defineRule(
  {
    id: 'name-the-executors',
    severity: 'warning',
    summary: 'TODO',
    argument: 'TODO',
    quote: 'people-who-execute',
    flags: [],
    leavesAlone: []
  },
  () => {
    // TODO: not implemented yet.
  }
)
