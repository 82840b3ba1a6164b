import {availableParallelism} from 'node:os'
import {Worker} from 'node:worker_threads'
import type {Root} from 'mdast'
import type {Processor} from 'unified'
import type {VFile} from 'vfile'
import {hashText} from './cache.js'
import {restoreMessages} from './cache-messages.js'
import {perConfig} from './same-config.js'
import type {LintReply, LintRequest} from './worker.js'
import {ENGINE_ONLY, transferablePlugins} from './worker-plugins.js'

/** `workerData` that makes the CLI entry start a lint worker instead of a run. */
export const WORKER_MARK = 'whatfor-lint-worker'

// Below this many files, starting a thread costs more than it saves (measured
// with scripts/bench.mjs: a worker needs ~60 ms to load the bundle).
const MIN_FILES = 16
/** Cores the main thread and V8's helper threads take before a worker pays. */
const CORES_PER_THREAD_AND_GC = 2
const MAX_WORKERS = 3

/**
 * Lint threads for runs over many files. unified-engine still finds, reads,
 * configures and reports every file in the main thread; the parse and the
 * rules, which are most of the work, go to the workers, and the main thread
 * lints files too while they work. Results are the same messages in the same
 * order as a single-threaded run: the engine keeps its file order and each
 * file's messages come back whole.
 */
export class LintPool {
  private readonly workers: Worker[] = []
  private readonly pending = new Map<number, (reply: LintReply) => void>()
  private readonly configsSent = new Set<string>()
  private nextId = 0
  private turn = 0
  private size: number | undefined

  constructor(private readonly script: string) {}

  /**
   * Whether to use workers for a run over `files` files, decided once per
   * run, when the first file is configured (the engine has found them all by
   * then). WHATFOR_WORKERS=N overrides the choice; 0 turns workers off.
   */
  enabledFor(files: number): boolean {
    if (this.size === undefined) {
      const forced = process.env.WHATFOR_WORKERS
      if (forced !== undefined && forced !== '')
        this.size = Math.max(0, Number.parseInt(forced, 10) || 0)
      // The main thread lints too, and V8's garbage collector and compiler
      // keep about a third of another core busy beside each lint thread: on
      // two cores a worker bought nothing (wall time 0.95–1.13× of one thread
      // across runs, 40% more CPU), so workers start from the third core.
      else
        this.size =
          files < MIN_FILES
            ? 0
            : Math.max(0, Math.min(availableParallelism() - CORES_PER_THREAD_AND_GC, MAX_WORKERS))
    }
    return this.size > 0
  }

  /**
   * Whether this file goes to a worker: files alternate between the main
   * thread and each worker, so every thread has work from the start.
   */
  takesNext(): boolean {
    const size = this.size ?? 0
    return this.turn++ % (size + 1) !== size
  }

  lint(
    file: VFile,
    value: string,
    config: string,
    plugins: NonNullable<ReturnType<typeof transferablePlugins>>,
    settings: unknown
  ): Promise<LintReply> {
    if (this.workers.length === 0) this.start()
    const id = this.nextId++
    const worker = this.workers[id % this.workers.length]!
    const key = `${id % this.workers.length}:${config}`
    const request: LintRequest = {
      id,
      path: file.path,
      cwd: file.cwd,
      value,
      config,
      ...(this.configsSent.has(key) ? {} : {plugins, settings})
    }
    this.configsSent.add(key)
    return new Promise((resolve) => {
      this.pending.set(id, resolve)
      worker.postMessage(request)
    })
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((worker) => worker.terminate()))
    this.workers.length = 0
  }

  private start(): void {
    for (let index = 0; index < (this.size ?? 0); index++) {
      const worker = new Worker(this.script, {workerData: WORKER_MARK})
      worker.on('message', (reply: LintReply) => {
        const resolve = this.pending.get(reply.id)
        this.pending.delete(reply.id)
        resolve?.(reply)
      })
      // A worker that dies fails its files over to the main thread.
      worker.on('error', () => this.failAll())
      worker.on('exit', () => this.failAll())
      this.workers.push(worker)
    }
  }

  private failAll(): void {
    for (const [id, resolve] of this.pending) resolve({id, failed: true})
    this.pending.clear()
  }
}

type RunCallback = (error?: Error, tree?: Root, file?: VFile) => void
type Run = (tree: Root, file?: VFile, done?: RunCallback) => Promise<Root> | undefined

const STATE = 'whatforWorker'

/** What a worker needs to rebuild a processor's config, or undefined when it cannot. */
const handOffOf = perConfig((processor) => {
  const plugins = transferablePlugins(processor)
  if (!plugins) return undefined
  const settings = processor.data('settings') ?? {}
  return {plugins, settings, config: hashText(JSON.stringify([plugins, settings]))}
})

/**
 * The hand-off inside the processor unified-engine makes for each file: the
 * parser keeps the text instead of parsing it, and `run` sends it to a worker
 * and puts the messages it returns on the file. When a worker cannot lint the
 * file (a plugin it cannot rebuild, an exception) the file is parsed and run
 * here instead, so it fails exactly as it would without workers.
 */
export function whatforWorkers(
  this: Processor,
  options: {pool: LintPool},
  fileSet?: {files: readonly unknown[]}
): undefined {
  const {pool} = options
  if (!pool.enabledFor(fileSet?.files.length ?? 0)) return undefined

  const parse = this.parser!
  this.parser = (document: string, file: VFile) => {
    // Asked only now: a file the result cache answers never gets here.
    if (!file.path || !handOffOf(this) || !pool.takesNext()) return parse(document, file)
    ;(file.data as Record<string, unknown>)[STATE] = document
    return {type: 'root', children: []} satisfies Root
  }

  const run = this.run.bind(this) as unknown as Run
  const handOff: Run = (tree, file, done) => {
    const document = file?.data[STATE] as string | undefined
    if (!file || document === undefined || !done) return run(tree, file, done)
    delete (file.data as Record<string, unknown>)[STATE]
    const {plugins, settings, config} = handOffOf(this)!
    void pool.lint(file, document, config, plugins, settings).then((reply) => {
      if ('messages' in reply) {
        restoreMessages(file, reply.messages)
        done(undefined, tree, file)
        return
      }
      let parsed: Root
      try {
        parsed = parse(document, file) as Root
      } catch (error) {
        done(error as Error)
        return
      }
      // As unified-engine does: a file that failed to parse is not run.
      if (file.messages.some((message) => message.fatal)) done(undefined, parsed, file)
      else run(parsed, file, done)
    })
    return undefined
  }
  ;(this as unknown as {run: Run}).run = handOff
  return undefined
}
;(whatforWorkers as unknown as Record<symbol, unknown>)[ENGINE_ONLY] = true
