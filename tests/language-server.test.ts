import {citation, formatCitation} from '@whatfor/citations'
import {ruleDocsUrl} from '@whatfor/lint-rule'
import {ruleById} from '@whatfor/preset'
import {WHAT_FOR_SKELETON} from '@whatfor/rule-what-for'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {type CodeAction, type Diagnostic, DiagnosticSeverity} from 'vscode-languageserver-protocol'
import {examplePlan} from './helpers/cli.js'
import {applyEdits, type LspClient, startLanguageServer, temporaryWorkspace} from './helpers/lsp.js'

const plan = examplePlan
const channelFirst = plan('channel-first-list-of-networks.md')
const channelTable = plan('channel-first-channel-table.md')
const clean = plan('good-bakery-cooperative.md')

const SEVERITY = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  suggestion: DiagnosticSeverity.Information
}

function only(diagnostics: Diagnostic[], code: string): Diagnostic {
  const found = diagnostics.filter((diagnostic) => diagnostic.code === code)
  expect(
    found,
    `exactly one ${code} in ${JSON.stringify(diagnostics.map((d) => d.code))}`
  ).toHaveLength(1)
  return found[0]!
}

function isAction(value: unknown): value is CodeAction {
  return typeof value === 'object' && value !== null && 'edit' in value
}

async function actionsFor(
  client: LspClient,
  uri: string,
  diagnostic: Diagnostic
): Promise<CodeAction[]> {
  const actions = (await client.codeActions(uri, diagnostic.range, [diagnostic])) ?? []
  return actions.filter(isAction)
}

/** Applies a quick fix the way an editor does, sends the new text, and returns the re-linted diagnostics. */
async function applyFix(
  client: LspClient,
  uri: string,
  text: string,
  action: CodeAction
): Promise<{text: string; diagnostics: Diagnostic[]}> {
  const edits = action.edit!.changes![uri]!
  const fixed = applyEdits(text, edits)
  const version = await client.change(uri, fixed)
  return {text: fixed, diagnostics: await client.diagnostics(uri, version)}
}

describe('language server over stdio', () => {
  let workspace: string
  let client: LspClient

  beforeAll(async () => {
    workspace = temporaryWorkspace({'package.json': '{"name": "plans", "private": true}\n'})
    client = startLanguageServer(workspace)
    await client.initializeResult
  })
  afterAll(() => client?.close())

  it('announces hover and quick fixes', async () => {
    const {capabilities} = await client.initializeResult
    expect(capabilities.hoverProvider).toBe(true)
    expect(capabilities.codeActionProvider).toMatchObject({codeActionKinds: ['quickfix']})
    // Not a formatter: whatfor only writes the fix a user picks.
    expect(capabilities.documentFormattingProvider).toBe(false)
  })

  it('reports a channel-first plan with severity, rule code, docs link and citation', async () => {
    const uri = await client.open('channel-first.md', channelFirst)
    const diagnostics = await client.diagnostics(uri)
    const finding = only(diagnostics, 'no-channel-first')
    const rule = ruleById('no-channel-first')!
    expect(finding.source).toBe('whatfor')
    expect(finding.severity).toBe(SEVERITY[rule.meta.severity])
    expect(finding.codeDescription?.href).toBe(ruleDocsUrl('no-channel-first'))
    expect(finding.message).toContain(formatCitation(citation(rule.meta.quote)))
    // The finding points at the list of networks (line 5, 0-based 4).
    expect(finding.range.start.line).toBe(4)
    // The processor is found where the server names it: no fallback notice in the editor's log.
    expect(client.log.filter((line) => line.includes('Cannot find'))).toEqual([])
    for (const diagnostic of diagnostics) {
      expect(diagnostic.source).toBe('whatfor')
      expect(diagnostic.codeDescription?.href).toBe(ruleDocsUrl(String(diagnostic.code)))
      expect(diagnostic.severity).toBe(SEVERITY[ruleById(String(diagnostic.code))!.meta.severity])
    }
  })

  it('lints a .txt plan, opened as plain text, as it lints the same plan in Markdown', async () => {
    const markdown = await client.open('same-plan.md', channelFirst)
    const text = await client.open('same-plan.txt', channelFirst, 'plaintext')
    const codes = (diagnostics: Diagnostic[]) => diagnostics.map((diagnostic) => diagnostic.code)
    const fromText = await client.diagnostics(text)
    expect(codes(fromText)).toContain('no-channel-first')
    expect(codes(fromText)).toEqual(codes(await client.diagnostics(markdown)))
  })

  it('leaves a clean plan without channel-first or What For findings', async () => {
    const uri = await client.open('clean.md', clean)
    const codes = (await client.diagnostics(uri)).map((diagnostic) => diagnostic.code)
    expect(codes).not.toContain('no-channel-first')
    expect(codes).not.toContain('what-for')
  })

  it('shows the essay argument on hover: quote, title, author, date, link', async () => {
    const uri = await client.open('hover.md', channelFirst)
    const diagnostics = await client.diagnostics(uri)
    const finding = only(diagnostics, 'no-channel-first')
    const hover = await client.hover(
      uri,
      finding.range.start.line,
      finding.range.start.character + 2
    )
    const {quote, essay} = citation(ruleById('no-channel-first')!.meta.quote)
    const contents = hover?.contents as {kind: string; value: string}
    expect(contents.kind).toBe('markdown')
    const value = contents.value
    for (const part of [quote, essay.title, essay.author, essay.date, essay.url])
      expect(value).toContain(part)
    expect(value).toContain(ruleDocsUrl('no-channel-first'))
    // Nothing to say where there is no finding.
    const lines = channelFirst.split('\n')
    const quiet = lines.findIndex(
      (line, index) =>
        line !== '' &&
        diagnostics.every(
          (diagnostic) => index < diagnostic.range.start.line || index > diagnostic.range.end.line
        )
    )
    expect(quiet).toBeGreaterThan(-1)
    expect(await client.hover(uri, quiet, 1)).toBeNull()
  })

  it('offers the What For? skeleton from `expected`, and inserting it clears the finding', async () => {
    const uri = await client.open('table.md', channelTable)
    const finding = only(await client.diagnostics(uri), 'what-for')
    const actions = await actionsFor(client, uri, finding)
    const insert = actions.find((action) => action.title.startsWith('Insert'))
    expect(insert, JSON.stringify(actions.map((action) => action.title))).toBeDefined()
    expect(insert!.title).toBe('Insert `## What for?…`')
    expect(insert!.isPreferred).toBe(true)
    expect(insert!.edit!.changes![uri]).toEqual([
      {range: finding.range, newText: WHAT_FOR_SKELETON}
    ])
    const {text, diagnostics} = await applyFix(client, uri, channelTable, insert!)
    expect(text).toContain('## What for?\n\nWe exist so that <who>')
    // The skeleton's placeholders are a purpose statement's shape, so the finding goes.
    expect(diagnostics.map((diagnostic) => diagnostic.code)).not.toContain('what-for')
  })

  it('disables a rule for the block holding a finding with an ignore comment', async () => {
    const uri = await client.open('ignore.md', channelFirst)
    const before = await client.diagnostics(uri)
    const finding = only(before, 'no-channel-first')
    const actions = await actionsFor(client, uri, finding)
    const ignore = actions.find(
      (action) => action.title === 'Disable no-channel-first for this list'
    )
    expect(ignore, JSON.stringify(actions.map((action) => action.title))).toBeDefined()
    const {text, diagnostics} = await applyFix(client, uri, channelFirst, ignore!)
    expect(text).toContain('<!-- whatfor ignore no-channel-first -->\n\n- Instagram')
    expect(diagnostics.map((diagnostic) => diagnostic.code)).not.toContain('no-channel-first')
    // Only that rule is silenced.
    expect(diagnostics.length).toBe(before.length - 1)
  })

  it('disables a rule for a section with disable … enable comments', async () => {
    const uri = await client.open('section.md', channelFirst)
    const before = await client.diagnostics(uri)
    const finding = only(before, 'no-channel-first')
    const actions = await actionsFor(client, uri, finding)
    const section = actions.find(
      (action) => action.title === 'Disable no-channel-first for this section'
    )
    expect(section).toBeDefined()
    const {text, diagnostics} = await applyFix(client, uri, channelFirst, section!)
    expect(text.startsWith('<!-- whatfor disable no-channel-first -->\n\n# Fernway')).toBe(true)
    expect(text.trimEnd().endsWith('<!-- whatfor enable no-channel-first -->')).toBe(true)
    expect(diagnostics.map((diagnostic) => diagnostic.code)).not.toContain('no-channel-first')
    expect(diagnostics.length).toBe(before.length - 1)
  })

  it('ends a section before the next heading of the same rank', async () => {
    const text =
      '# Plan\n\n## Channels first\n\n- Instagram\n- TikTok\n- YouTube\n\n## Why\n\nSo that hill walkers stop throwing jackets away.\n'
    const uri = await client.open('nested.md', text)
    const finding = only(await client.diagnostics(uri), 'no-channel-first')
    const section = (await actionsFor(client, uri, finding)).find((action) =>
      action.title.endsWith('for this section')
    )
    expect(section).toBeDefined()
    expect(applyEdits(text, section!.edit!.changes![uri]!)).toBe(
      '# Plan\n\n<!-- whatfor disable no-channel-first -->\n\n## Channels first\n\n- Instagram\n- TikTok\n- YouTube\n\n<!-- whatfor enable no-channel-first -->\n\n## Why\n\nSo that hill walkers stop throwing jackets away.\n'
    )
  })

  it('calls a one-line block a line', async () => {
    const text =
      '# Launch\n\n## Goals\n\nOur goal is to go viral this summer.\n\nEveryone who buys a jacket should know how to mend it, so that it lasts ten years.\n'
    const uri = await client.open('one-line.md', text)
    const before = await client.diagnostics(uri)
    const finding = only(before, 'no-viral-goal')
    const actions = await actionsFor(client, uri, finding)
    const line = actions.find((action) => action.title === 'Disable no-viral-goal for this line')
    expect(line, JSON.stringify(actions.map((action) => action.title))).toBeDefined()
    const {text: fixed, diagnostics} = await applyFix(client, uri, text, line!)
    expect(fixed).toContain('<!-- whatfor ignore no-viral-goal -->\n\nOur goal is to go viral')
    expect(diagnostics.map((diagnostic) => diagnostic.code)).not.toContain('no-viral-goal')
    expect(diagnostics.length).toBe(before.length - 1)
  })

  it('keeps front matter first: the section comment goes below it', async () => {
    const text =
      '---\ntitle: Fernway social plan\nowner: Hana\n---\n\n- Instagram\n- TikTok\n- YouTube\n\n## Why\n\nSo that hill walkers stop throwing jackets away.\n'
    const uri = await client.open('front-matter.md', text)
    const before = await client.diagnostics(uri)
    const finding = only(before, 'no-channel-first')
    const section = (await actionsFor(client, uri, finding)).find((action) =>
      action.title.endsWith('for this section')
    )
    expect(section).toBeDefined()
    const {text: fixed, diagnostics} = await applyFix(client, uri, text, section!)
    expect(
      fixed.startsWith(
        '---\ntitle: Fernway social plan\nowner: Hana\n---\n\n<!-- whatfor disable no-channel-first -->\n\n- Instagram'
      )
    ).toBe(true)
    expect(fixed).toContain('<!-- whatfor enable no-channel-first -->\n\n## Why')
    expect(diagnostics.map((diagnostic) => diagnostic.code)).not.toContain('no-channel-first')
    expect(diagnostics.length).toBe(before.length - 1)
  })

  it('re-lints on every edit', async () => {
    const uri = await client.open('edited.md', channelFirst)
    expect((await client.diagnostics(uri)).map((diagnostic) => diagnostic.code)).toContain(
      'no-channel-first'
    )
    const version = await client.change(uri, clean)
    const after = (await client.diagnostics(uri, version)).map((diagnostic) => diagnostic.code)
    expect(after).not.toContain('no-channel-first')
    const back = await client.change(uri, channelFirst)
    expect((await client.diagnostics(uri, back)).map((diagnostic) => diagnostic.code)).toContain(
      'no-channel-first'
    )
  })

  it('lints only the newest text when changes come faster than lints', async () => {
    const uri = await client.open('typing.md', clean)
    await client.diagnostics(uri)
    const publishedBefore = client.publishedVersions.length
    // Typing: a change per keystroke, not waiting for diagnostics in between.
    let version = 1
    const keystrokes = 12
    for (let index = 1; index <= keystrokes; index++) {
      version = await client.change(
        uri,
        index === keystrokes ? channelFirst : `${clean}\nWe post daily${'!'.repeat(index)}\n`
      )
    }
    const diagnostics = await client.diagnostics(uri, version)
    expect(diagnostics.map((diagnostic) => diagnostic.code)).toContain('no-channel-first')
    const published = client.publishedVersions
      .slice(publishedBefore)
      .filter((entry) => entry.uri === uri)
    // The first keystroke's lint runs; the others wait and only the last is linted.
    expect(published.length).toBeLessThan(keystrokes)
    expect(published.at(-1)!.version).toBe(version)
  })

  it('honours inline comments as the CLI does', async () => {
    const uri = await client.open(
      'inline.md',
      `<!-- whatfor disable no-channel-first -->\n\n${channelFirst}`
    )
    expect((await client.diagnostics(uri)).map((diagnostic) => diagnostic.code)).not.toContain(
      'no-channel-first'
    )
  })
})

describe('language server configuration', () => {
  it('honours a .whatforrc.json that turns a rule off, and a .whatforignore', async () => {
    const workspace = temporaryWorkspace({
      '.whatforrc.json': JSON.stringify({
        rules: {'no-channel-first': 'off', 'what-for': 'suggestion'}
      }),
      '.whatforignore': 'drafts/\n'
    })
    const client = startLanguageServer(workspace)
    try {
      const uri = await client.open('plan.md', channelTable)
      const diagnostics = await client.diagnostics(uri)
      const codes = diagnostics.map((diagnostic) => diagnostic.code)
      expect(codes).not.toContain('no-channel-first')
      expect(only(diagnostics, 'what-for').severity).toBe(DiagnosticSeverity.Information)
      const draft = await client.open('drafts/plan.md', channelTable)
      expect(await client.diagnostics(draft)).toEqual([])
    } finally {
      await client.close()
    }
  })

  it('explains an unusable config in one diagnostic, without a stack trace', async () => {
    const workspace = temporaryWorkspace({
      '.whatforrc.json': JSON.stringify({rules: {'no-such-rule': 'error'}})
    })
    const client = startLanguageServer(workspace)
    try {
      const uri = await client.open('plan.md', channelFirst)
      const diagnostics = await client.diagnostics(uri)
      expect(diagnostics).toHaveLength(1)
      expect(diagnostics[0]!.severity).toBe(DiagnosticSeverity.Error)
      expect(diagnostics[0]!.code).toBe('config')
      expect(diagnostics[0]!.message).toMatch(
        /^Cannot use config `.*\.whatforrc\.json`: unknown rule `no-such-rule`, expected one of: /
      )
      expect(diagnostics[0]!.message).not.toMatch(/^\s+at /m)
    } finally {
      await client.close()
    }
  })

  it('says why a config cannot be read: the file, the line and column, what was expected', async () => {
    const cases = [
      {
        name: '.whatforrc.json',
        text: '{"rules": {\n  "what-for": "warning",,\n}}\n',
        expected:
          'Cannot read config `.whatforrc.json`: it is not valid JSON (line 2, column 25: expected double-quoted property name)'
      },
      {
        name: '.whatforrc',
        text: 'rules:\n  what-for: warning\n',
        expected: 'Cannot read config `.whatforrc`: it is not valid JSON (unexpected token "r")'
      },
      {
        name: '.whatforrc.yml',
        text: 'rules:\n  what-for: warning: error\n',
        expected:
          'Cannot read config `.whatforrc.yml`: it is not valid YAML (nested mappings are not allowed in compact mappings at line 2, column 13)'
      }
    ]
    for (const {name, text, expected} of cases) {
      const client = startLanguageServer(temporaryWorkspace({[name]: text}))
      try {
        const uri = await client.open('plan.md', channelFirst)
        const diagnostics = await client.diagnostics(uri)
        expect(diagnostics, name).toHaveLength(1)
        expect(diagnostics[0]!.severity).toBe(DiagnosticSeverity.Error)
        expect(diagnostics[0]!.code).toBe('config')
        expect(diagnostics[0]!.message).toBe(expected)
      } finally {
        await client.close()
      }
    }
  })

  it('reports a broken config even where requireConfig lints only configured plans', async () => {
    const workspace = temporaryWorkspace({'.whatforrc.json': '{"rules": {'})
    const client = startLanguageServer(workspace, {settings: {requireConfig: true}})
    try {
      const uri = await client.open('plan.md', channelFirst)
      const [diagnostic, ...rest] = await client.diagnostics(uri)
      expect(rest).toEqual([])
      expect(diagnostic!.message).toMatch(
        /^Cannot read config `\.whatforrc\.json`: it is not valid JSON \(line 1, column 12: /
      )
    } finally {
      await client.close()
    }
  })

  it('lints nothing without a config file when the editor sets requireConfig', async () => {
    const workspace = temporaryWorkspace({})
    const client = startLanguageServer(workspace, {settings: {requireConfig: true}})
    try {
      const uri = await client.open('plan.md', channelFirst)
      expect(await client.diagnostics(uri)).toEqual([])
      expect(client.configurationRequests.length).toBeGreaterThan(0)
    } finally {
      await client.close()
    }
  })
})
