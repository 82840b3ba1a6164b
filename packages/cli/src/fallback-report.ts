import type {Reporter, ReporterOptions} from '@whatfor/reporters'
import type {VFile} from 'vfile'

/**
 * The chosen report, or, should it fail, every finding one per line: the
 * findings of a whole run are never lost to a reporter's error (a report
 * that overflowed the stack once ended a run with one line and exit 2). The
 * exit code still comes from the findings.
 */
export function withFallback(
  reporter: Reporter,
  name: string,
  warn: (line: string) => void
): Reporter {
  return async (files, options) => {
    try {
      return await reporter(files, options)
    } catch (error) {
      warn(
        `whatfor: the ${name} report failed (${String((error as Error)?.message ?? error).split('\n')[0]}); every finding follows, one per line`
      )
      return plainReport(files, options)
    }
  }
}

/** `path:line:column: severity: reason [rule]`, built with loops only. */
function plainReport(files: readonly VFile[], options: ReporterOptions = {}): string {
  const lines: string[] = []
  for (const file of files) {
    for (const message of file.messages) {
      const severity =
        message.fatal === true ? 'error' : message.fatal === false ? 'warning' : 'suggestion'
      if (options.silent && severity !== 'error') continue
      if (options.quiet && severity === 'suggestion') continue
      const where = `${file.path || '<stdin>'}:${message.line ?? 1}:${message.column ?? 1}`
      lines.push(
        `${where}: ${severity}: ${message.reason}${message.ruleId ? ` [${message.ruleId}]` : ''}`
      )
    }
  }
  return lines.join('\n')
}
