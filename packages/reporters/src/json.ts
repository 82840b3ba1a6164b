import type {VFile} from 'vfile'
import reporterJson from 'vfile-reporter-json'
import {withUserFacingMessages} from './flatten.js'

/** vfile-reporter-json's format, the contract other tools read. */
export function json(
  files: readonly VFile[],
  options: {quiet?: boolean; silent?: boolean} = {}
): string {
  return reporterJson(withUserFacingMessages(files), {
    quiet: options.quiet ?? false,
    silent: options.silent ?? false
  })
}
