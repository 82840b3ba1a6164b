import type {QuoteId} from '@whatfor/citations'

/** How loud a rule is: error fails a run, warning fails with --frail, suggestion never fails. */
export type Severity = 'error' | 'warning' | 'suggestion'

/**
 * What a rule is, as data: the argument it enforces and where that argument
 * comes from. Docs, reporters, `--explain` and the editor all read this.
 */
export interface RuleMeta {
  /** Rule id, as users type it in config and comments. */
  readonly id: string
  /** Default severity in the preset (the catalogue's). */
  readonly severity: Severity
  /** Whether the recommended preset turns it on. */
  readonly enabledByDefault?: boolean
  /** What it flags, in one line (the README table). */
  readonly summary: string
  /** The essay's argument in the rule's own words. */
  readonly argument: string
  /** The passage the rule cites in every message. */
  readonly quote: QuoteId
  /** Further passages the argument rests on (shown by --explain and in docs). */
  readonly alsoCites?: readonly QuoteId[]
  /** What it flags, itemised. */
  readonly flags: readonly string[]
  /** What it must leave alone. */
  readonly leavesAlone: readonly string[]
  /** Options, described for docs and --explain. */
  readonly options?: Readonly<Record<string, string>>
}

export const repositoryUrl = 'https://github.com/whatfor-lint/whatfor'

/** Where a rule's documentation page lives. */
export function ruleDocsUrl(id: string): string {
  return `${repositoryUrl}/blob/main/rules/${id}/readme.md`
}
