import type {VFile} from 'vfile'
import {github} from './github.js'
import {json} from './json.js'
import {pretty} from './pretty.js'
import {rdjson, rdjsonl} from './rdjson.js'
import {sarif} from './sarif.js'

export {json} from './json.js'
export {pretty, type PrettyOptions} from './pretty.js'
export {userFacingReason, withUserFacingMessages} from './flatten.js'
export {github, githubReport, escapeData, escapeProperty, workflowCommand, ANNOTATIONS_PER_LEVEL, type GithubOptions} from './github.js'
export {sarif, sarifLog, type SarifOptions} from './sarif.js'
export {rdjson, rdjsonl, rdjsonDiagnostics, type RdDiagnostic} from './rdjson.js'
export {findingsOf, findingOf, levelOf, relativePath, repositoryRoot, textOf, LineIndex, CANNOT_PROCESS, type Finding, type Level} from './findings.js'
export {contentHash, flaggedText, fingerprints, normalizeText} from './fingerprint.js'

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
  json,
  github,
  sarif,
  rdjson,
  rdjsonl
}

/** Machine-readable reports go to stdout; the human one goes to stderr. */
export const machineReadable: ReadonlySet<string> = new Set(['json', 'github', 'sarif', 'rdjson', 'rdjsonl'])
