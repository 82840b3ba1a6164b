import {createHash} from 'node:crypto'
import {existsSync, mkdirSync, readFileSync, renameSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import type {SerializedMessage} from './cache-messages.js'

/**
 * `whatfor --cache`: the messages of every file linted, keyed by the file's
 * path, the hash of its content and the hash of the config that linted it
 * (with whatfor's version), kept in one JSON file between runs. unified-engine
 * has no cache of its own; this one sits in the processor (cache-plugin.ts),
 * so files, configs and ignores are still found the way the engine finds them.
 */

// Bump when the stored shape changes: an old file is then ignored, not misread.
const FORMAT = 3
const FILE_NAME = 'results.json'

// Strings that repeat across thousands of messages (a rule's citation, its
// URL, its reason) are stored once, in `strings`, and named by their index:
// for 7,340 messages the file is 2.7 MB instead of 6.2 MB, and reads in well
// under half the time.
const INTERNED = ['reason', 'note', 'url'] as const

export interface CacheEntry {
  readonly content: string
  readonly config: string
  readonly messages: readonly SerializedMessage[]
}

interface CacheFile {
  readonly format: number
  readonly version: string
  readonly strings: readonly string[]
  readonly entries: Record<string, CacheEntry>
}

export class ResultCache {
  private changed = false

  private constructor(
    private readonly file: string,
    private readonly version: string,
    private readonly entries: Map<string, CacheEntry>,
    /** The strings the entries read from the file name by index. */
    private readonly strings: readonly string[]
  ) {}

  /** Read the cache in `location` (missing, unreadable or foreign: start empty). */
  static open(location: string, version: string): ResultCache {
    const file = path.join(location, FILE_NAME)
    const entries = new Map<string, CacheEntry>()
    let strings: readonly string[] = []
    try {
      const stored = JSON.parse(readFileSync(file, 'utf8')) as CacheFile
      // A new whatfor version may lint differently: every entry is stale.
      if (stored.format === FORMAT && stored.version === version && Array.isArray(stored.strings)) {
        strings = stored.strings
        for (const [key, entry] of Object.entries(stored.entries)) entries.set(key, entry)
      }
    } catch {}
    return new ResultCache(file, version, entries, strings)
  }

  /** The stored messages of `filePath`, if its content and config are unchanged. */
  get(filePath: string, content: string, config: string): readonly SerializedMessage[] | undefined {
    const entry = this.entries.get(filePath)
    if (!entry || entry.content !== content || entry.config !== config) return undefined
    for (const message of entry.messages) this.resolve(message)
    return entry.messages
  }

  /** Put a stored message's interned strings back, in place (new entries hold strings already). */
  private resolve(message: SerializedMessage): SerializedMessage {
    for (const key of INTERNED) {
      const value = message[key]
      if (typeof value === 'number')
        (message as Record<string, unknown>)[key] = this.strings[value] ?? ''
    }
    return message
  }

  set(
    filePath: string,
    content: string,
    config: string,
    messages: readonly SerializedMessage[]
  ): void {
    this.entries.set(filePath, {content, config, messages})
    this.changed = true
  }

  /** Write the cache back if anything changed (atomically: a rename). */
  save(): void {
    if (!this.changed) return
    const table = new Map<string, number>()
    const intern = (message: SerializedMessage): SerializedMessage => {
      const stored: SerializedMessage = {...this.resolve(message)}
      for (const key of INTERNED) {
        const value = stored[key]
        if (typeof value !== 'string') continue
        let index = table.get(value)
        if (index === undefined) {
          index = table.size
          table.set(value, index)
        }
        ;(stored as Record<string, unknown>)[key] = index
      }
      return stored
    }
    const entries: Record<string, CacheEntry> = {}
    for (const [key, entry] of this.entries)
      entries[key] = {...entry, messages: entry.messages.map(intern)}
    const stored: CacheFile = {
      format: FORMAT,
      version: this.version,
      strings: [...table.keys()],
      entries
    }
    mkdirSync(path.dirname(this.file), {recursive: true})
    const temporary = `${this.file}.${process.pid}`
    writeFileSync(temporary, JSON.stringify(stored))
    renameSync(temporary, this.file)
    this.changed = false
  }
}

/** Where the cache lives when `--cache-location` is not given. */
export function defaultCacheLocation(cwd: string): string {
  return existsSync(path.join(cwd, 'node_modules'))
    ? path.join(cwd, 'node_modules/.cache/whatfor')
    : path.join(cwd, '.whatfor-cache')
}

export function hashText(text: string): string {
  return createHash('sha256').update(text).digest('base64url')
}
