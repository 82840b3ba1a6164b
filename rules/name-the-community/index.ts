/**
 * ## name-the-community
 *
 * TODO: the essay argument this rule enforces (see ../../../shared/design/rules.md).
 */
import {defineRule} from '@whatfor/lint-rule'

export default defineRule(
  {
    id: 'name-the-community',
    severity: 'suggestion',
    summary: 'TODO',
    argument: 'TODO',
    quote: 'meaningful-social-object',
    flags: [],
    leavesAlone: []
  },
  () => {
    // TODO: not implemented yet.
  }
)
