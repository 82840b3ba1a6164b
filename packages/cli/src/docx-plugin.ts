import {readFile} from 'node:fs/promises'
import path from 'node:path'
import {type ConvertedDocx, docxToMarkdown, toWordPositions} from '@whatfor/docx'
import type {Root} from 'mdast'
import type {Processor} from 'unified'
import type {VFile} from 'vfile'
import {ENGINE_ONLY} from './worker-plugins.js'

export interface DocxPluginOptions {
  /** Largest `.docx` read, in bytes (the CLI's `--max-size`). */
  maxBytes?: number
}

type RunCallback = (error?: Error, tree?: Root, file?: VFile) => void
type Run = (tree: Root, file?: VFile, done?: RunCallback) => Promise<Root> | undefined

const STATE = 'whatforDocx'

/**
 * `.docx` plans (Word, or Google Docs' Word export) in the CLI, converted by
 * `@whatfor/docx` into the Markdown every rule reads. Two things stand in the
 * way of a plain parser: unified-engine reads each file as UTF-8 text, which
 * ruins a zip archive, and the conversion is asynchronous while a parser is
 * not. So this plugin, the outermost of the processor, leaves a `.docx` out
 * of parsing and, in `run`, reads its bytes from disk, converts them, and
 * hands the Markdown to the rest of the processor as if it had been read
 * from a `.md`: the result cache keys it by its Markdown, lint workers parse
 * it, the input guard checks it. Then every message's position becomes a
 * Word paragraph number (see packages/docx/src/paragraphs.ts): `line` is the
 * paragraph, `column` the character in it, and `file.data.whatforPositions`
 * says so.
 */
export function whatforDocx(this: Processor, options: DocxPluginOptions = {}): undefined {
  const parse = this.parser!
  this.parser = (document: string, file: VFile) => {
    if (!isDocx(file)) return parse(document, file)
    ;(file.data as Record<string, unknown>)[STATE] = true
    return {type: 'root', children: []} satisfies Root
  }

  const run = this.run.bind(this) as unknown as Run
  const docxRun: Run = (tree, file, done) => {
    if (!file || !done || !file.data[STATE]) return run(tree, file, done)
    delete (file.data as Record<string, unknown>)[STATE]
    void convert(file, options).then(
      (converted) => {
        if (!converted) {
          done(undefined, tree, file)
          return
        }
        file.value = converted.markdown
        let parsed: Root
        try {
          parsed = parse(converted.markdown, file) as Root
        } catch (error) {
          done(error as Error)
          return
        }
        const toWord = (result?: Root) => {
          toWordPositions(file, converted.markdown, converted.paragraphs)
          done(undefined, result, file)
        }
        // As unified-engine does: a file that failed to parse is not run.
        if (file.messages.some((message) => message.fatal)) toWord(parsed)
        else run(parsed, file, (error, result) => (error ? done(error) : toWord(result)))
      },
      (error: unknown) => done(error as Error)
    )
    return undefined
  }
  ;(this as unknown as {run: Run}).run = docxRun
  return undefined
}
;(whatforDocx as unknown as Record<symbol, unknown>)[ENGINE_ONLY] = true

function isDocx(file: VFile): boolean {
  return (file.extname ?? '').toLowerCase() === '.docx'
}

/** The document as Markdown, or undefined after putting one fatal message on the file. */
async function convert(
  file: VFile,
  options: DocxPluginOptions
): Promise<ConvertedDocx | undefined> {
  const fail = (reason: string, ruleId: string) => {
    const message = file.message(reason, {ruleId, source: 'whatfor'})
    message.fatal = true
    return undefined
  }
  if (file.data.unifiedEngineStreamIn)
    return fail('Cannot read a .docx from stdin, expected the path of the file', 'docx-from-stdin')
  let bytes: Uint8Array
  try {
    bytes = await readFile(path.resolve(file.cwd, file.path))
  } catch (error) {
    return fail(`Cannot read the file: ${(error as Error).message}`, 'unreadable-file')
  }
  if (options.maxBytes !== undefined && bytes.byteLength > options.maxBytes) {
    return fail(
      `Cannot lint a .docx of ${megabytes(bytes.byteLength)}, expected at most ${megabytes(options.maxBytes)} (set --max-size to raise the limit)`,
      'file-too-large'
    )
  }
  try {
    return await docxToMarkdown(bytes)
  } catch (error) {
    return fail((error as Error).message.split('\n')[0]!, 'unreadable-docx')
  }
}

function megabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`
}
