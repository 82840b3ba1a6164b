/**
 * ## no-faceless-audience
 *
 * TODO: the essay argument this rule enforces (see ../../../shared/design/rules.md).
 */
import {defineRule} from '@whatfor/lint-rule'

export default defineRule(
  {
    id: 'no-faceless-audience',
    severity: 'suggestion',
    summary: 'TODO',
    argument: 'TODO',
    quote: 'customer-as-individual',
    flags: [],
    leavesAlone: []
  },
  () => {
    // TODO: not implemented yet.
  }
)
