import {MESSAGE_SOURCE, type WhatforRule} from '@whatfor/lint-rule'
import {gfmWhereUsed} from '@whatfor/parse'
import type {Root} from 'mdast'
import remarkFrontmatter from 'remark-frontmatter'
import type {Preset, Transformer} from 'unified'
import {messageControl} from 'unified-message-control'
import {controlCommentReader} from './control-comments.js'
import {rules} from './rules.js'

export {ruleById, rules} from './rules.js'

/** Rule ids that `<!-- whatfor disable RULE -->` comments may name. */
export const ruleIds: readonly string[] = rules.map((rule) => rule.meta.id)

/**
 * `<!-- whatfor disable|enable|ignore RULE -->`. It filters the messages that
 * exist when it runs, so it comes after the rules.
 */
export function whatforMessageControl(): Transformer<Root> {
  // remark-message-control's setup, with a comment reader that turns a
  // comment it cannot read into a warning instead of a fatal error.
  const known = [...ruleIds]
  return (tree, file) => {
    // A document without the word has no `<!-- whatfor … -->` comment: there
    // is nothing to control, and the two walks over the whole tree that
    // message control makes are 5% of a lint.
    if (!String(file.value).includes('whatfor')) return
    messageControl(tree, {
      name: 'whatfor',
      source: MESSAGE_SOURCE,
      known,
      file,
      marker: controlCommentReader(file),
      // Comments are `html` nodes in mdast.
      test: 'html'
    })
  }
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
    ...rules.map((rule) =>
      rule.meta.enabledByDefault === false ? ([rule, false] as [WhatforRule, false]) : rule
    ),
    whatforMessageControl
  ]
}

export default preset
