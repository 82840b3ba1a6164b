import type {
  Connection,
  DidChangeTextDocumentParams,
  PublishDiagnosticsParams
} from 'vscode-languageserver/node.js'

/**
 * Typing sends a change per keystroke, and unified-language-server starts a
 * full lint for each, all running at once. With a lint that takes longer than
 * a keystroke, they pile up: the diagnostics for what is on screen arrive
 * last, after every stale lint has competed for the same CPU.
 *
 * The server asks for full-text sync, so every change carries the whole
 * document and only the newest matters. While a document's lint is running,
 * its changes wait here and only the newest is passed on when the lint's
 * diagnostics go out: at most one lint per document at a time, and always of
 * the latest text.
 */
export interface ChangeGate {
  /** Wraps the connection's change handler registration. */
  install(connection: Connection): void
  /** Call with every diagnostics notification, before it is sent. */
  published(params: PublishDiagnosticsParams): void
}

/** A lint whose diagnostics never come (a file outside every workspace) must not hold changes forever. */
const GIVE_UP_MS = 10_000

interface DocumentState {
  running: number | undefined
  waiting: DidChangeTextDocumentParams | undefined
  timer: NodeJS.Timeout | undefined
}

export function createChangeGate(): ChangeGate {
  const states = new Map<string, DocumentState>()
  let forward: ((params: DidChangeTextDocumentParams) => void) | undefined

  function start(state: DocumentState, params: DidChangeTextDocumentParams): void {
    state.running = params.textDocument.version
    clearTimeout(state.timer)
    state.timer = setTimeout(() => finish(params.textDocument.uri), GIVE_UP_MS)
    state.timer.unref()
    forward!(params)
  }

  function finish(uri: string): void {
    const state = states.get(uri)
    if (!state) return
    clearTimeout(state.timer)
    state.running = undefined
    const next = state.waiting
    state.waiting = undefined
    if (next) start(state, next)
    else states.delete(uri)
  }

  return {
    install(connection) {
      const onDidChangeTextDocument = connection.onDidChangeTextDocument
      connection.onDidChangeTextDocument = (handler) => {
        forward = handler
        return onDidChangeTextDocument((params) => {
          const uri = params.textDocument.uri
          const fullText =
            params.contentChanges.length === 1 && !('range' in params.contentChanges[0]!)
          let state = states.get(uri)
          if (!state) {
            state = {running: undefined, waiting: undefined, timer: undefined}
            states.set(uri, state)
          }
          // Incremental changes must all be applied in order: pass them on as they come.
          if (!fullText || state.running === undefined) start(state, params)
          else state.waiting = params
        })
      }
    },
    published(params) {
      const state = states.get(params.uri)
      if (
        state &&
        (params.version === undefined ||
          params.version === null ||
          params.version === state.running)
      )
        finish(params.uri)
    }
  }
}
