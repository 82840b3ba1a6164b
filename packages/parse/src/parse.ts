import type {Root} from 'mdast'
import {
  fromMarkdown,
  type Extension as MdastExtension,
  type Options
} from 'mdast-util-from-markdown'
import type {Extension as MicromarkExtension} from 'micromark-util-types'
import type {Processor} from 'unified'
import {extensionsFor, type SyntaxTest} from './needs.js'

/**
 * The parser of every whatfor processor: remark-parse, except that syntax
 * extensions marked with `onlyWhere` are left out of documents that cannot
 * contain their syntax. Like remark-parse it reads the extensions other plugins
 * put on `data` when it parses, so plugins used after it still count.
 */
export default function whatforParse(
  this: Processor,
  options?: Omit<Options, 'extensions' | 'mdastExtensions'>
): undefined {
  this.parser = (document: string): Root => {
    const verdicts = new Map<SyntaxTest, boolean>()
    return fromMarkdown(document, {
      ...this.data('settings'),
      ...options,
      extensions: extensionsFor(
        this.data('micromarkExtensions') as MicromarkExtension[] | undefined,
        document,
        verdicts
      ),
      mdastExtensions: extensionsFor(
        this.data('fromMarkdownExtensions') as Array<MdastExtension | MdastExtension[]> | undefined,
        document,
        verdicts
      )
    })
  }
  return undefined
}
