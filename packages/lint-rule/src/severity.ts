import type {Severity} from './meta.js'

/**
 * Reading a rule's configuration the way remark-lint users write it:
 * `true`, `false`, a severity, `[severity, options]`, or options alone.
 */
export interface RuleSetting<Options> {
  readonly severity: Severity | 'off'
  readonly options: Options | undefined
}

const NAMED: Record<string, Severity | 'off'> = {
  off: 'off',
  error: 'error',
  warning: 'warning',
  warn: 'warning',
  on: 'warning',
  suggestion: 'suggestion',
  info: 'suggestion'
}
const NUMBERED: Record<number, Severity | 'off'> = {0: 'off', 1: 'warning', 2: 'error'}

class RuleConfigError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'RuleConfigError'
  }
}

export function readSetting<Options>(
  ruleId: string,
  fallback: Severity,
  config: unknown
): RuleSetting<Options> {
  if (config === undefined || config === null || config === true)
    return {severity: fallback, options: undefined}
  if (config === false) return {severity: 'off', options: undefined}
  if (Array.isArray(config)) {
    if (config.length === 0) return {severity: fallback, options: undefined}
    const severity = severityOf(ruleId, config[0])
    return {severity, options: config[1] as Options | undefined}
  }
  if (typeof config === 'string' || typeof config === 'number')
    return {severity: severityOf(ruleId, config), options: undefined}
  return {severity: fallback, options: config as Options}
}

function severityOf(ruleId: string, value: unknown): Severity | 'off' {
  const severity =
    typeof value === 'string'
      ? NAMED[value]
      : typeof value === 'number'
        ? NUMBERED[value]
        : undefined
  if (!severity) {
    throw new RuleConfigError(
      `Unexpected severity \`${String(value)}\` for rule \`${ruleId}\`, expected one of: off, suggestion, warning, error (or 0, 1, 2)`
    )
  }
  return severity
}

/** vfile's `fatal`: true for error, false for warning, undefined for suggestion. */
export function fatalOf(severity: Severity): boolean | undefined {
  return severity === 'error' ? true : severity === 'warning' ? false : undefined
}
