import {fileURLToPath} from 'node:url'
import {
  type Connection,
  type Diagnostic,
  ErrorCodes,
  Position,
  Range,
  ResponseError,
  TextDocumentIdentifier,
  TextDocumentItem,
  VersionedTextDocumentIdentifier
} from 'vscode-languageserver/node.js'

/**
 * Checks what the editor sends before unified-language-server and
 * vscode-languageserver act on it. Neither checks its input: a `didOpen`
 * whose `uri` is a number makes a lint fail outside any handler, which ends
 * the server, and a position of 0.5 lines turns the document's text into
 * nonsense. A notification that cannot be used is dropped with one line in
 * the editor's log; a request gets an "invalid params" error; either way the
 * server carries on.
 *
 * Documents that are not files on disk (`untitled:`, `git:`…) are left
 * alone too: unified-engine finds a plan's config by its path, and the CLI
 * would never see them.
 */
export function checkIncoming(connection: Connection): void {
  const drop = (what: string, why: string) =>
    connection.console.warn(`whatfor ignored a ${what} it could not use: ${why}`)

  const onDidOpenTextDocument = connection.onDidOpenTextDocument
  connection.onDidOpenTextDocument = (handler) =>
    onDidOpenTextDocument((params) => {
      const document: unknown = params?.textDocument
      if (!TextDocumentItem.is(document) || !Number.isInteger(document.version))
        return drop('document', 'expected a uri, a language, a version and the text')
      if (!isFileUri(document.uri)) {
        connection.console.log(`whatfor lints files on disk only, not ${document.uri}`)
        return
      }
      return handler(params)
    })

  const onDidChangeTextDocument = connection.onDidChangeTextDocument
  connection.onDidChangeTextDocument = (handler) =>
    onDidChangeTextDocument((params) => {
      if (!VersionedTextDocumentIdentifier.is(params?.textDocument))
        return drop('change', 'expected the document’s uri and version')
      const changes: unknown = params.contentChanges
      if (!Array.isArray(changes) || !changes.every(isContentChange))
        return drop('change', 'expected the new text, or ranges of whole lines and characters')
      return handler(params)
    })

  const onDidCloseTextDocument = connection.onDidCloseTextDocument
  connection.onDidCloseTextDocument = (handler) =>
    onDidCloseTextDocument((params) => {
      if (!TextDocumentIdentifier.is(params?.textDocument))
        return drop('close', 'expected the document’s uri')
      return handler(params)
    })

  const onHover = connection.onHover
  connection.onHover = (handler) =>
    onHover((params, ...rest) => {
      if (!TextDocumentIdentifier.is(params?.textDocument) || !isPosition(params.position))
        return invalid('expected a document and a position')
      return handler(params, ...rest)
    })

  const onCodeAction = connection.onCodeAction
  connection.onCodeAction = (handler) =>
    onCodeAction((params, ...rest) => {
      const diagnostics: unknown = params?.context?.diagnostics
      if (
        !TextDocumentIdentifier.is(params?.textDocument) ||
        !isRange(params.range) ||
        !Array.isArray(diagnostics)
      )
        return invalid('expected a document, a range and the diagnostics in it')
      // A diagnostic the editor mangled cannot be fixed; the others still can.
      const usable = diagnostics.filter(isDiagnosticLike)
      return handler({...params, context: {...params.context, diagnostics: usable}}, ...rest)
    })

  const onDocumentFormatting = connection.onDocumentFormatting
  connection.onDocumentFormatting = (handler) =>
    onDocumentFormatting((params, ...rest) => {
      if (!TextDocumentIdentifier.is(params?.textDocument)) return invalid('expected a document')
      return handler(params, ...rest)
    })
}

function invalid(why: string): ResponseError<void> {
  return new ResponseError(ErrorCodes.InvalidParams, `whatfor could not use the request: ${why}`)
}

/** A file URL Node can turn into a path (no host, no encoded slash). */
export function isFileUri(uri: string): boolean {
  try {
    const url = new URL(uri)
    if (url.protocol !== 'file:') return false
    fileURLToPath(url)
    return true
  } catch {
    return false
  }
}

/** `Position.is` allows fractions; a line is a whole number. */
function isPosition(value: unknown): value is Position {
  return Position.is(value) && Number.isInteger(value.line) && Number.isInteger(value.character)
}

function isRange(value: unknown): value is Range {
  return Range.is(value) && isPosition(value.start) && isPosition(value.end)
}

function isContentChange(value: unknown): boolean {
  if (typeof value !== 'object' || value === null) return false
  const change = value as {text?: unknown; range?: unknown; rangeLength?: unknown}
  if (typeof change.text !== 'string') return false
  return change.range === undefined || isRange(change.range)
}

function isDiagnosticLike(value: unknown): value is Diagnostic {
  return (
    typeof value === 'object' &&
    value !== null &&
    isRange((value as Diagnostic).range) &&
    typeof (value as Diagnostic).message === 'string'
  )
}
