import {parentPort} from 'node:worker_threads'
import {type Plugin, type Processor, unified} from 'unified'
import {VFile} from 'vfile'
import {type SerializedMessage, serializeMessages} from './cache-messages.js'
import {pluginByName, type TransferablePlugins} from './worker-plugins.js'

/** A file to lint, as the main thread hands it over. */
export interface LintRequest {
  readonly id: number
  readonly path: string
  readonly cwd: string
  readonly value: string
  readonly config: string
  /** Sent with the first file of each config; later files name it by `config`. */
  readonly plugins?: TransferablePlugins
  readonly settings?: unknown
}

export type LintReply =
  | {readonly id: number; readonly messages: SerializedMessage[]}
  | {readonly id: number; readonly failed: true}

/**
 * The lint worker: rebuilds the processor of each file's config from plugin
 * names, then parses and runs the file exactly as the main thread
 * would, and sends back the messages. Any failure is sent back as such: the
 * main thread then lints that file itself, so errors read the same as in a
 * single-threaded run.
 */
export function startLintWorker(): void {
  const port = parentPort
  if (!port) throw new Error('startLintWorker outside a worker thread')
  const configs = new Map<string, {plugins: TransferablePlugins; settings: unknown}>()
  port.on('message', (request: LintRequest) => {
    void lint(request).then((reply) => port.postMessage(reply))
  })

  async function lint(request: LintRequest): Promise<LintReply> {
    try {
      if (request.plugins)
        configs.set(request.config, {plugins: request.plugins, settings: request.settings})
      const config = configs.get(request.config)
      if (!config) return {id: request.id, failed: true}
      // A fresh processor per file, as unified-engine makes: no state shared between files.
      const processor = unified() as unknown as Processor
      for (const [name, options] of config.plugins)
        processor.use(pluginByName(name) as Plugin<[unknown]>, options)
      processor.data('settings', config.settings as Record<string, unknown>)
      const file = new VFile({path: request.path, cwd: request.cwd, value: request.value})
      const tree = processor.parse(file)
      // As unified-engine does: a file that failed to parse is not run.
      if (!file.messages.some((message) => message.fatal)) await processor.run(tree, file)
      return {id: request.id, messages: serializeMessages(file.messages)}
    } catch {
      return {id: request.id, failed: true}
    }
  }
}
