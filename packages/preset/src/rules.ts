import type {WhatforRule} from '@whatfor/lint-rule'
import channelExit from '@whatfor/rule-channel-exit'
import humanObjective from '@whatfor/rule-human-objective'
import nameTheCommunity from '@whatfor/rule-name-the-community'
import nameTheExecutors from '@whatfor/rule-name-the-executors'
import noAimlessListening from '@whatfor/rule-no-aimless-listening'
import noBoilerplatePurpose from '@whatfor/rule-no-boilerplate-purpose'
import noChannelFirst from '@whatfor/rule-no-channel-first'
import noFacelessAudience from '@whatfor/rule-no-faceless-audience'
import noGuruAppeal from '@whatfor/rule-no-guru-appeal'
import noInfluenceGoal from '@whatfor/rule-no-influence-goal'
import noPlatformStrategy from '@whatfor/rule-no-platform-strategy'
import noPushBuzzEngage from '@whatfor/rule-no-push-buzz-engage'
import noTacticAsStrategy from '@whatfor/rule-no-tactic-as-strategy'
import noVanityMetrics from '@whatfor/rule-no-vanity-metrics'
import noViralGoal from '@whatfor/rule-no-viral-goal'
import purposeBeforeTactics from '@whatfor/rule-purpose-before-tactics'
import tacticNeedsPurpose from '@whatfor/rule-tactic-needs-purpose'
import whatFor from '@whatfor/rule-what-for'

/** Every whatfor rule, in catalogue order (../shared/design/rules.md). */
export const rules: readonly WhatforRule[] = [
  noChannelFirst,
  whatFor,
  noTacticAsStrategy,
  noPlatformStrategy,
  purposeBeforeTactics,
  tacticNeedsPurpose,
  noVanityMetrics,
  noPushBuzzEngage,
  noInfluenceGoal,
  noViralGoal,
  humanObjective,
  noBoilerplatePurpose,
  nameTheExecutors,
  nameTheCommunity,
  noFacelessAudience,
  noAimlessListening,
  channelExit,
  noGuruAppeal
]

export function ruleById(id: string): WhatforRule | undefined {
  return rules.find((rule) => rule.meta.id === id)
}
