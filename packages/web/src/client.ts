import type {LintResult} from './lint.js'
import type {WorkerReply, WorkerRequest} from './protocol.js'

/**
 * The page's side of the lint worker. Typing sends every change at once when
 * the worker is idle; while a lint runs, further keystrokes only replace the
 * text waiting to go next, so the worker never works through a backlog of
 * stale versions and the findings for the last keystroke come one lint
 * after it, at most two. (A fixed debounce would add its delay to every
 * keystroke; this adds nothing when the worker is free.)
 */
export class LintClient {
  readonly #worker: Worker
  #nextId = 0
  #busy = false
  #waiting: {text: string; name: string} | undefined
  readonly #pending = new Map<number, (reply: WorkerReply) => void>()

  constructor(
    worker: Worker,
    private readonly onResult: (result: LintResult) => void,
    private readonly onError: (message: string) => void
  ) {
    this.#worker = worker
    worker.onmessage = (event: MessageEvent<WorkerReply>) => {
      const resolve = this.#pending.get(event.data.id)
      this.#pending.delete(event.data.id)
      resolve?.(event.data)
    }
  }

  /** Lint this text now, or as soon as the lint under way is done. */
  lint(text: string, name: string): void {
    if (this.#busy) {
      this.#waiting = {text, name}
      return
    }
    this.#busy = true
    void this.#send({type: 'lint', id: this.#nextId++, text, name}).then((reply) => {
      this.#busy = false
      if (reply.type === 'lint') this.onResult(reply.result)
      else if (reply.type === 'error') this.onError(reply.message)
      const next = this.#waiting
      this.#waiting = undefined
      if (next) this.lint(next.text, next.name)
    })
  }

  /** A `.docx` as Markdown (the worker keeps it, to give findings Word paragraphs). */
  async convert(name: string, bytes: ArrayBuffer): Promise<string> {
    const reply = await this.#send({type: 'convert', id: this.#nextId++, name, bytes}, [bytes])
    if (reply.type === 'convert') return reply.markdown
    throw new Error(reply.type === 'error' ? reply.message : 'Unexpected reply from the worker')
  }

  #send(request: WorkerRequest, transfer: Transferable[] = []): Promise<WorkerReply> {
    return new Promise((resolve) => {
      this.#pending.set(request.id, resolve)
      this.#worker.postMessage(request, transfer)
    })
  }
}
