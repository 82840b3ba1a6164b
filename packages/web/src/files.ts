/** A file opened or dropped on the page, as the text to lint, or why it cannot be. */
export type ReadFile =
  | {readonly text: string; readonly fromDocx: boolean}
  | {readonly problem: string}

const TEXT = new Set(['md', 'markdown', 'txt', 'text'])
/** The CLI's default limit (--max-size): larger files are not plans, and would stall the editor. */
const MAX_BYTES = 8 * 1024 * 1024

/**
 * Read a plan file: Markdown and plain text as they are, a `.docx` through the
 * worker's converter. Anything else gets a sentence saying what to do.
 */
export async function readDroppedFile(
  file: File,
  convert: (bytes: ArrayBuffer) => Promise<string>
): Promise<ReadFile> {
  const extension = file.name.includes('.') ? file.name.split('.').pop()!.toLowerCase() : ''
  if (file.size > MAX_BYTES)
    return {
      problem: `Cannot open ${file.name}: at ${(file.size / (1024 * 1024)).toFixed(1)} MB it is too large to be a plan (at most 8 MB).`
    }
  if (extension === 'docx') {
    try {
      return {text: await convert(await file.arrayBuffer()), fromDocx: true}
    } catch (error) {
      return {problem: `Cannot open ${file.name}: ${(error as Error).message}`}
    }
  }
  if (extension === 'doc')
    return {
      problem: `Cannot open ${file.name}, an old Word .doc file: in Word, use Save As and choose Word Document (.docx), then open that.`
    }
  if (TEXT.has(extension) || extension === '' || file.type.startsWith('text/'))
    return {text: await file.text(), fromDocx: false}
  return {
    problem: `Cannot open ${file.name}: whatfor reads Markdown (.md), plain text (.txt) and Word (.docx) files.`
  }
}
