import packageJson from '../package.json' with {type: 'json'}

/**
 * What `whatfor-language-server` was asked to do. An editor starts it with a
 * transport; a person trying it in a terminal types `--help` or nothing at
 * all, and gets a sentence rather than vscode-languageserver's stack trace.
 */
export type Invocation =
  | {readonly kind: 'serve'}
  | {readonly kind: 'print'; readonly text: string}
  | {readonly kind: 'fail'; readonly text: string}

export const USAGE = `Usage: whatfor-language-server --stdio | --node-ipc | --socket=PORT | --pipe=NAME

  whatfor's language server: editors start it to show whatfor's findings as
  you type (VS Code, Neovim, Helix, Emacs and any editor that speaks the
  Language Server Protocol). It reads .whatforrc and .whatforignore as the
  whatfor command does.

Transports (one is required):

      --stdio          talk over standard input and output (most editors)
      --node-ipc       talk over Node's IPC channel (VS Code)
      --socket=PORT    connect to a socket on PORT
      --pipe=NAME      connect to the named pipe or Unix socket NAME

Options:

  -h  --help           output usage information
  -v  --version        output version number
`

const NO_TRANSPORT =
  'whatfor-language-server: expected a transport, such as --stdio (an editor starts the server with one; see --help)\n'

/**
 * Reads the arguments as vscode-languageserver will; anything but help,
 * version and the transport (`--clientProcessId=N`, which VS Code adds) is
 * left to it.
 */
export function invocation(args: readonly string[]): Invocation {
  if (args.some((arg) => arg === '--help' || arg === '-h')) return {kind: 'print', text: USAGE}
  if (args.some((arg) => arg === '--version' || arg === '-v'))
    return {kind: 'print', text: `${packageJson.version}\n`}
  return transportOf(args) ? {kind: 'serve'} : {kind: 'fail', text: NO_TRANSPORT}
}

export type Transport = 'stdio' | 'node-ipc' | 'socket' | 'pipe'

/**
 * The transport vscode-languageserver will pick from these arguments: the
 * first transport flag wins, and a port is read with parseInt, so
 * `--socket=abc` is no transport at all.
 */
export function transportOf(args: readonly string[]): Transport | undefined {
  for (let index = 0; index < args.length; index++) {
    const arg = args[index]!
    if (arg === '--stdio') return 'stdio'
    if (arg === '--node-ipc') return 'node-ipc'
    const equals = arg.indexOf('=')
    const name = equals === -1 ? arg : arg.slice(0, equals)
    const value = equals === -1 ? (args[index + 1] ?? '') : arg.slice(equals + 1)
    if (name === '--socket') return Number.parseInt(value, 10) > 0 ? 'socket' : undefined
    if (name === '--pipe') return value === '' ? undefined : 'pipe'
  }
  return undefined
}
