import type {Preset} from 'unified'
import remarkFrontmatter from 'remark-frontmatter'
import {gfmWhereUsed} from '@whatfor/parse'
import remarkMessageControl from 'remark-message-control'
import {MESSAGE_SOURCE, type WhatforRule} from '@whatfor/lint-rule'
import {rules} from './rules.js'

export {rules, ruleById} from './rules.js'

/** Rule ids that `<!-- whatfor disable RULE -->` comments may name. */
export const ruleIds: readonly string[] = rules.map((rule) => rule.meta.id)

/**
 * `<!-- whatfor disable|enable|ignore RULE -->`. It filters the messages that
 * exist when it runs, so it comes after the rules.
 */
export function whatforMessageControl() {
  return remarkMessageControl({name: 'whatfor', source: MESSAGE_SOURCE, known: [...ruleIds]})
}

/**
 * The recommended preset: front matter and GFM parsed (with whatfor's parser,
 * each GFM construct only in documents that can contain it), every rule at
 * its catalogue severity (rules off by default are left out), and inline
 * comment control.
 */
const preset: Preset = {
  plugins: [
    remarkFrontmatter,
    gfmWhereUsed,
    ...rules.map((rule) => (rule.meta.enabledByDefault === false ? ([rule, false] as [WhatforRule, false]) : rule)),
    whatforMessageControl
  ]
}

export default preset
