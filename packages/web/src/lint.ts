import {type ParagraphAnchor, toWordPositions, wordPoint} from '@whatfor/docx'
import incrementalParse from '@whatfor/incremental-parse'
import inputGuard from '@whatfor/input-guard'
import whatforParse from '@whatfor/parse'
import {getPlan} from '@whatfor/plan-model'
import preset from '@whatfor/preset'
import type {Root} from 'mdast'
import {unified} from 'unified'
import {VFile} from 'vfile'
import reporterJson from 'vfile-reporter-json'
import {type PageFinding, pageFindings} from './findings.js'
import {type PlanSummary, summarise} from './summary.js'

/** What the page shows for one version of the text. */
export interface LintResult {
  /** The text these findings are for (the page shows them only while it is current). */
  readonly text: string
  readonly findings: readonly PageFinding[]
  /** Undefined when the file could not be read as a plan (empty, broken front matter). */
  readonly summary: PlanSummary | undefined
  /** `whatfor --report json`'s format (vfile-reporter-json), for the JSON export. */
  readonly json: string
  /** Whether positions are Word paragraphs (the text is a `.docx` as converted, unchanged). */
  readonly wordParagraphs: boolean
  /** Milliseconds the lint took where it ran. */
  readonly lintMs: number
}

/** A `.docx` as converted, so findings on its unchanged text can name Word paragraphs. */
export interface WordSource {
  readonly markdown: string
  readonly paragraphs: readonly ParagraphAnchor[]
}

/**
 * The CLI's pipeline: whatfor's parser, the input guard and the recommended
 * preset, with the language server's incremental parse in front, since the
 * page re-lints the same plan on every keystroke and an edit changes one
 * part of it.
 */
const processor = unified()
  .use(whatforParse)
  .use(incrementalParse)
  .use(inputGuard)
  .use(preset)
  .freeze()

export async function lintPlan(
  text: string,
  name: string,
  word: WordSource | undefined
): Promise<LintResult> {
  const began = performance.now()
  const file = new VFile({path: name, value: text, cwd: '/'})
  const tree = processor.parse(file) as Root
  const failed = file.messages.some((message) => message.fatal)
  if (!failed) await processor.run(tree, file)
  // Findings on a `.docx` as converted name its Word paragraphs; once the
  // reader edits the text, lines are all there is.
  const inWord = word !== undefined && word.markdown === text
  const paragraphOf = inWord
    ? (offset: number) => wordPoint(word.paragraphs, offset).line
    : undefined
  const findings = pageFindings(file, text, paragraphOf)
  const summary =
    failed || tree.children.length === 0 ? undefined : summarise(getPlan(tree, file), paragraphOf)
  // The JSON export then reads as `whatfor --report json plan.docx` does.
  if (inWord) toWordPositions(file, text, word.paragraphs)
  return {
    text,
    findings,
    summary,
    json: reporterJson([file]),
    wordParagraphs: inWord,
    lintMs: performance.now() - began
  }
}
