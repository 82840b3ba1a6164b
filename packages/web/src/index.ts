// The page's logic that needs no DOM, for tests and for anyone embedding the linter.
export {countsOf, findingsAsMarkdown, placeOf} from './export.js'
export {type PageCitation, type PageFinding, pageFindings, type TextPoint} from './findings.js'
export {type LintResult, lintPlan, type WordSource} from './lint.js'
export {type NamedChannel, type PlanSummary, type Quoted, summarise} from './summary.js'
