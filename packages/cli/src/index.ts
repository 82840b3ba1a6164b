export {run, DEFAULT_EXTENSIONS} from './run.js'
export {configTransform, defaultConfig, type EngineConfig} from './config.js'
export {explainRule, listRules} from './explain.js'
export {UsageError} from './usage-error.js'
