import {withoutStackTrace} from '@whatfor/lint-rule'
import type {VFile} from 'vfile'

type Message = VFile['messages'][number]

/**
 * Messages to and from plain data, for the result cache (JSON) and the lint
 * threads (structured clone). Every field a reporter reads is kept, tree
 * nodes in `ancestors` included (as plain objects: a report prints them the
 * same), so a file linted in a thread or answered from the cache reports
 * byte for byte what it reports when linted in the main thread. `cause` and
 * `stack` are not kept: whatfor's own messages carry neither.
 */
export type SerializedMessage = Record<string, unknown> & {reason: string}

const DROPPED = new Set(['cause', 'stack', 'file', 'message'])

export function serializeMessages(messages: readonly Message[]): SerializedMessage[] {
  return messages.map((message) => {
    const stored: SerializedMessage = {reason: message.reason}
    for (const [key, value] of Object.entries(message)) {
      if (!DROPPED.has(key) && value !== undefined) stored[key] = value
    }
    return stored
  })
}

/** Put stored messages back on `file`, as if the lint had just made them. */
export function restoreMessages(file: VFile, stored: readonly SerializedMessage[]): void {
  for (const entry of stored) {
    const message = withoutStackTrace(() => file.message(entry.reason))
    // A field stored as absent was undefined (a suggestion's `fatal`, say).
    for (const key of Object.keys(message)) {
      if (!DROPPED.has(key) && !(key in entry))
        (message as unknown as Record<string, unknown>)[key] = undefined
    }
    Object.assign(message, entry)
    message.stack = ''
  }
}
