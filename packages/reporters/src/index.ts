import type {VFile} from 'vfile'
import {json} from './json.js'
import {pretty} from './pretty.js'

export {json} from './json.js'
export {pretty, type PrettyOptions} from './pretty.js'
export {userFacingReason, withUserFacingMessages} from './flatten.js'

export interface ReporterOptions {
  color?: boolean
  quiet?: boolean
  silent?: boolean
  verbose?: boolean
  /** Working directory, for reporters that write paths relative to a root. */
  cwd?: string
}

export type Reporter = (files: readonly VFile[], options: ReporterOptions) => string | Promise<string>

/**
 * Reporters whatfor ships, by the name `--report NAME` takes. Resolved here,
 * never from the working directory, so `--report json` works from anywhere.
 */
export const reporters: Readonly<Record<string, Reporter>> = {
  pretty,
  json
}

/** Machine-readable reports go to stdout; the human one goes to stderr. */
export const machineReadable: ReadonlySet<string> = new Set(['json'])
