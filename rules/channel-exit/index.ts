/**
 * ## channel-exit
 *
 * TODO: the essay argument this rule enforces (see ../../../shared/design/rules.md).
 */
import {defineRule} from '@whatfor/lint-rule'

export default defineRule(
  {
    id: 'channel-exit',
    severity: 'suggestion',
    summary: 'TODO',
    argument: 'TODO',
    quote: 'hard-to-get-out',
    flags: [],
    leavesAlone: []
  },
  () => {
    // TODO: not implemented yet.
  }
)
