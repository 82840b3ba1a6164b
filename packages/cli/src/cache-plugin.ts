import path from 'node:path'
import type {Root} from 'mdast'
import type {Processor} from 'unified'
import type {VFile} from 'vfile'
import {hashText, type ResultCache} from './cache.js'
import {restoreMessages, type SerializedMessage, serializeMessages} from './cache-messages.js'
import {perConfig} from './same-config.js'
import {ENGINE_ONLY} from './worker-plugins.js'

export interface CachePluginOptions {
  readonly cache: ResultCache
}

interface FileCacheState {
  readonly key: string
  readonly content: string
  readonly stored: readonly SerializedMessage[] | undefined
}

type RunCallback = (error?: Error, tree?: Root, file?: VFile) => void
type Run = (tree: Root, file?: VFile, done?: RunCallback) => Promise<Root> | undefined

const STATE = 'whatforCache'

/**
 * The result cache inside the processor unified-engine makes for each file.
 * It must be the last plugin (the engine adds its `plugins` option after the
 * config's): it then sees the final plugin list, whose description is the
 * config part of the key. On a hit the parser returns an empty tree and `run`
 * puts the stored messages back without running any rule; on a miss both run
 * as usual and the messages are stored.
 */
export function whatforCache(this: Processor, options: CachePluginOptions): undefined {
  const {cache} = options
  const config = configHash(this)

  const parse = this.parser!
  this.parser = (document: string, file: VFile) => {
    if (!file.path) return parse(document, file)
    const key = path.resolve(file.cwd, file.path)
    const content = hashText(document)
    const stored = cache.get(key, content, config)
    const state: FileCacheState = {key, content, stored}
    ;(file.data as Record<string, unknown>)[STATE] = state
    return stored ? ({type: 'root', children: []} satisfies Root) : parse(document, file)
  }

  const run = this.run.bind(this) as unknown as Run
  const cachedRun: Run = (tree, file, done) => {
    const state = file?.data[STATE] as FileCacheState | undefined
    if (!file || !state || !done) return run(tree, file, done)
    if (state.stored) {
      restoreMessages(file, state.stored)
      done(undefined, tree, file)
      return undefined
    }
    return run(tree, file, (error, result, resultFile) => {
      if (!error) cache.set(state.key, state.content, config, serializeMessages(file.messages))
      done(error, result, resultFile)
    })
  }
  ;(this as unknown as {run: Run}).run = cachedRun
  return undefined
}

const configHash = perConfig((processor) => hashText(describeConfig(processor)))

/**
 * Every plugin with its options, and the settings: what decides the messages
 * of a file besides its content. Rules are named by their id; functions in
 * options by their source. (The code of each plugin is covered by the
 * whatfor version stored with the cache.)
 */
function describeConfig(processor: Processor): string {
  const plugins = processor.attachers
    .filter(([plugin]) => !(plugin as unknown as Record<symbol, unknown>)[ENGINE_ONLY])
    // unified-engine passes (options, fileSet): the file set changes as files are found.
    .map(([plugin, options]) => {
      const meta = (plugin as {meta?: {id?: string}}).meta
      const name =
        meta?.id ??
        ((plugin as {displayName?: string}).displayName || plugin.name || String(plugin))
      return [name, options]
    })
  return JSON.stringify(
    {plugins, settings: processor.data('settings') ?? {}},
    (_key, value: unknown) =>
      typeof value === 'function' ? `${value.name}:${String(value)}` : value
  )
}

;(whatforCache as unknown as Record<symbol, unknown>)[ENGINE_ONLY] = true
