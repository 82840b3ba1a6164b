export {
  defineRule,
  type Finding,
  MESSAGE_SOURCE,
  type Report,
  type WhatforRule
} from './define-rule.js'
export {type RuleMeta, repositoryUrl, ruleDocsUrl, type Severity} from './meta.js'
export {type FindingSection, sectionOf} from './section-of.js'
export {withoutStackTrace} from './without-stack-trace.js'
