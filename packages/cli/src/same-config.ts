import type {Processor} from 'unified'

/**
 * unified-engine makes a new processor for every file, but the files of one
 * folder share their config: the same plugins with the very same option
 * objects. What is derived from a processor's plugin list (the cache's config
 * hash, the plugin names a worker rebuilds) is derived once per config, not
 * once per file: the last result is reused while the list is identical.
 */
export function perConfig<Result>(
  derive: (processor: Processor) => Result
): (processor: Processor) => Result {
  let last: {attachers: Processor['attachers']; settings: string; result: Result} | undefined
  return (processor) => {
    const {attachers} = processor
    // Settings are a small object, copied with each processor: compared by value.
    const settings = JSON.stringify(processor.data('settings') ?? {})
    if (last && last.settings === settings && sameAttachers(last.attachers, attachers))
      return last.result
    const result = derive(processor)
    // A copy: the engine's list is the processor's own and could still grow.
    last = {attachers: [...attachers], settings, result}
    return result
  }
}

function sameAttachers(a: Processor['attachers'], b: Processor['attachers']): boolean {
  if (a.length !== b.length) return false
  for (let index = 0; index < a.length; index++) {
    // Each entry is [plugin, ...parameters]: compared item by item, without copies.
    const entryA = a[index]!
    const entryB = b[index]!
    if (entryA.length !== entryB.length) return false
    for (let item = 0; item < entryA.length; item++) if (entryA[item] !== entryB[item]) return false
  }
  return true
}
