import type {VFile} from 'vfile'
import {github} from './github.js'
import {json} from './json.js'
import {pretty} from './pretty.js'
import {rdjson, rdjsonl} from './rdjson.js'
import {sarif} from './sarif.js'
import {unified} from './unified.js'

export {adviceRuleIds, findingSentence} from './advice.js'
export {citationOf, type FindingCitation} from './citation.js'
export {
  CANNOT_PROCESS,
  type Finding,
  findingOf,
  findingsOf,
  type Level,
  LineIndex,
  levelOf,
  relativePath,
  repositoryRoot,
  textOf
} from './findings.js'
export {contentHash, fingerprints, flaggedText, normalizeText} from './fingerprint.js'
export {userFacingReason, withUserFacingMessages} from './flatten.js'
export {
  ANNOTATIONS_PER_LEVEL,
  escapeData,
  escapeProperty,
  type GithubOptions,
  github,
  githubReport,
  workflowCommand
} from './github.js'
export {json} from './json.js'
export {MAX_WIDTH, type PrettyOptions, pretty} from './pretty.js'
export {type RdDiagnostic, rdjson, rdjsonDiagnostics, rdjsonl} from './rdjson.js'
export {type SarifOptions, sarif, sarifLog} from './sarif.js'
export {type UnifiedOptions, unified} from './unified.js'

export interface ReporterOptions {
  color?: boolean
  quiet?: boolean
  silent?: boolean
  verbose?: boolean
  /** Columns the terminal report wraps at. */
  width?: number
  /** Working directory, for reporters that write paths relative to a root. */
  cwd?: string
}

export type Reporter = (
  files: readonly VFile[],
  options: ReporterOptions
) => string | Promise<string>

/**
 * Reporters whatfor ships, by the name `--report NAME` takes. Resolved here,
 * never from the working directory, so `--report json` works from anywhere.
 */
export const reporters: Readonly<Record<string, Reporter>> = {
  pretty,
  unified,
  json,
  github,
  sarif,
  rdjson,
  rdjsonl
}

/** The report `whatfor` prints when no `--report` is given. */
export const DEFAULT_REPORT = 'pretty'
