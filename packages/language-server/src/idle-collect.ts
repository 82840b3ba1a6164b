import v8 from 'node:v8'
import {runInNewContext} from 'node:vm'

/**
 * Gives memory back once the editor goes quiet.
 *
 * V8 collects garbage when a program allocates, and an idle server allocates
 * nothing: after a 7.5 MB plan is linted and closed, its trees and findings
 * (some 600 MB) are garbage that nobody collects, so the process keeps the
 * memory until the next edit, and an editor open all day keeps it all day.
 * After a burst of edits the same holds on a smaller scale. Full collections
 * a moment after the last lint or close, when the heap holds well more than
 * was live after the previous ones, return it. They cost some tens of
 * milliseconds each (tenths of a second after a very large plan), only when
 * the editor is quiet.
 */
export interface IdleCollector {
  /** Call after work that may leave garbage: a lint, a close. */
  noteWork(): void
}

export interface IdleCollectorOptions {
  /** Quiet time before collecting. */
  delayMs?: number
  /** Garbage worth collecting: how far the heap has grown over what was live after the last collections. */
  growthBytes?: number
  /** The collector; by default V8's full collection. */
  collect?: () => void
}

export function createIdleCollector(options: IdleCollectorOptions = {}): IdleCollector {
  const delayMs = options.delayMs ?? 1500
  const growthBytes = options.growthBytes ?? 24 * 1024 * 1024
  const collect = options.collect ?? fullCollection()
  let liveAfterLast = heapUsed()
  let timer: NodeJS.Timeout | undefined

  function collectIfGrown(): void {
    timer = undefined
    if (heapUsed() - liveAfterLast >= growthBytes) collectTimes(COLLECTIONS)
  }

  /** One full collection per turn of the event loop, so a message that arrives meanwhile is not kept waiting for all of them. */
  function collectTimes(count: number): void {
    collect!()
    liveAfterLast = heapUsed()
    if (count > 1) setImmediate(() => collectTimes(count - 1))
  }

  return {
    noteWork() {
      if (!collect) return
      clearTimeout(timer)
      timer = setTimeout(collectIfGrown, delayMs)
      // An exiting server does not wait for it.
      timer.unref()
    }
  }
}

/**
 * A closed plan's trees were seen to outlive two full collections and go at
 * the third (1 MB plan: 110 MB heap, then 88, 88, 21; 7.5 MB plan: 630, then
 * 540, 540, 40): V8 keeps some objects alive for a collection or two after
 * they became garbage.
 */
const COLLECTIONS = 3

function heapUsed(): number {
  return v8.getHeapStatistics().used_heap_size
}

/**
 * V8's `gc`, which Node exposes only with `--expose-gc`; the editor decides
 * how the server is started, so the flag is set here, and the function is
 * taken from a fresh context, which V8 creates with it (as Jest's leak
 * detector does). Undefined if this V8 refuses.
 */
function fullCollection(): (() => void) | undefined {
  try {
    v8.setFlagsFromString('--expose-gc')
    const gc: unknown = runInNewContext('gc')
    return typeof gc === 'function' ? () => (gc as () => void)() : undefined
  } catch {
    return undefined
  }
}
