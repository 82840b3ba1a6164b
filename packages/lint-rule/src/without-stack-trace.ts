/**
 * Run `make` without capturing stack traces. A VFileMessage is an Error, so
 * constructing one captures a stack trace, which its constructor then
 * replaces with '' (vfile-message 4): pure cost, about a fifth of a second
 * per 7,000 messages. Nothing else may throw inside `make` and expect a stack.
 */
export function withoutStackTrace<Result>(make: () => Result): Result {
  // V8's knob; elsewhere the assignment is an inert property.
  const limit = Error.stackTraceLimit
  Error.stackTraceLimit = 0
  try {
    return make()
  } finally {
    Error.stackTraceLimit = limit
  }
}
