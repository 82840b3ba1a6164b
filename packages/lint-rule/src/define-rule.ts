import {citation, formatCitation} from '@whatfor/citations'
import {getPlan, type PlanModel} from '@whatfor/plan-model'
import type {Root} from 'mdast'
import type {Plugin} from 'unified'
import type {VFile} from 'vfile'
import {type RuleMeta, ruleDocsUrl} from './meta.js'
import {sectionOf} from './section-of.js'
import {fatalOf, readSetting} from './severity.js'
import {withoutStackTrace} from './without-stack-trace.js'

/** Where a finding is: source offsets, or one offset for something missing. */
export interface Finding {
  readonly start: number
  readonly end?: number
  /** “Unexpected X, expected Y”. */
  readonly reason: string
  /** Fix text the editor can offer (a skeleton or a rewrite prompt, never invented content). */
  readonly expected?: readonly string[]
  /** Text the fix replaces, when it replaces something. */
  readonly actual?: string
}

export type Report = (finding: Finding) => void

/**
 * A rule reads the shared plan model, never the raw tree, so a document is
 * analysed once however many rules run.
 */
type Check<Options> = (plan: PlanModel, report: Report, options: Options) => void

/** Defaults merged with user options; throws an error that names the rule and the option on a bad one. */
type OptionsParser<Options> = (raw: unknown) => Options

export type WhatforRule = Plugin<[unknown?], Root> & {readonly meta: RuleMeta}

export const MESSAGE_SOURCE = 'whatfor'

export function defineRule<Options>(
  meta: RuleMeta,
  check: Check<Options>,
  parseOptions?: OptionsParser<Options>
): WhatforRule {
  const note = formatCitation(citation(meta.quote))
  const url = ruleDocsUrl(meta.id)

  function rule(config?: unknown) {
    const setting = readSetting<unknown>(meta.id, meta.severity, config)
    if (setting.severity === 'off') return
    const options = (
      parseOptions ? parseOptions(setting.options) : (setting.options ?? {})
    ) as Options
    const fatal = fatalOf(setting.severity)
    return (tree: Root, file: VFile): undefined => {
      // A document with nothing in it (an empty file, or one a guard refused
      // and left as an empty tree) has nothing to find.
      if (tree.children.length === 0) return
      const plan = getPlan(tree, file)
      check(
        plan,
        (finding) => {
          const start = plan.point(finding.start)
          // A range that ends before it starts (offsets the plan model could
          // not place, as for nodes a GFM transform leaves without a
          // position) is reported where it starts: an editor refuses it.
          const place =
            finding.end === undefined || finding.end < finding.start
              ? start
              : {start, end: plan.point(finding.end)}
          const message = withoutStackTrace(() =>
            file.message(finding.reason, {place, ruleId: meta.id, source: MESSAGE_SOURCE})
          )
          message.url = url
          message.note = note
          message.fatal = fatal
          message.section = sectionOf(plan, finding.start)
          if (finding.expected) message.expected = [...finding.expected]
          if (finding.actual !== undefined) message.actual = finding.actual
        },
        options
      )
    }
  }

  Object.defineProperty(rule, 'name', {value: `whatfor:${meta.id}`})
  return Object.assign(rule as Plugin<[unknown?], Root>, {meta})
}
