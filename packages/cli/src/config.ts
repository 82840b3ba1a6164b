import path from 'node:path'
import preset, {ruleById, ruleIds} from '@whatfor/preset'
import type {PluggableList} from 'unified'
import {unified} from 'unified'

/**
 * `.whatforrc` in the shape Vale and ESLint users expect — rules by id — on
 * top of unified-engine's own `plugins` and `settings`:
 *
 *     {"rules": {"what-for": "warning", "no-vanity-metrics": ["error", {}]}}
 *
 * Every rule setting is checked here, when the config is read, so a typo
 * names the config file and the rule instead of failing later.
 */
const FIELDS = new Set(['rules', 'plugins', 'settings', '$schema'])

export interface EngineConfig {
  plugins: PluggableList
  settings: Record<string, unknown>
}

export function defaultConfig(): EngineConfig {
  return {plugins: [preset], settings: {}}
}

export function configTransform(raw: unknown, filePath: string): EngineConfig {
  const where = path.relative(process.cwd(), filePath) || filePath
  const fail = (problem: string): never => {
    throw new Error(`Cannot use config \`${where}\`: ${problem}`)
  }
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    return fail('expected an object with `rules`, `plugins` or `settings`')
  }
  const config = raw as Record<string, unknown>
  for (const key of Object.keys(config)) {
    if (!FIELDS.has(key))
      fail(`unknown field \`${key}\`, expected \`rules\`, \`plugins\` or \`settings\``)
  }
  const rules = config.rules ?? {}
  if (rules === null || typeof rules !== 'object' || Array.isArray(rules))
    fail('expected `rules` to be an object of rule ids to severities')
  const overrides: PluggableList = []
  for (const [id, setting] of Object.entries(rules as Record<string, unknown>)) {
    const rule = ruleById(id)
    if (!rule) fail(`unknown rule \`${id}\`, expected one of: ${ruleIds.join(', ')}`)
    try {
      // Calling the attacher checks the severity and the options.
      rule!.call(unified() as never, setting)
    } catch (error) {
      fail((error as Error).message)
    }
    overrides.push([rule!, setting])
  }
  const plugins = config.plugins ?? []
  if (!Array.isArray(plugins) && (typeof plugins !== 'object' || plugins === null))
    fail('expected `plugins` to be a list')
  const settings = config.settings ?? {}
  return {
    plugins: [preset, ...overrides, ...(Array.isArray(plugins) ? plugins : [plugins as never])],
    settings: settings as Record<string, unknown>
  }
}
