import {handledTokens, type MdastExtensions} from '@whatfor/parse'
import remarkFrontmatter from 'remark-frontmatter'
import type {Processor} from 'unified'

/**
 * YAML front matter, as remark-frontmatter adds it, unless a plugin before
 * the preset (remark-frontmatter in a `.remarkrc`) has added it already:
 * twice, the same fence would be tried twice at the start of every document.
 */
export function frontMatterOnce(this: Processor): undefined {
  if (handledTokens(this.data('fromMarkdownExtensions') as MdastExtensions).has('yaml'))
    return undefined
  remarkFrontmatter.call(this)
  return undefined
}
