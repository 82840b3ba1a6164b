import type {Diagnostic} from 'vscode-languageserver'

/**
 * A message whose cause is an error (a plugin that throws, a plugin that
 * cannot be found) reaches the editor with the error's stack trace, which
 * unified-language-server appends to the diagnostic; the trace is for
 * developers, the first line says what happened. (A broken config never gets
 * here: see engine-config.ts.)
 *
 * Line by line, without a regular expression over the whole message: a
 * finding may quote a heading of 40,000 lines, and `/\n\s+at /` over that
 * took seconds (`\s+` runs on over every following line from every line start).
 */
export function withoutStackTrace(diagnostic: Diagnostic): Diagnostic {
  if (!diagnostic.message.includes(STACK_FRAME)) return diagnostic
  const message = diagnostic.message
    .split('\n')
    .filter((line) => !line.startsWith(FRAME_INDENT) && !line.trimStart().startsWith('[cause]'))
    .join('\n')
  return {...diagnostic, message}
}

/** How V8 starts every frame of a stack trace. */
const FRAME_INDENT = '    at '
const STACK_FRAME = `\n${FRAME_INDENT}`
