import incrementalParse from '@whatfor/incremental-parse'
import inputGuard from '@whatfor/input-guard'
import whatforParse from '@whatfor/parse'
import type {Root} from 'mdast'
import {unified} from 'unified'
import {createUnifiedLanguageServer} from 'unified-language-server'
import type {VFile} from 'vfile'
import {
  type CodeAction,
  type CodeActionParams,
  type Command,
  type Connection,
  type Diagnostic,
  ProposedFeatures,
  type PublishDiagnosticsParams,
  ResponseError,
  type ServerCapabilities
} from 'vscode-languageserver/node.js'
import {createChangeGate} from './coalesce-changes.js'
import {transportOf} from './command-line.js'
import {type Block, disableActions, outlineOf} from './disable-actions.js'
import {useWhatforConfigInEngine} from './engine-config.js'
import {guardStandardInput} from './frame-guard.js'
import {hoverFor} from './hover.js'
import {createIdleCollector} from './idle-collect.js'
import {checkIncoming} from './incoming-checks.js'
import {withoutStackTrace} from './stack-traces.js'

/** The names users type, exactly as the CLI reads them. */
export const RC_NAME = '.whatforrc'
export const PACKAGE_FIELD = 'whatfor'
export const IGNORE_NAME = '.whatforignore'
/** VS Code settings prefix: `whatfor.requireConfig`, `whatfor.ignorePath`. */
export const CONFIGURATION_SECTION = 'whatfor'

/** What the linter last saw of each open document: the text and blocks its diagnostics point into. */
interface Linted {
  readonly text: string
  readonly blocks: readonly Block[]
}

const linted = new Map<string, Linted>()
const published = new Map<string, readonly Diagnostic[]>()

/** Remembers each document's text and outline, so quick fixes are computed on what was linted. */
function rememberLinted() {
  return (tree: Root, file: VFile): undefined => {
    const uri = file.data.lspDocumentUri
    if (typeof uri === 'string')
      linted.set(uri, {text: String(file.value), blocks: outlineOf(tree)})
  }
}

declare module 'vfile' {
  interface DataMap {
    /** Set by unified-language-server on every file it lints. */
    lspDocumentUri: string
  }
}

/**
 * The CLI's processor (whatfor's parser, then the input guard); the config
 * (`.whatforrc`, or the preset when there is none) adds the rules.
 *
 * In an editor the same plan is parsed again on every change, so the parser
 * is wrapped by the incremental parse (only the heading sections an edit
 * touched are parsed again). Each plugin wraps the parser set before it: the
 * input guard comes after, so its check is the outer one and a binary or huge
 * file is refused before any chunking or parsing.
 */
export const whatforProcessor = unified()
  .use(whatforParse)
  .use(incrementalParse)
  .use(inputGuard)
  .use(rememberLinted)

/**
 * Starts whatfor's language server on the transport named in argv
 * (`--stdio`, `--node-ipc`, `--socket=N`).
 *
 * unified-language-server does the linting, the config cascade, ignore files
 * and `expected` quick fixes; whatfor adds its config shape, hover with the
 * essay's argument, and the disable-comment quick fixes.
 */
export function startWhatforLanguageServer(): void {
  if (transportOf(process.argv.slice(2)) === 'stdio')
    guardStandardInput((problem) => process.stderr.write(`whatfor-language-server: ${problem}\n`))
  keepServingAfterFailedLint()
  useWhatforConfigInEngine()
  withConnectionExtensions(() =>
    createUnifiedLanguageServer({
      configurationSection: CONFIGURATION_SECTION,
      rcName: RC_NAME,
      packageField: PACKAGE_FIELD,
      ignoreName: IGNORE_NAME,
      // unified-language-server loads its processor by name from the
      // workspace and falls back to `defaultProcessor`, logging the miss on
      // every lint. Naming the module that holds whatfor's processor (this
      // one, or the bundle that re-exports it) always resolves, quietly.
      processorName: import.meta.url,
      processorSpecifier: 'whatforProcessor',
      defaultProcessor: whatforProcessor
    })
  )
}

/**
 * unified-language-server creates its connection inside and does not return
 * it. vscode-languageserver lets a "feature" attach to a new connection and
 * add server capabilities, so for the duration of the call we add one to the
 * proposed features it uses, and restore them afterwards.
 */
function withConnectionExtensions(create: () => void): void {
  type Mixin = (Base: new () => object) => new () => object
  const features = ProposedFeatures.all as unknown as {languages?: Mixin}
  const original = features.languages
  features.languages = (Base) => {
    const Inner = original ? original(Base) : Base
    return class WhatforFeature extends (Inner as new () => {
      attach(connection: Connection): void
      fillServerCapabilities(capabilities: ServerCapabilities): void
    }) {
      override attach(connection: Connection): void {
        super.attach(connection)
        extendConnection(connection)
      }
      override fillServerCapabilities(capabilities: ServerCapabilities): void {
        super.fillServerCapabilities(capabilities)
        capabilities.hoverProvider = true
        // unified-language-server offers formatting (the processor's compiler
        // rewriting the document); whatfor has no compiler and never rewrites
        // a plan beyond the fix a user picks, so it is not a formatter.
        capabilities.documentFormattingProvider = false
      }
    }
  }
  try {
    create()
  } finally {
    features.languages = original
  }
}

/**
 * unified-language-server starts each lint without waiting for it, so a lint
 * that fails (a file system error while looking for a config, say) rejects
 * where nobody catches it, and Node ends the process: every open plan would
 * lose its findings over one. The failure is logged and the server goes on.
 */
function keepServingAfterFailedLint(): void {
  process.on('unhandledRejection', (reason) => {
    const message = reason instanceof Error ? (reason.stack ?? reason.message) : String(reason)
    process.stderr.write(`whatfor-language-server: a lint failed: ${message}\n`)
  })
}

function extendConnection(connection: Connection): void {
  // First, so that every handler below sees only checked messages.
  checkIncoming(connection)
  const changes = createChangeGate()
  changes.install(connection)
  const memory = createIdleCollector()
  const sendDiagnostics = connection.sendDiagnostics
  connection.sendDiagnostics = (params: PublishDiagnosticsParams) => {
    changes.published(params)
    memory.noteWork()
    const open = changes.isOpen(params.uri)
    const diagnostics = params.diagnostics.map(withoutStackTrace)
    if (diagnostics.length === 0 || !open) {
      published.delete(params.uri)
      linted.delete(params.uri)
      // A lint that ends after its plan was closed: the editor already cleared it.
      if (!open && diagnostics.length > 0) return Promise.resolve()
    } else {
      published.set(params.uri, diagnostics)
    }
    return sendDiagnostics({...params, diagnostics})
  }

  connection.onHover((params) =>
    hoverFor(published.get(params.textDocument.uri) ?? [], params.position)
  )

  // unified-language-server registers its own code action handler (the
  // `expected` fixes) after this; ours is composed with it.
  const onCodeAction = connection.onCodeAction
  connection.onCodeAction = (handler) =>
    onCodeAction(async (params, token, workDone, progress) => {
      const theirs = await handler(params, token, workDone, progress)
      if (theirs instanceof ResponseError) return theirs
      return [...(theirs ?? []).map(shortTitle), ...disableActionsFor(params)]
    })
}

function disableActionsFor(params: CodeActionParams): CodeAction[] {
  const uri = params.textDocument.uri
  const document = linted.get(uri)
  if (!document) return []
  const actions: CodeAction[] = []
  const titles = new Set<string>()
  for (const diagnostic of params.context.diagnostics) {
    for (const action of disableActions({
      uri,
      text: document.text,
      blocks: document.blocks,
      diagnostic
    })) {
      if (titles.has(action.title)) continue
      titles.add(action.title)
      actions.push(action)
    }
  }
  return actions
}

/** unified-language-server titles a fix with its whole text; a skeleton section makes that a page. */
function shortTitle<T extends Command | CodeAction>(action: T): T {
  const [first, ...rest] = action.title.split('\n')
  if (rest.length === 0) return action
  return {...action, title: `${first!.replace(/`$/, '')}…\``}
}
