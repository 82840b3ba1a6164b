import {commands, DiagnosticSeverity, type ExtensionContext, window, workspace} from 'vscode'
import {
  LanguageClient,
  type LanguageClientOptions,
  type ServerOptions,
  TransportKind
} from 'vscode-languageclient/node.js'
import {PLAN_SELECTOR} from './plans.js'
import {applySeverityOverrides, type SeverityLevels} from './severity.js'

/**
 * whatfor for VS Code: starts the bundled whatfor language server (the same
 * server Neovim and other editors run) for Markdown and text plans, so `.whatforrc`,
 * `.whatforignore` and `<!-- whatfor … -->` comments work as in the CLI.
 */
const SECTION = 'whatfor'

const levels: SeverityLevels = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint
}

let client: LanguageClient | undefined

export async function activate(context: ExtensionContext): Promise<void> {
  const output = window.createOutputChannel('whatfor')
  context.subscriptions.push(output)

  const serverModule = context.asAbsolutePath('dist/server.mjs')
  const serverOptions: ServerOptions = {
    run: {module: serverModule, transport: TransportKind.ipc},
    debug: {module: serverModule, transport: TransportKind.ipc}
  }
  const clientOptions: LanguageClientOptions = {
    documentSelector: PLAN_SELECTOR,
    outputChannel: output,
    synchronize: {
      // A change to any `whatfor.*` setting makes the server re-lint open
      // plans (it reads `requireConfig` and `ignorePath` itself); the new
      // diagnostics then pass through the severity overrides below.
      configurationSection: SECTION,
      // Re-lint open plans when a config or ignore file changes.
      fileEvents: workspace.createFileSystemWatcher(
        '**/{.whatforrc,.whatforrc.*,.whatforignore,package.json}'
      )
    },
    middleware: {
      handleDiagnostics(uri, diagnostics, next) {
        const overrides =
          workspace.getConfiguration(SECTION, uri).get<Record<string, unknown>>('severity') ?? {}
        next(uri, applySeverityOverrides(diagnostics, overrides, levels))
      }
    }
  }

  const start = async () => {
    if (client || !workspace.getConfiguration(SECTION).get<boolean>('enable', true)) return
    client = new LanguageClient(SECTION, 'whatfor', serverOptions, clientOptions)
    await client.start()
  }
  const stop = async () => {
    const running = client
    client = undefined
    if (running) await running.stop()
  }

  context.subscriptions.push(
    commands.registerCommand('whatfor.restart', async () => {
      await stop()
      await start()
      if (client) window.setStatusBarMessage('whatfor: language server restarted', 3000)
    }),
    workspace.onDidChangeConfiguration(async (event) => {
      if (!event.affectsConfiguration(`${SECTION}.enable`)) return
      await stop()
      await start()
    }),
    {dispose: () => void stop()}
  )

  await start()
}

export async function deactivate(): Promise<void> {
  const running = client
  client = undefined
  if (running) await running.stop()
}
