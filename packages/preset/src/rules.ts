import type {WhatforRule} from '@whatfor/lint-rule'
import noChannelFirst from '@whatfor/rule-no-channel-first'
import whatFor from '@whatfor/rule-what-for'

/** Every whatfor rule, in catalogue order. */
export const rules: readonly WhatforRule[] = [noChannelFirst, whatFor]

export function ruleById(id: string): WhatforRule | undefined {
  return rules.find((rule) => rule.meta.id === id)
}
