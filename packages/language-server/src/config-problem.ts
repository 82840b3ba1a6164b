/**
 * Why a config file could not be read, in one sentence for the editor.
 *
 * unified-engine wraps the parser's error as “Cannot parse file `…`”, and
 * the reason (which line, what is wrong) is in the error's cause, which the
 * editor never shows. This names the file and says what kind of file it
 * should be, where the problem is and what the parser expected.
 */
export function describeConfigProblem(error: unknown, shownPath: string, text: string): string {
  const start = `Cannot read config \`${shownPath}\``
  if (!(error instanceof Error)) return `${start}: ${firstLine(String(error))}`
  if (error.name === 'JSONError' || / in JSON at position \d/.test(error.message))
    return `${start}: it is not valid JSON (${jsonProblem(error.message, text)})`
  if (error.name === 'YAMLParseError')
    return `${start}: it is not valid YAML (${lowerFirst(firstLine(error.message).replace(/:$/, ''))})`
  return `${start}: ${causes(error).join(': ')}`
}

/**
 * parse-json's message, e.g. “Expected ',' or '}' after property value in
 * JSON at position 21 while parsing near "…" in /path”, as “line 2, column
 * 10: expected ',' or '}' after property value”: the quoted text and the
 * absolute path add nothing the editor does not show.
 */
function jsonProblem(message: string, text: string): string {
  const parsing = message.indexOf(' while parsing')
  let problem = firstLine(parsing === -1 ? message : message.slice(0, parsing))
  // V8 repeats the start of the text: `Unexpected token 'x', "x: 1" is not valid JSON`.
  const repeated = problem.indexOf(' is not valid JSON')
  if (repeated !== -1) {
    const comma = problem.lastIndexOf(', ', repeated)
    problem = problem.slice(0, comma === -1 ? repeated : comma)
  }
  // The character's code in hexadecimal, for programmers: `Unexpected token "r" (0x72)`.
  const code = problem.indexOf(' (0x')
  const codeEnd = problem.indexOf(')', code)
  if (code !== -1 && codeEnd !== -1) problem = problem.slice(0, code) + problem.slice(codeEnd + 1)
  const at = problem.indexOf(' in JSON at position ')
  if (at === -1) return lowerFirst(problem)
  const position = Number.parseInt(problem.slice(at + ' in JSON at position '.length), 10)
  problem = problem.slice(0, at)
  const {line, column} = lineAndColumn(text, position)
  return `line ${line}, column ${column}: ${lowerFirst(problem)}`
}

function lineAndColumn(text: string, offset: number): {line: number; column: number} {
  let line = 1
  let lineStart = 0
  const end = Math.min(offset, text.length)
  for (
    let index = text.indexOf('\n');
    index !== -1 && index < end;
    index = text.indexOf('\n', index + 1)
  ) {
    line++
    lineStart = index + 1
  }
  return {line, column: end - lineStart + 1}
}

/** The first line of each message in the cause chain, without repeats. */
function causes(error: Error): string[] {
  const parts: string[] = []
  let current: unknown = error
  while (current instanceof Error && parts.length < 8) {
    const part = firstLine(current.message)
    if (part && !parts.includes(part)) parts.push(part)
    current = current.cause
  }
  return parts
}

function firstLine(text: string): string {
  const end = text.indexOf('\n')
  return (end === -1 ? text : text.slice(0, end)).trim()
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1)
}
