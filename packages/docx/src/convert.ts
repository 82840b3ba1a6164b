import type {Root as HastRoot} from 'hast'
import {fromHtml} from 'hast-util-from-html'
import {toMdast} from 'hast-util-to-mdast'
import mammoth from 'mammoth'
import type {Root as MdastRoot} from 'mdast'
import {fromMarkdown} from 'mdast-util-from-markdown'
import {gfmTableFromMarkdown, gfmTableToMarkdown} from 'mdast-util-gfm-table'
import {toMarkdown} from 'mdast-util-to-markdown'
import {gfmTable} from 'micromark-extension-gfm-table'
import {SKIP, visit} from 'unist-util-visit'
import {anchorsOf, type ParagraphAnchor, wordParagraphStarts} from './paragraphs.js'
import {prepareTables} from './tables.js'

/** A Word document as the Markdown whatfor lints, with where each Word paragraph went. */
export interface ConvertedDocx {
  readonly markdown: string
  /** One per Word paragraph with text, in document order (see paragraphs.ts). */
  readonly paragraphs: readonly ParagraphAnchor[]
}

/** A file that is not a Word document, or a damaged one. */
export class DocxError extends Error {
  constructor(message: string, options?: {cause?: unknown}) {
    super(message, options)
    this.name = 'DocxError'
  }
}

/**
 * Word styles that carry structure beyond mammoth's defaults (which already
 * map Heading 1–6 and Word's lists). A Google Docs or Word title is the
 * plan's title: a top-level heading, as `# Title` would be in Markdown.
 */
const STYLE_MAP = ["p[style-name='Title'] => h1:fresh"]

/**
 * Convert a `.docx` (Word, or Google Docs' Word export) into Markdown: mammoth
 * reads the document into HTML (headings from the heading styles, lists from
 * Word's numbering, tables as tables), rehype's parser turns that into a hast
 * tree, hast-util-to-mdast into mdast, and mdast-util-to-markdown writes it
 * out with GFM tables. Every rule then reads the same structure it would read
 * in a Markdown plan. Pictures are left out: they are not the plan's words.
 *
 * Runs in Node and in a browser or worker (mammoth's browser build reads the
 * zip from an ArrayBuffer); nothing here touches the file system.
 */
export async function docxToMarkdown(bytes: Uint8Array | ArrayBuffer): Promise<ConvertedDocx> {
  const buffer = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes)
  let html: string
  try {
    const result = await mammoth.convertToHtml(
      // Node's build reads `buffer`, the browser build `arrayBuffer`; both take bytes.
      {buffer, arrayBuffer: buffer} as unknown as {arrayBuffer: ArrayBuffer},
      {
        styleMap: STYLE_MAP,
        externalFileAccess: false,
        // Never read a picture's bytes: it is dropped below.
        convertImage: mammoth.images.imgElement(() => Promise.resolve({src: ''}))
      }
    )
    html = result.value
  } catch (error) {
    throw new DocxError(`${describe(error)}, expected a Word document (.docx)`, {cause: error})
  }

  const hast = fromHtml(html, {fragment: true}) as HastRoot
  const starts = wordParagraphStarts(hast)
  prepareTables(hast)
  const mdast = toMdast(hast) as MdastRoot
  visit(mdast, 'image', (_node, index, parent) => {
    if (parent && index !== undefined) {
      parent.children.splice(index, 1)
      return [SKIP, index]
    }
    return undefined
  })
  const markdown = toMarkdown(mdast, {
    extensions: [gfmTableToMarkdown()],
    bullet: '-',
    listItemIndent: 'one',
    rule: '-'
  })
  const reparsed = fromMarkdown(markdown, {
    extensions: [gfmTable()],
    mdastExtensions: [gfmTableFromMarkdown()]
  })
  return {markdown, paragraphs: anchorsOf(mdast, reparsed, starts)}
}

/** mammoth's and JSZip's errors, as one line a person can act on. */
function describe(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error)
  const first = text.split('\n')[0]!.trim().replace(/[.:]$/, '')
  if (/zip|central directory|signature/i.test(first))
    return 'Cannot read the file as a .docx (it is not a zip archive)'
  if (/word\/document\.xml|main document part/i.test(first))
    return 'Cannot find the document text in the .docx'
  return `Cannot read the .docx: ${first}`
}
