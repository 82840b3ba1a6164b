import type {WhatforRule} from '@whatfor/lint-rule'
import noChannelFirst from '@whatfor/rule-no-channel-first'
import whatFor from '@whatfor/rule-what-for'
import noTacticAsStrategy from '@whatfor/rule-no-tactic-as-strategy'
import noPlatformStrategy from '@whatfor/rule-no-platform-strategy'
import purposeBeforeTactics from '@whatfor/rule-purpose-before-tactics'
import tacticNeedsPurpose from '@whatfor/rule-tactic-needs-purpose'
import noVanityMetrics from '@whatfor/rule-no-vanity-metrics'
import noPushBuzzEngage from '@whatfor/rule-no-push-buzz-engage'
import noInfluenceGoal from '@whatfor/rule-no-influence-goal'
import noViralGoal from '@whatfor/rule-no-viral-goal'
import humanObjective from '@whatfor/rule-human-objective'
import noBoilerplatePurpose from '@whatfor/rule-no-boilerplate-purpose'
import nameTheExecutors from '@whatfor/rule-name-the-executors'
import nameTheCommunity from '@whatfor/rule-name-the-community'
import noFacelessAudience from '@whatfor/rule-no-faceless-audience'
import noAimlessListening from '@whatfor/rule-no-aimless-listening'
import channelExit from '@whatfor/rule-channel-exit'
import noGuruAppeal from '@whatfor/rule-no-guru-appeal'

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
