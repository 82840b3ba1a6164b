import type {VFile} from 'vfile'
import {reporter} from 'vfile-reporter'
import {withUserFacingMessages} from './flatten.js'

export interface PrettyOptions {
  color?: boolean
  /** Hide clean files and suggestions. */
  quiet?: boolean
  /** Show errors only. */
  silent?: boolean
  /** Show each finding's citation (on by default: every finding cites its argument). */
  verbose?: boolean
}

/** The terminal report: vfile-reporter, with citations shown and no stack traces. */
export function pretty(files: readonly VFile[], options: PrettyOptions = {}): string {
  const shown = withUserFacingMessages(files).map((file) => {
    if (!options.quiet && !options.silent) return file
    file.messages = file.messages.filter((message) =>
      options.silent ? message.fatal === true : message.fatal !== undefined
    )
    return file
  })
  return reporter(shown, {
    color: options.color ?? false,
    quiet: options.quiet ?? false,
    silent: options.silent ?? false,
    verbose: options.verbose ?? true,
    traceLimit: 0
  })
}
