import path from 'node:path'
import type {Root} from 'mdast'
import {Configuration} from 'unified-engine'
import type {VFile} from 'vfile'
import {configTransform, defaultConfig, type EngineConfig} from 'whatfor'
import {describeConfigProblem} from './config-problem.js'

/**
 * unified-language-server 4.1 hands unified-engine only `rcName`,
 * `packageField`, `ignoreName` and `plugins`: it has no way to pass a
 * `configTransform` or a `defaultConfig`. Without them a `.whatforrc` in
 * whatfor's shape (`{"rules": {...}}`) would be ignored and a workspace without
 * a config would get no rules at all.
 *
 * unified-engine reads both from the `Configuration` instance each time it
 * creates a config (and exports the class for tools like this), so we supply
 * the CLI's own transform and default there. Only configurations that look
 * for the `whatfor` package field are touched, and only where the engine
 * options left them unset, so the CLI's engine runs are unchanged.
 */
const PACKAGE_FIELD = 'whatfor'

interface ConfigurationFields {
  cwd: string
  packageField?: string
  configTransform?: unknown
  defaultConfig?: unknown
}

let installed = false

export function useWhatforConfigInEngine(): void {
  if (installed) return
  installed = true
  const prototype = Configuration.prototype as unknown as {
    create: (...args: unknown[]) => Promise<unknown>
  }
  const create = prototype.create
  prototype.create = async function (this: ConfigurationFields, ...args: unknown[]) {
    if (this.packageField !== PACKAGE_FIELD) return create.apply(this, args)
    this.configTransform ??= editorConfigTransform
    this.defaultConfig ??= defaultConfig()
    const [value, filePath] = args
    try {
      return await create.apply(this, args)
    } catch (error) {
      // Only a config file can be broken; the default config is whatfor's own.
      if (typeof filePath !== 'string') throw error
      const shown = path.relative(this.cwd, filePath) || filePath
      const problem = describeConfigProblem(error, shown, value ? String(value) : '')
      return {filePath, plugins: [[reportUnusableConfig, problem]], settings: {}}
    }
  }
}

/**
 * The CLI stops on a config it cannot use (exit 2, one line). An editor has no
 * exit code: the explanation (which file, which rule or field) becomes one
 * error at the top of each plan the config governs, and no rule runs until the
 * config is fixed. Thrown, it would reach the editor as “Cannot parse file”
 * with the reason buried in the error's cause, which the editor never shows.
 * A config file that cannot be read at all (not JSON, not YAML, a module
 * that fails to load) is reported the same way.
 */
function editorConfigTransform(raw: unknown, filePath: string): EngineConfig {
  try {
    return configTransform(raw, filePath)
  } catch (error) {
    return {plugins: [[reportUnusableConfig, (error as Error).message]], settings: {}}
  }
}

function reportUnusableConfig(problem: string) {
  return (_tree: Root, file: VFile): undefined => {
    const message = file.message(problem, {
      ruleId: 'config',
      source: 'whatfor',
      place: {line: 1, column: 1}
    })
    message.fatal = true
  }
}
