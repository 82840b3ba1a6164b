import {citation} from '@whatfor/citations'
import {ruleById} from '@whatfor/preset'

/** The essay a finding cites, as the JSON report and the terminal report show it. */
export interface FindingCitation {
  readonly quote: string
  readonly title: string
  readonly author: string
  readonly date: string
  readonly url: string
}

const byRule = new Map<string, FindingCitation | undefined>()

/** The citation of one of whatfor's rules; undefined for any other rule id. Worked out once per rule. */
export function citationOf(ruleId: string): FindingCitation | undefined {
  if (!byRule.has(ruleId)) {
    const rule = ruleById(ruleId)
    const cited = rule ? citation(rule.meta.quote) : undefined
    byRule.set(
      ruleId,
      cited && {
        quote: cited.quote,
        title: cited.essay.title,
        author: cited.essay.author,
        date: cited.essay.date,
        url: cited.essay.url
      }
    )
  }
  return byRule.get(ruleId)
}
