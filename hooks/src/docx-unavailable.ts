// Stands in for @whatfor/docx in the committed pre-commit bundle
// (scripts/bundles.json aliases it there). The converter and mammoth are
// most of the bundle's size and cost every commit its start-up time, while
// the hook is given Markdown and text files (.pre-commit-hooks.yaml). A
// .docx that reaches the hook anyway gets this one message instead.
import type * as Docx from '@whatfor/docx'

const MESSAGE =
  "Cannot lint a .docx in the pre-commit hook, expected a Markdown or text plan (the whatfor command lints .docx: see Install in whatfor's README)"

export const docxToMarkdown: typeof Docx.docxToMarkdown = async () => {
  throw new Error(MESSAGE)
}

// Never reached: docx-plugin.ts only places positions after a conversion.
export const toWordPositions: typeof Docx.toWordPositions = () => undefined
