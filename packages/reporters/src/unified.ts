import type {VFile} from 'vfile'
import {reporter} from 'vfile-reporter'
import {withUserFacingMessages} from './flatten.js'

export interface UnifiedOptions {
  color?: boolean
  /** Hide clean files and suggestions. */
  quiet?: boolean
  /** Show errors only. */
  silent?: boolean
  /** Show each finding's citation (on by default: every finding cites its argument). */
  verbose?: boolean
}

/**
 * `--report unified`: vfile-reporter's look, as remark-lint users know it, with
 * citations shown and no stack traces.
 */
export function unified(files: readonly VFile[], options: UnifiedOptions = {}): string {
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
