import {
  gfmAutolinkLiteralFromMarkdown,
  gfmAutolinkLiteralToMarkdown
} from 'mdast-util-gfm-autolink-literal'
import {gfmFootnoteFromMarkdown, gfmFootnoteToMarkdown} from 'mdast-util-gfm-footnote'
import {
  gfmStrikethroughFromMarkdown,
  gfmStrikethroughToMarkdown
} from 'mdast-util-gfm-strikethrough'
import {gfmTableFromMarkdown, gfmTableToMarkdown} from 'mdast-util-gfm-table'
import {gfmTaskListItemFromMarkdown, gfmTaskListItemToMarkdown} from 'mdast-util-gfm-task-list-item'
import {gfmAutolinkLiteral} from 'micromark-extension-gfm-autolink-literal'
import {gfmFootnote} from 'micromark-extension-gfm-footnote'
import {gfmStrikethrough} from 'micromark-extension-gfm-strikethrough'
import {gfmTable} from 'micromark-extension-gfm-table'
import {gfmTaskListItem} from 'micromark-extension-gfm-task-list-item'
import type {Processor} from 'unified'
import {onlyWhere, type SyntaxTest} from './needs.js'
import {handledTokens, isRegistered, type MdastExtensions} from './registered.js'

// What each GFM construct cannot do without. Every test is a superset of the
// construct's syntax (read off the micromark extensions), never a guess at
// what plans usually contain: a document that passes is parsed with the
// construct, one that fails could not have used it.

/** `www.`, `http://`/`https://` (any case), or the `@` of an email address; also what mdast's literal-autolink transform looks for. */
const mayHaveAutolinkLiteral: SyntaxTest = (document) =>
  document.includes('@') || document.includes('://') || WWW.test(document)
const WWW = /www\./i

/** A footnote call or definition starts `[^`. */
const mayHaveFootnote: SyntaxTest = (document) => document.includes('[^')

const mayHaveStrikethrough: SyntaxTest = (document) => document.includes('~')

/** A delimiter row has a `|`, or else an alignment colon next to its dashes (`:-`, `-:`). */
const mayHaveTable: SyntaxTest = (document) =>
  document.includes('|') || document.includes(':-') || document.includes('-:')

/** `[ ]`, `[x]`, `[X]` (the space may be any whitespace or a line ending). */
const mayHaveTaskListItem: SyntaxTest = (document) => TASK.test(document)
const TASK = /\[(?:\r\n|[\t\n\r xX])\]/

/**
 * GitHub Flavored Markdown as remark-gfm adds it (the same extensions, in the
 * same order, default options), with each construct marked so that
 * `whatforParse` leaves it out of documents that cannot contain it. Under
 * remark-parse every construct is always used, as with remark-gfm.
 */
export default function gfmWhereUsed(this: Processor): undefined {
  const data = this.data()
  extensions ??= makeExtensions()
  // Beside remark-gfm (in a `.remarkrc`) every construct is there already:
  // registering one twice would try it twice at every place of every document.
  const handled = handledTokens(data.fromMarkdownExtensions as MdastExtensions)
  const missing = extensions.constructs.filter(
    (construct) => !isRegistered(construct.fromMarkdown, handled)
  )
  if (missing.length === 0) return undefined
  data.micromarkExtensions = [
    ...(data.micromarkExtensions ?? []),
    ...missing.map((construct) => construct.syntax)
  ]
  data.fromMarkdownExtensions = [
    ...(data.fromMarkdownExtensions ?? []),
    ...missing.map((construct) => construct.fromMarkdown)
  ]
  // remark-stringify declares this key; whatfor does not depend on it.
  const stringify = data as {toMarkdownExtensions?: unknown[]}
  stringify.toMarkdownExtensions = [
    ...(stringify.toMarkdownExtensions ?? []),
    missing.length === extensions.constructs.length
      ? extensions.toMarkdown
      : {extensions: missing.map((construct) => construct.toMarkdown)}
  ]
  return undefined
}

// Made once and shared by every processor (unified-engine makes one per
// file): with default options the extensions are plain data that neither
// micromark nor mdast-util-from-markdown changes.
let extensions: ReturnType<typeof makeExtensions> | undefined

function makeExtensions() {
  const constructs = [
    [
      gfmAutolinkLiteral(),
      gfmAutolinkLiteralFromMarkdown(),
      gfmAutolinkLiteralToMarkdown(),
      mayHaveAutolinkLiteral
    ],
    [gfmFootnote(), gfmFootnoteFromMarkdown(), gfmFootnoteToMarkdown(), mayHaveFootnote],
    [
      gfmStrikethrough(),
      gfmStrikethroughFromMarkdown(),
      gfmStrikethroughToMarkdown(),
      mayHaveStrikethrough
    ],
    [gfmTable(), gfmTableFromMarkdown(), gfmTableToMarkdown(), mayHaveTable],
    [
      gfmTaskListItem(),
      gfmTaskListItemFromMarkdown(),
      gfmTaskListItemToMarkdown(),
      mayHaveTaskListItem
    ]
  ] as const
  const marked = constructs.map(([syntax, fromMarkdown, toMarkdown, test]) => ({
    syntax: onlyWhere(syntax, test),
    fromMarkdown: onlyWhere(fromMarkdown, test),
    toMarkdown
  }))
  return {
    constructs: marked,
    // Serialising is not per document: all of GFM, as remark-gfm gives it.
    toMarkdown: {extensions: marked.map((construct) => construct.toMarkdown)}
  }
}
