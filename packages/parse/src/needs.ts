/**
 * Syntax extensions that only some documents can use.
 *
 * Each GFM construct is tried at many places of every document: the table at
 * the start of every paragraph, the email autolink at every letter. Together
 * they more than double micromark's parse time, yet a construct cannot match
 * in a document that lacks the characters it is made of (a table needs `|`
 * or an aligned `:-`, strikethrough `~`…). An extension marked with such a
 * test is left out of the documents that fail it: the tree is the same, and
 * the parse costs what a plain CommonMark parse costs.
 */

/** Whether `document` may contain the syntax; a false "yes" only costs time. */
export type SyntaxTest = (document: string) => boolean

// A registered symbol, not a module-local WeakMap: a second copy of this
// module (another bundle, a worker) still recognises the mark.
const NEEDS = Symbol.for('whatfor.parse.syntaxTest')

/** Mark `extension` (micromark or mdast) as needed only where `test` holds. */
export function onlyWhere<Extension extends object>(
  extension: Extension,
  test: SyntaxTest
): Extension {
  // Not enumerable: micromark and mdast-util-from-markdown read extensions with for…in.
  Object.defineProperty(extension, NEEDS, {value: test})
  return extension
}

/**
 * The extensions of `list` that `document` may use, in their order. Each test
 * runs once per document: micromark's and mdast's halves share it.
 */
export function extensionsFor<Extension>(
  list: readonly Extension[] | undefined,
  document: string,
  verdicts: Map<SyntaxTest, boolean>
): Extension[] {
  if (!list) return []
  return list.filter((extension) => {
    const test = (extension as {[NEEDS]?: SyntaxTest} | null)?.[NEEDS]
    if (!test) return true
    let verdict = verdicts.get(test)
    if (verdict === undefined) {
      verdict = test(document)
      verdicts.set(test, verdict)
    }
    return verdict
  })
}
