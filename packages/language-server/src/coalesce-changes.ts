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
 *
 * Only open documents are gated. A change to a document the editor never
 * opened (or already closed) is linted by nobody, so no diagnostics would
 * ever release it: it is passed on untouched (unified-language-server
 * ignores it) and holds nothing back.
 */
export interface ChangeGate {
  /** Wraps the connection's open, change and close handler registrations. */
  install(connection: Connection): void
  /** Call with every diagnostics notification, before it is sent. */
  published(params: PublishDiagnosticsParams): void
  /** Whether the editor has the document open. */
  isOpen(uri: string): boolean
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
  const open = new Set<string>()
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

  /** Nothing waits for a document that was opened afresh or closed. */
  function forget(uri: string): void {
    clearTimeout(states.get(uri)?.timer)
    states.delete(uri)
  }

  return {
    install(connection) {
      const onDidOpenTextDocument = connection.onDidOpenTextDocument
      connection.onDidOpenTextDocument = (handler) =>
        onDidOpenTextDocument((params) => {
          forget(params.textDocument.uri)
          open.add(params.textDocument.uri)
          return handler(params)
        })
      const onDidCloseTextDocument = connection.onDidCloseTextDocument
      connection.onDidCloseTextDocument = (handler) =>
        onDidCloseTextDocument((params) => {
          forget(params.textDocument.uri)
          open.delete(params.textDocument.uri)
          return handler(params)
        })
      const onDidChangeTextDocument = connection.onDidChangeTextDocument
      connection.onDidChangeTextDocument = (handler) => {
        forward = handler
        return onDidChangeTextDocument((params) => {
          const uri = params.textDocument.uri
          // An empty change list lints nothing either.
          if (!open.has(uri) || params.contentChanges.length === 0) return handler(params)
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
    },
    isOpen(uri) {
      return open.has(uri)
    }
  }
}
