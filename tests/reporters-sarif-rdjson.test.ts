import {execFileSync} from 'node:child_process'
import {readFileSync} from 'node:fs'
import path from 'node:path'
import {rdjsonDiagnostics} from '@whatfor/reporters'
import AjvDraft04 from 'ajv-draft-04'
import ajvFormats from 'ajv-formats'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {
  CHANNEL_FIRST,
  GOOD,
  gitRepo,
  plan,
  root,
  whatfor,
  writeFiles
} from './helpers/integrations.js'

const schemas = path.join(root, 'fixtures/schemas')

// Both are CommonJS with `exports.default`: under Node's ESM the default
// import is the whole module object.
const Ajv: typeof AjvDraft04.default =
  AjvDraft04.default ?? (AjvDraft04 as unknown as typeof AjvDraft04.default)
const addFormats: typeof ajvFormats.default =
  ajvFormats.default ?? (ajvFormats as unknown as typeof ajvFormats.default)

function validator(file: string) {
  const ajv = new Ajv({allErrors: true, strict: false})
  addFormats(ajv)
  return ajv.compile(JSON.parse(readFileSync(path.join(schemas, file), 'utf8')))
}

function expectValid(validate: ReturnType<typeof validator>, data: unknown): void {
  const valid = validate(data)
  expect(validate.errors ?? [], JSON.stringify(validate.errors, null, 2)).toEqual([])
  expect(valid).toBe(true)
}

// A repository with a channel-first plan, a clean one, a binary file and a
// plan with non-ASCII text before a finding on the same line.
function project(): string {
  const unicode = plan(CHANNEL_FIRST).replace(
    '- Grow total followers',
    '- Grow 😀 Café Ünïcode total followers'
  )
  const repo = gitRepo()
  writeFiles(repo, {
    [`plans/${CHANNEL_FIRST}`]: plan(CHANNEL_FIRST),
    [`plans/${GOOD}`]: plan(GOOD),
    'plans/unicode plan, v2.md': unicode,
    'plans/image.md': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x1a, 0x00])
  })
  return repo
}

interface SarifResult {
  ruleId: string
  level: string
  message: {text: string}
  locations: Array<{
    physicalLocation: {
      artifactLocation: {uri: string; uriBaseId: string}
      region?: {startLine: number; startColumn: number; endLine: number; endColumn: number}
    }
  }>
  partialFingerprints: Record<string, string>
}

describe('sarif reporter', () => {
  it('validates against the official SARIF 2.1.0 schema and carries what code scanning reads', () => {
    const repo = project()
    // A path whatfor cannot lint (a named pipe: refused unread). A missing
    // path would stop the run: nothing to lint there is exit 2.
    execFileSync('mkfifo', [path.join(repo, 'pipe.md')])
    const result = whatfor(['--report', 'sarif', '.', path.join(repo, 'pipe.md')], {
      cwd: path.join(repo, 'plans')
    })
    expect(result.code).toBe(1)
    const log = JSON.parse(result.stdout)
    const validate = validator('sarif-schema-2.1.0.json')
    expectValid(validate, log)
    // The schema does reject what code scanning would: a level SARIF lacks, a region at line 0.
    const broken = structuredClone(log)
    broken.runs[0].results[0].level = 'fatal'
    broken.runs[0].results[1].locations[0].physicalLocation.region = {startLine: 0}
    expect(validate(broken)).toBe(false)
    expect(log.version).toBe('2.1.0')
    const run = log.runs[0]
    const rules = run.tool.driver.rules as Array<{
      id: string
      shortDescription: {text: string}
      fullDescription: {text: string}
      help: {text: string}
      helpUri: string
    }>
    const channelFirst = rules.find((rule) => rule.id === 'no-channel-first')!
    expect(channelFirst.shortDescription.text).toMatch(/channels/)
    expect(channelFirst.helpUri).toMatch(/^https:\/\/.*rules\/no-channel-first/)
    expect(channelFirst.help.text).toContain('Social media IS NOT its networks')
    expect(channelFirst.help.text).toContain(
      'http://ingenioustries.blogspot.com/2008/12/social-media-is-not-its-networks.html'
    )
    for (const rule of rules) {
      expect(rule.shortDescription.text.length).toBeGreaterThan(0)
      expect(rule.fullDescription.text.length).toBeLessThanOrEqual(1024)
      expect(rule.help.text.length).toBeGreaterThan(0)
    }

    const results = run.results as SarifResult[]
    const uris = new Set(
      results.map((entry) => entry.locations[0]!.physicalLocation.artifactLocation.uri)
    )
    // Relative to the repository root although the run started in plans/.
    expect([...uris].sort()).toEqual([
      'pipe.md',
      `plans/${CHANNEL_FIRST}`,
      'plans/image.md',
      'plans/unicode%20plan%2C%20v2.md'
    ])
    for (const entry of results) {
      expect(entry.locations[0]!.physicalLocation.artifactLocation.uriBaseId).toBe('%SRCROOT%')
      expect(['error', 'warning', 'note']).toContain(entry.level)
      expect(entry.partialFingerprints.primaryLocationLineHash).toMatch(/^[0-9a-f]{32}:\d+$/)
      expect(rules.some((rule) => rule.id === entry.ruleId)).toBe(true)
    }
    const table = results.find(
      (entry) =>
        entry.ruleId === 'no-channel-first' &&
        entry.locations[0]!.physicalLocation.artifactLocation.uri.endsWith(CHANNEL_FIRST)
    )!
    expect(table.level).toBe('error')
    expect(table.locations[0]!.physicalLocation.region).toEqual({
      startLine: 3,
      startColumn: 1,
      endLine: 9,
      endColumn: 57
    })
    // Files that could not be linted are results too, never silently dropped.
    expect(results.find((entry) => entry.ruleId === 'binary-file')?.level).toBe('error')
    expect(
      results.find((entry) => entry.ruleId === 'not-a-file')?.locations[0]?.physicalLocation
        .artifactLocation.uri
    ).toBe('pipe.md')
  })

  it('keeps fingerprints when lines are added above a finding', () => {
    const before = gitRepo({'plan.md': plan(CHANNEL_FIRST)})
    const after = gitRepo({
      'plan.md': plan(CHANNEL_FIRST).replace(
        '\n',
        '\n\nDraft 2, after the board meeting.\nSecond new line.\n'
      )
    })
    const prints = (repo: string) =>
      (
        JSON.parse(whatfor(['--report', 'sarif', 'plan.md'], {cwd: repo}).stdout).runs[0]
          .results as SarifResult[]
      ).map(
        (entry) =>
          [
            entry.ruleId,
            entry.partialFingerprints.primaryLocationLineHash,
            entry.locations[0]!.physicalLocation.region!.startLine
          ] as const
      )
    const old = prints(before)
    const edited = prints(after)
    expect(edited.map(([rule, hash]) => [rule, hash])).toEqual(
      old.map(([rule, hash]) => [rule, hash])
    )
    expect(edited[0]![2]).toBe(old[0]![2] + 3)
  })
})

describe('rdjson and rdjsonl reporters', () => {
  it('rdjson validates against reviewdog’s DiagnosticResult schema, rdjsonl line by line against Diagnostic', () => {
    const repo = project()
    const rdjson = whatfor(['--report', 'rdjson', 'plans'], {cwd: repo})
    expect(rdjson.code).toBe(1)
    const document = JSON.parse(rdjson.stdout)
    const validateResult = validator('reviewdog-rdf/DiagnosticResult.json')
    expectValid(validateResult, document)
    expect(
      validateResult({...document, diagnostics: [{...document.diagnostics[0], severity: 'FATAL'}]})
    ).toBe(false)
    expect(document.source.name).toBe('whatfor')
    expect(document.diagnostics.length).toBeGreaterThan(3)

    const rdjsonl = whatfor(['--report', 'rdjsonl', 'plans'], {cwd: repo})
    const lines = rdjsonl.stdout
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line))
    const validate = validator('reviewdog-rdf/Diagnostic.json')
    for (const line of lines) expectValid(validate, line)
    expect(lines).toEqual(document.diagnostics)
    for (const diagnostic of lines) {
      expect(diagnostic.message.length).toBeGreaterThan(0)
      expect(['ERROR', 'WARNING', 'INFO']).toContain(diagnostic.severity)
      expect(diagnostic.location.path.startsWith('plans/')).toBe(true)
    }
    const binary = lines.find((diagnostic) => diagnostic.code.value === 'binary-file')
    expect(binary).toMatchObject({location: {path: 'plans/image.md'}, severity: 'ERROR'})
  })

  it('counts columns in UTF-8 bytes when non-ASCII text comes before a finding', () => {
    const repo = project()
    const lines = whatfor(['--report', 'rdjsonl', 'plans/unicode plan, v2.md'], {cwd: repo})
      .stdout.trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line))
    const vanity = lines.find(
      (diagnostic) =>
        diagnostic.code.value === 'no-vanity-metrics' && /followers/.test(diagnostic.message)
    )
    expect(vanity, 'the vanity-metric finding after the emoji').toBeDefined()
    const {start, end} = vanity.location.range
    const line = readFileSync(path.join(repo, 'plans/unicode plan, v2.md'), 'utf8').split('\n')[
      start.line - 1
    ]!
    const bytes = Buffer.from(line, 'utf8')
    expect(bytes.subarray(start.column - 1, end.column - 1).toString('utf8')).toBe('followers')
    // vfile's UTF-16 column is smaller: 😀 is 2 code units but 4 bytes; é, Ü and ï are 1 unit but 2 bytes.
    const utf16 = line.indexOf('followers') + 1
    expect(start.column).toBe(utf16 + 2 + 3)
  })

  it('maps a suggestion-free point and an insertion suggestion with byte columns', () => {
    const file = new VFile({path: 'p.md', cwd: '/', value: 'é😀x\n'})
    const message = file.message('Insert here', {
      place: {line: 1, column: 4},
      ruleId: 'what-for',
      source: 'whatfor'
    })
    message.fatal = true
    message.expected = ['## What for?\n']
    const [diagnostic] = rdjsonDiagnostics([file], {cwd: '/'})
    expect(diagnostic!.location.range).toEqual({
      start: {line: 1, column: 7},
      end: {line: 1, column: 7}
    })
    expect(diagnostic!.suggestions).toEqual([
      {range: {start: {line: 1, column: 7}, end: {line: 1, column: 7}}, text: '## What for?\n'}
    ])
  })
})

describe('files that could not be linted', () => {
  it('appear in every format as an error on the file: a broken config and a binary file', () => {
    const repo = gitRepo()
    writeFiles(repo, {
      'team/.whatforrc.json': JSON.stringify({rules: {'no-such-rule': 'error'}}),
      'team/plan.md': plan(GOOD),
      'assets/logo.md': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x1a, 0x00])
    })
    const args = ['team/plan.md', 'assets/logo.md']

    const github = whatfor(['--report', 'github', ...args], {cwd: repo})
    expect(github.code).toBe(1)
    expect(github.stdout).toMatch(
      /^::error title=whatfor cannot-process,file=team\/plan\.md::Cannot process file: .*unknown rule `no-such-rule`/m
    )
    expect(github.stdout).toMatch(
      /^::error title=whatfor binary-file,file=assets\/logo\.md::Cannot lint a binary file/m
    )

    const sarif = JSON.parse(whatfor(['--report', 'sarif', ...args], {cwd: repo}).stdout)
    expectValid(validator('sarif-schema-2.1.0.json'), sarif)
    const results = sarif.runs[0].results as SarifResult[]
    expect(
      results
        .map((entry) => [
          entry.ruleId,
          entry.level,
          entry.locations[0]!.physicalLocation.artifactLocation.uri
        ])
        .sort()
    ).toEqual([
      ['binary-file', 'error', 'assets/logo.md'],
      ['cannot-process', 'error', 'team/plan.md']
    ])
    const ids = (sarif.runs[0].tool.driver.rules as Array<{id: string}>).map((rule) => rule.id)
    expect(ids).toContain('cannot-process')
    expect(ids).toContain('binary-file')

    const rdjson = JSON.parse(whatfor(['--report', 'rdjson', ...args], {cwd: repo}).stdout)
    expectValid(validator('reviewdog-rdf/DiagnosticResult.json'), rdjson)
    expect(
      rdjson.diagnostics
        .map((entry: {code: {value: string}; location: {path: string}; severity: string}) => [
          entry.code.value,
          entry.location.path,
          entry.severity
        ])
        .sort()
    ).toEqual([
      ['binary-file', 'assets/logo.md', 'ERROR'],
      ['cannot-process', 'team/plan.md', 'ERROR']
    ])
    const rdjsonl = whatfor(['--report', 'rdjsonl', ...args], {cwd: repo})
      .stdout.trimEnd()
      .split('\n')
    expect(rdjsonl).toHaveLength(2)
    for (const line of rdjsonl) expect(line).not.toMatch(/\n\s+at /)
  })
})
