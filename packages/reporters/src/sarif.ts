import {pathToFileURL} from 'node:url'
import {citation} from '@whatfor/citations'
import {type RuleMeta, repositoryUrl, ruleDocsUrl} from '@whatfor/lint-rule'
import {rules} from '@whatfor/preset'
import {
  SarifBuilder,
  SarifResultBuilder,
  SarifRuleBuilder,
  SarifRunBuilder
} from 'node-sarif-builder'
import type {VFile} from 'vfile'
import packageJson from '../package.json' with {type: 'json'}
import {
  CANNOT_PROCESS,
  type Finding,
  type FindingFilter,
  findingsOf,
  type Level,
  LineIndex,
  relativePath,
  repositoryRoot,
  textOf
} from './findings.js'
import {fingerprints} from './fingerprint.js'

/**
 * SARIF 2.1.0 for GitHub code scanning: every whatfor rule as a reporting
 * descriptor whose help carries the essay quote and its source, and every
 * finding as a result located relative to the repository root (%SRCROOT%)
 * with a content fingerprint, so an alert survives edits above it.
 */

export interface SarifOptions extends FindingFilter {
  cwd?: string
  /** Root that artifact URIs are relative to; defaults to the git top level of cwd. */
  root?: string
}

/** Code scanning truncates longer full descriptions. */
const FULL_DESCRIPTION_LIMIT = 1024

const LEVELS: Record<Level, 'error' | 'warning' | 'note'> = {
  error: 'error',
  warning: 'warning',
  suggestion: 'note'
}

// Checks that run before the rules (input guard, the engine itself): not
// preset rules, but code scanning still needs a descriptor for each.
const FILE_CHECKS: Readonly<Record<string, string>> = {
  [CANNOT_PROCESS]: 'The file could not be read or processed (or the config for it is broken).',
  'binary-file': 'The file is binary, not Markdown or plain text.',
  'invalid-utf8': 'The file is not valid UTF-8 text.',
  'file-too-large': 'The file is larger than the configured --max-size.',
  'empty-file': 'The file is empty.',
  'front-matter': 'The front matter is not valid YAML.'
}

export function sarifLog(files: readonly VFile[], options: SarifOptions = {}) {
  const root = options.root ?? repositoryRoot(options.cwd ?? process.cwd())
  const run = new SarifRunBuilder().initSimple({
    toolDriverName: 'whatfor',
    toolDriverVersion: packageJson.version,
    url: repositoryUrl
  })
  run.run.columnKind = 'utf16CodeUnits'
  run.run.originalUriBaseIds = {
    '%SRCROOT%': {uri: `${pathToFileURL(root).href.replace(/\/?$/, '/')}`}
  }

  const findings = findingsOf(files, options)
  const described = new Set<string>()
  for (const rule of rules) {
    run.addRule(ruleDescriptor(rule.meta))
    described.add(rule.meta.id)
  }
  for (const finding of findings) {
    if (described.has(finding.ruleId)) continue
    described.add(finding.ruleId)
    run.addRule(fileCheckDescriptor(finding))
  }

  const byFile = new Map<VFile, Finding[]>()
  for (const finding of findings) {
    const list = byFile.get(finding.file)
    if (list) list.push(finding)
    else byFile.set(finding.file, [finding])
  }
  for (const [file, list] of byFile) {
    const uri = relativePath(file, root).split('/').map(encodeURIComponent).join('/')
    const prints = fingerprints(list, new LineIndex(textOf(file)))
    for (const [index, finding] of list.entries())
      run.addResult(resultOf(finding, uri, prints[index]!))
  }

  const log = new SarifBuilder()
  log.addRun(run)
  return log
}

export function sarif(files: readonly VFile[], options: SarifOptions = {}): string {
  return `${sarifLog(files, options).buildSarifJsonString({indent: true})}\n`
}

function ruleDescriptor(meta: RuleMeta): SarifRuleBuilder {
  const builder = new SarifRuleBuilder().initSimple({
    ruleId: meta.id,
    shortDescriptionText: meta.summary,
    fullDescriptionText: truncate(meta.argument, FULL_DESCRIPTION_LIMIT),
    helpUri: ruleDocsUrl(meta.id)
  })
  const cited = [meta.quote, ...(meta.alsoCites ?? [])].map((quoteId) => citation(quoteId))
  const sources = cited.map((item) => ({
    text: `\u201c${item.quote}\u201d \u2014 ${item.essay.author}, \u201c${item.essay.title}\u201d (${item.essay.date}), ${item.essay.url}`,
    markdown: `> ${item.quote}\n\n\u2014 ${item.essay.author}, [${item.essay.title}](${item.essay.url}) (${item.essay.date})`
  }))
  builder.rule.name = meta.id
    .replace(/-(\w)/g, (_, letter: string) => letter.toUpperCase())
    .replace(/^\w/, (letter) => letter.toUpperCase())
  builder.rule.help = {
    text: [
      meta.argument,
      ...sources.map((source) => source.text),
      `Docs: ${ruleDocsUrl(meta.id)}`
    ].join('\n\n'),
    markdown: [
      meta.argument,
      ...sources.map((source) => source.markdown),
      `[Rule documentation](${ruleDocsUrl(meta.id)})`
    ].join('\n\n')
  }
  builder.rule.defaultConfiguration = {
    level: LEVELS[meta.severity],
    enabled: meta.enabledByDefault !== false
  }
  builder.rule.properties = {tags: ['whatfor', 'strategy'], precision: 'medium'}
  return builder
}

function fileCheckDescriptor(finding: Finding): SarifRuleBuilder {
  const text = FILE_CHECKS[finding.ruleId] ?? `Reported by whatfor as \`${finding.ruleId}\`.`
  const builder = new SarifRuleBuilder().initSimple({
    ruleId: finding.ruleId,
    shortDescriptionText: text,
    fullDescriptionText: text,
    helpUri: repositoryUrl
  })
  builder.rule.help = {
    text: `${text} whatfor reports it so a file that was not linted never passes silently.`
  }
  builder.rule.defaultConfiguration = {level: 'error'}
  return builder
}

function resultOf(finding: Finding, uri: string, fingerprint: string): SarifResultBuilder {
  const builder = new SarifResultBuilder().initSimple({
    level: LEVELS[finding.level],
    messageText: [finding.reason, finding.note].filter(Boolean).join('\n\n'),
    ruleId: finding.ruleId,
    fileUri: uri
  })
  const location = builder.result.locations![0]!.physicalLocation!
  location.artifactLocation!.uriBaseId = '%SRCROOT%'
  if (finding.start) {
    const end = finding.end ?? finding.start
    location.region = {
      startLine: finding.start.line,
      startColumn: finding.start.column,
      endLine: end.line,
      endColumn: end.column
    }
  }
  builder.result.partialFingerprints = {
    primaryLocationLineHash: fingerprint,
    'whatforContent/v1': fingerprint
  }
  return builder
}

function truncate(text: string, limit: number): string {
  return text.length <= limit ? text : `${text.slice(0, limit - 1)}\u2026`
}
