import type {WhatforRule} from '@whatfor/lint-rule'
import {gfmWhereUsed} from '@whatfor/parse'
import type {Root} from 'mdast'
import type {Preset, Transformer} from 'unified'
import {controlComments} from './control-comments.js'
import {frontMatterOnce} from './front-matter.js'
import {rules} from './rules.js'

export {ruleById, rules} from './rules.js'

/** Rule ids that `<!-- whatfor disable RULE -->` comments may name. */
export const ruleIds: readonly string[] = rules.map((rule) => rule.meta.id)

/**
 * `<!-- whatfor disable|enable|ignore RULE -->`. It filters the messages that
 * exist when it runs, so it comes after the rules.
 */
function whatforMessageControl(): Transformer<Root> {
  return controlComments(ruleIds)
}

/**
 * The recommended preset: front matter and GFM parsed (with whatfor's parser,
 * each GFM construct only in documents that can contain it), every rule at
 * its catalogue severity (rules off by default are left out), and inline
 * comment control. Used after remark-gfm or remark-frontmatter (in a
 * `.remarkrc`), it adds none of the syntax they added.
 */
const preset: Preset = {
  plugins: [
    frontMatterOnce,
    gfmWhereUsed,
    ...rules.map((rule) =>
      rule.meta.enabledByDefault === false ? ([rule, false] as [WhatforRule, false]) : rule
    ),
    whatforMessageControl
  ]
}

export default preset
