import type {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'

/**
 * Turn a message's chain of causes into one readable line and drop stack
 * traces: a user's broken config or unreadable file deserves a sentence, not
 * a trace. Returns new messages; the files are left as they are.
 */
export function userFacingReason(message: VFileMessage): string {
  const parts = [message.reason]
  let cause: unknown = message.cause
  for (let depth = 0; cause && depth < 5; depth++) {
    const text =
      cause instanceof Error || (typeof cause === 'object' && cause !== null && 'message' in cause)
        ? String((cause as {message: unknown}).message)
        : String(cause)
    const line = text
      .split('\n')
      .find((piece) => piece.trim() !== '')
      ?.trim()
    if (line && !parts.some((part) => part.includes(line))) parts.push(line)
    cause =
      typeof cause === 'object' && cause !== null && 'cause' in cause
        ? (cause as {cause: unknown}).cause
        : undefined
  }
  return parts.join(': ')
}

export function withUserFacingMessages(files: readonly VFile[]): VFile[] {
  return files.map((file) => {
    const copy = Object.assign(Object.create(Object.getPrototypeOf(file) as object) as VFile, file)
    copy.messages = file.messages.map((message) => {
      if (!message.cause && !message.stack?.includes('\n    at ')) return message
      const clean = Object.assign(
        Object.create(Object.getPrototypeOf(message) as object) as VFileMessage,
        message
      )
      clean.reason = userFacingReason(message)
      clean.message = clean.reason
      clean.cause = undefined
      clean.stack = ''
      return clean
    })
    return copy
  })
}
