import {docxToMarkdown} from '@whatfor/docx'
import {lintPlan, type WordSource} from './lint.js'
import type {WorkerReply, WorkerRequest} from './protocol.js'

/**
 * The page's lint worker: linting and `.docx` conversion run here, off the
 * page's main thread, so typing never waits for a lint. It keeps the last
 * converted `.docx`, so findings on its unchanged text give Word paragraphs.
 */
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<WorkerRequest>) => void) | null
  postMessage(reply: WorkerReply): void
}

let word: WordSource | undefined

scope.onmessage = (event) => {
  void answer(event.data).then((reply) => scope.postMessage(reply))
}

async function answer(request: WorkerRequest): Promise<WorkerReply> {
  try {
    if (request.type === 'convert') {
      const converted = await docxToMarkdown(request.bytes)
      word = converted
      return {type: 'convert', id: request.id, markdown: converted.markdown}
    }
    const result = await lintPlan(request.text, request.name, word)
    return {type: 'lint', id: request.id, result}
  } catch (error) {
    return {type: 'error', id: request.id, message: (error as Error).message ?? String(error)}
  }
}
