export {defineRule, optionError, MESSAGE_SOURCE, SKIP_KEY, type Check, type Finding, type OptionsParser, type Report, type WhatforRule} from './define-rule.js'
export {repositoryUrl, ruleDocsUrl, type RuleMeta, type Severity} from './meta.js'
export {withoutStackTrace} from './without-stack-trace.js'
export {fatalOf, readSetting, RuleConfigError, type RuleSetting} from './severity.js'
