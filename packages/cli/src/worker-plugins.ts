import inputGuard from '@whatfor/input-guard'
import whatforParse from '@whatfor/parse'
import preset from '@whatfor/preset'
import type {Pluggable, Plugin, Processor} from 'unified'

/**
 * The plugins a lint worker can rebuild by name: whatfor's parser, the input
 * guard and every plugin of the preset (rules, GFM, front matter, message
 * control). A file whose config uses any other plugin is linted in the main
 * thread: functions cannot cross to a worker, names can.
 */
const byName = new Map<string, Plugin>()
const names = new Map<Plugin, string>()

function register(name: string, plugin: Plugin): void {
  byName.set(name, plugin)
  names.set(plugin, name)
}

register('whatfor-parse', whatforParse as Plugin)
register('input-guard', inputGuard as unknown as Plugin)
for (const [index, entry] of (preset.plugins ?? []).entries()) {
  const plugin = (Array.isArray(entry) ? entry[0] : entry) as Pluggable
  if (typeof plugin === 'function')
    register(`preset:${(plugin as {meta?: {id?: string}}).meta?.id ?? index}`, plugin)
}

/** Plugins that only make sense in the engine's own process (cache, worker hand-off). */
export const ENGINE_ONLY = Symbol.for('whatfor.engineOnly')

export type TransferablePlugins = Array<[name: string, options: unknown]>

/**
 * The processor's plugins as names and options, or undefined when one of them
 * cannot be rebuilt in a worker.
 */
export function transferablePlugins(processor: Processor): TransferablePlugins | undefined {
  const list: TransferablePlugins = []
  for (const [plugin, options] of processor.attachers) {
    if ((plugin as unknown as Record<symbol, unknown>)[ENGINE_ONLY]) continue
    const name = names.get(plugin as Plugin)
    if (name === undefined || !cloneable(options)) return undefined
    list.push([name, options])
  }
  return list
}

export function pluginByName(name: string): Plugin {
  const plugin = byName.get(name)
  if (!plugin) throw new Error(`Unknown plugin \`${name}\` in a lint worker`)
  return plugin
}

function cloneable(value: unknown): boolean {
  try {
    structuredClone(value)
    return true
  } catch {
    return false
  }
}
