export {
  type Check,
  defineRule,
  type Finding,
  MESSAGE_SOURCE,
  type OptionsParser,
  optionError,
  type Report,
  type WhatforRule
} from './define-rule.js'
export {type RuleMeta, repositoryUrl, ruleDocsUrl, type Severity} from './meta.js'
export {fatalOf, RuleConfigError, type RuleSetting, readSetting} from './severity.js'
export {withoutStackTrace} from './without-stack-trace.js'
