import {type ChildProcess, spawn} from 'node:child_process'
import {mkdirSync, mkdtempSync, writeFileSync} from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {pathToFileURL} from 'node:url'
import {
  type CodeAction,
  CodeActionRequest,
  type Command,
  ConfigurationRequest,
  createProtocolConnection,
  type Diagnostic,
  DidChangeTextDocumentNotification,
  DidOpenTextDocumentNotification,
  ExitNotification,
  type Hover,
  HoverRequest,
  InitializedNotification,
  InitializeRequest,
  type InitializeResult,
  LogMessageNotification,
  type ProtocolConnection,
  PublishDiagnosticsNotification,
  type PublishDiagnosticsParams,
  type Range,
  RegistrationRequest,
  ShowMessageNotification,
  ShutdownRequest,
  StreamMessageReader,
  StreamMessageWriter
} from 'vscode-languageserver-protocol/node'

export const repositoryRoot = path.resolve(import.meta.dirname, '../..')
export const languageServerBin = path.join(
  repositoryRoot,
  'packages/language-server/bin/whatfor-language-server.mjs'
)

/** Settings the fake editor answers `workspace/configuration` with (the `whatfor` section). */
export interface ClientSettings {
  requireConfig?: boolean
}

/**
 * A minimal LSP client over stdio, as an editor would be: it answers
 * `workspace/configuration` and `client/registerCapability`, and keeps the
 * latest diagnostics published for each document.
 */
export class LspClient {
  readonly connection: ProtocolConnection
  readonly initializeResult: Promise<InitializeResult>
  readonly configurationRequests: unknown[] = []
  readonly log: string[] = []
  /** What the server wrote to standard error. */
  readonly stderr: string[] = []
  /** Every diagnostics notification received, in order. */
  readonly publishedVersions: Array<{uri: string; version: number | undefined}> = []
  private readonly latest = new Map<string, PublishDiagnosticsParams>()
  private readonly waiters: Array<() => void> = []
  private readonly versions = new Map<string, number>()

  constructor(
    readonly server: ChildProcess,
    readonly rootDir: string,
    readonly settings: ClientSettings = {}
  ) {
    server.stderr?.on('data', (chunk: string | Buffer) => this.stderr.push(String(chunk)))
    this.connection = createProtocolConnection(
      new StreamMessageReader(server.stdout!),
      new StreamMessageWriter(server.stdin!)
    )
    this.connection.onRequest(ConfigurationRequest.type, (params) => {
      this.configurationRequests.push(params)
      return params.items.map(() => this.settings)
    })
    this.connection.onRequest(RegistrationRequest.type, () => undefined)
    this.connection.onNotification(PublishDiagnosticsNotification.type, (params) => {
      this.latest.set(params.uri, params)
      this.publishedVersions.push({uri: params.uri, version: params.version})
      for (const wake of this.waiters.splice(0)) wake()
    })
    // An editor shows these; tests keep them to explain a failure.
    for (const method of [LogMessageNotification.method, ShowMessageNotification.method]) {
      this.connection.onNotification(method, (params: {message: string}) => {
        this.log.push(params.message)
      })
    }
    this.connection.listen()
    const rootUri = pathToFileURL(rootDir).href
    this.initializeResult = this.connection
      .sendRequest(InitializeRequest.type, {
        processId: process.pid,
        rootUri,
        workspaceFolders: [{uri: rootUri, name: path.basename(rootDir)}],
        capabilities: {
          workspace: {
            configuration: true,
            workspaceFolders: true,
            didChangeConfiguration: {dynamicRegistration: true}
          },
          textDocument: {
            hover: {contentFormat: ['markdown', 'plaintext']},
            codeAction: {codeActionLiteralSupport: {codeActionKind: {valueSet: ['quickfix']}}},
            publishDiagnostics: {codeDescriptionSupport: true, versionSupport: true}
          }
        }
      })
      .then(async (result) => {
        await this.connection.sendNotification(InitializedNotification.type, {})
        return result
      })
  }

  uriOf(relativePath: string): string {
    return pathToFileURL(path.join(this.rootDir, relativePath)).href
  }

  async open(relativePath: string, text: string, languageId = 'markdown'): Promise<string> {
    await this.initializeResult
    const uri = this.uriOf(relativePath)
    this.versions.set(uri, 1)
    this.latest.delete(uri)
    await this.connection.sendNotification(DidOpenTextDocumentNotification.type, {
      textDocument: {uri, languageId, version: 1, text}
    })
    return uri
  }

  /** Replaces the whole text (the server asks for full sync). */
  async change(uri: string, text: string): Promise<number> {
    const version = (this.versions.get(uri) ?? 1) + 1
    this.versions.set(uri, version)
    await this.connection.sendNotification(DidChangeTextDocumentNotification.type, {
      textDocument: {uri, version},
      contentChanges: [{text}]
    })
    return version
  }

  /** Resolves with the diagnostics published for `uri` (for `version`, when given). */
  async diagnostics(uri: string, version?: number, timeoutMs = 15000): Promise<Diagnostic[]> {
    const deadline = Date.now() + timeoutMs
    for (;;) {
      const params = this.latest.get(uri)
      if (params && (version === undefined || params.version === version)) return params.diagnostics
      const remaining = deadline - Date.now()
      if (remaining <= 0)
        throw new Error(
          `No diagnostics for ${uri}${version === undefined ? '' : ` version ${version}`} within ${timeoutMs} ms`
        )
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, remaining)
        this.waiters.push(() => {
          clearTimeout(timer)
          resolve()
        })
      })
    }
  }

  hover(uri: string, line: number, character: number): Promise<Hover | null> {
    return this.connection.sendRequest(HoverRequest.type, {
      textDocument: {uri},
      position: {line, character}
    })
  }

  codeActions(
    uri: string,
    range: Range,
    diagnostics: Diagnostic[]
  ): Promise<Array<Command | CodeAction> | null> {
    return this.connection.sendRequest(CodeActionRequest.type, {
      textDocument: {uri},
      range,
      context: {diagnostics}
    })
  }

  async close(): Promise<void> {
    try {
      await this.connection.sendRequest(ShutdownRequest.type)
      await this.connection.sendNotification(ExitNotification.type)
    } catch {
      // The server may already be gone; killing it below is enough.
    }
    this.connection.dispose()
    if (this.server.exitCode === null) {
      await new Promise<void>((resolve) => {
        const timer = setTimeout(() => {
          this.server.kill()
          resolve()
        }, 2000)
        this.server.once('exit', () => {
          clearTimeout(timer)
          resolve()
        })
      })
    }
  }
}

/** Spawns a language server (the built bin by default) and connects to it over stdio. */
export function startLanguageServer(
  rootDir: string,
  options: {settings?: ClientSettings; command?: readonly string[]} = {}
): LspClient {
  const [command, ...args] = options.command ?? [process.execPath, languageServerBin, '--stdio']
  const server = spawn(command!, args, {cwd: rootDir, stdio: ['pipe', 'pipe', 'pipe']})
  server.stderr!.setEncoding('utf8')
  return new LspClient(server, rootDir, options.settings)
}

/** A temporary workspace outside the repository, filled with `files` (path → content). */
export function temporaryWorkspace(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'whatfor-lsp-'))
  for (const [name, content] of Object.entries(files)) {
    const full = path.join(dir, name)
    mkdirSync(path.dirname(full), {recursive: true})
    writeFileSync(full, content)
  }
  return dir
}

/** Applies LSP text edits (non-overlapping, as a quick fix sends them) to a text. */
export function applyEdits(
  text: string,
  edits: ReadonlyArray<{range: Range; newText: string}>
): string {
  const lines = [0]
  for (let index = text.indexOf('\n'); index !== -1; index = text.indexOf('\n', index + 1))
    lines.push(index + 1)
  const offset = (position: {line: number; character: number}) =>
    (lines[position.line] ?? text.length) + position.character
  const sorted = [...edits].sort((a, b) => offset(b.range.start) - offset(a.range.start))
  let result = text
  for (const edit of sorted)
    result =
      result.slice(0, offset(edit.range.start)) +
      edit.newText +
      result.slice(offset(edit.range.end))
  return result
}
