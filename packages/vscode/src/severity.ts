/**
 * `whatfor.severity` in VS Code settings: how the editor shows each rule's
 * findings, over the severity the config gave them. It changes what the
 * editor displays only; the CLI and CI still follow `.whatforrc`, so a team's
 * shared config stays the one source of truth for what fails a build.
 */
export type SeverityOverride = 'error' | 'warning' | 'information' | 'hint' | 'off'

/** VS Code's DiagnosticSeverity values, passed in so this module does not need the `vscode` API. */
export type SeverityLevels = Readonly<Record<Exclude<SeverityOverride, 'off'>, number>>

interface DiagnosticLike {
  severity: number
  source?: string
  code?: string | number | {value: string | number}
}

export function applySeverityOverrides<D extends DiagnosticLike>(
  diagnostics: readonly D[],
  overrides: Readonly<Record<string, unknown>>,
  levels: SeverityLevels
): D[] {
  const result: D[] = []
  for (const diagnostic of diagnostics) {
    const ruleId = diagnostic.source === 'whatfor' ? ruleIdOf(diagnostic.code) : undefined
    const override = ruleId === undefined ? undefined : overrides[ruleId]
    if (override === 'off') continue
    if (typeof override === 'string' && override in levels)
      diagnostic.severity = levels[override as keyof SeverityLevels]
    result.push(diagnostic)
  }
  return result
}

function ruleIdOf(code: DiagnosticLike['code']): string | undefined {
  if (code === undefined) return undefined
  return String(typeof code === 'object' ? code.value : code)
}
