/**
 * ## tactic-needs-purpose
 *
 * TODO: the essay argument this rule enforces (see ../../../shared/design/rules.md).
 */
import {defineRule} from '@whatfor/lint-rule'

export default defineRule(
  {
    id: 'tactic-needs-purpose',
    severity: 'suggestion',
    enabledByDefault: false,
    summary: 'TODO',
    argument: 'TODO',
    quote: 'purposeless-tactical-activity',
    flags: [],
    leavesAlone: []
  },
  () => {
    // TODO: not implemented yet.
  }
)
