export {configTransform, defaultConfig, type EngineConfig} from './config.js'
export {explainRule, listRules} from './explain.js'
export {DEFAULT_EXTENSIONS, run} from './run.js'
export {UsageError} from './usage-error.js'
