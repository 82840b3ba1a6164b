import {execFileSync} from 'node:child_process'
import {mkdtempSync, readFileSync, writeFileSync} from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {ruleIds} from '@whatfor/preset'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {DEFAULT_EXTENSIONS} from 'whatfor'
import {PLAN_EXTENSIONS, PLAN_LANGUAGES, PLAN_SELECTOR} from '../packages/vscode/src/plans.js'
import {applySeverityOverrides} from '../packages/vscode/src/severity.js'
import {
  type LspClient,
  repositoryRoot,
  startLanguageServer,
  temporaryWorkspace
} from './helpers/lsp.js'
import {readZip} from './helpers/lsp-zip.js'

interface Manifest {
  name: string
  main: string
  engines: {vscode: string}
  activationEvents: string[]
  contributes: {
    commands: Array<{command: string; title: string}>
    configuration: {
      properties: Record<
        string,
        {type: string; default?: unknown; properties?: Record<string, {enum: string[]}>}
      >
    }
  }
}

describe('VS Code extension (.vsix)', () => {
  let files: Map<string, Buffer>
  let extracted: string

  beforeAll(() => {
    // Built offline, as CI does: the package script bundles and runs vsce.
    const out = path.join(mkdtempSync(path.join(os.tmpdir(), 'whatfor-vsix-')), 'whatfor.vsix')
    execFileSync(
      process.execPath,
      [path.join(repositoryRoot, 'packages/vscode/scripts/package.mjs'), '--out', out],
      {stdio: 'pipe'}
    )
    files = readZip(readFileSync(out))
    // The bundled server, alone in a folder far from the workspace's node_modules.
    extracted = mkdtempSync(path.join(os.tmpdir(), 'whatfor-vsix-server-'))
    writeFileSync(path.join(extracted, 'server.mjs'), files.get('extension/dist/server.mjs')!)
  }, 120000)

  it('ships the two bundles and a manifest, nothing else of the workspace', () => {
    const names = [...files.keys()].filter((name) => name.startsWith('extension/')).sort()
    expect(names).toEqual([
      'extension/LICENSE.txt',
      'extension/dist/extension.cjs',
      'extension/dist/server.mjs',
      'extension/package.json',
      'extension/readme.md'
    ])
    const client = files.get('extension/dist/extension.cjs')!.toString('utf8')
    // vscode is the editor's; the language client is bundled in.
    expect(client).toContain('require("vscode")')
    expect(client).not.toMatch(/require\("vscode-languageclient/)
  })

  it('declares main, the settings and the restart command', () => {
    const manifest = JSON.parse(files.get('extension/package.json')!.toString('utf8')) as Manifest
    expect(manifest.main).toBe('./dist/extension.cjs')
    expect(files.has('extension/dist/extension.cjs')).toBe(true)
    expect(manifest.activationEvents).toContain('onLanguage:markdown')
    const properties = manifest.contributes.configuration.properties
    expect(properties['whatfor.enable']).toMatchObject({type: 'boolean', default: true})
    expect(properties['whatfor.requireConfig']).toMatchObject({type: 'boolean', default: false})
    // One severity override per rule, so settings complete and check rule ids.
    expect(Object.keys(properties['whatfor.severity']!.properties!).sort()).toEqual(
      [...ruleIds].sort()
    )
    expect(manifest.contributes.commands.map((command) => command.command)).toContain(
      'whatfor.restart'
    )
  })

  it('lints the files the CLI lints: Markdown, and .txt plans that VS Code opens as plain text', () => {
    const manifest = JSON.parse(files.get('extension/package.json')!.toString('utf8')) as Manifest
    // Every text format the CLI lints; a .docx is a zip archive that no text
    // editor opens, so it is the CLI's and the web page's only.
    const textExtensions = DEFAULT_EXTENSIONS.filter((extension) => extension !== 'docx')
    expect([...PLAN_EXTENSIONS]).toEqual(textExtensions)
    // The extension wakes for every language a plan file opens as.
    for (const language of PLAN_LANGUAGES)
      expect(manifest.activationEvents).toContain(`onLanguage:${language}`)
    // A file pattern over every extension, on disk, whatever the language.
    const pattern = `**/*.{${textExtensions.join(',')}}`
    expect(PLAN_SELECTOR).toContainEqual({scheme: 'file', pattern})
    // The shipped client passes that selector to the language client.
    const client = files.get('extension/dist/extension.cjs')!.toString('utf8')
    expect(client).toContain(`pattern: "${pattern}"`)
    expect(client).toMatch(/documentSelector: PLAN_SELECTOR\b/)
  })

  describe('bundled server', () => {
    let client: LspClient
    let workspace: string

    beforeAll(() => {
      workspace = temporaryWorkspace({})
      client = startLanguageServer(workspace, {
        command: [process.execPath, path.join(extracted, 'server.mjs'), '--stdio']
      })
    })
    afterAll(() => client?.close())

    it('starts and completes the initialize handshake', async () => {
      const {capabilities} = await client.initializeResult
      expect(capabilities.hoverProvider).toBe(true)
      expect(capabilities.codeActionProvider).toBeTruthy()
    })

    it('lints a plan on its own', async () => {
      const plan = readFileSync(
        path.join(repositoryRoot, 'fixtures/plans/channel-first-list-of-networks.md'),
        'utf8'
      )
      const uri = await client.open('plan.md', plan)
      expect((await client.diagnostics(uri)).map((diagnostic) => diagnostic.code)).toContain(
        'no-channel-first'
      )
    })
  })
})

describe('whatfor.severity overrides', () => {
  const levels = {error: 1, warning: 2, information: 3, hint: 4}
  const diagnostic = (code: string | {value: string}, source = 'whatfor') => ({
    severity: 1,
    source,
    code
  })

  it('changes how a rule is shown, hides it with off, and leaves others alone', () => {
    const shown = applySeverityOverrides(
      [
        diagnostic({value: 'what-for'}),
        diagnostic('no-vanity-metrics'),
        diagnostic('no-channel-first'),
        diagnostic('what-for', 'markdownlint')
      ],
      {'what-for': 'hint', 'no-vanity-metrics': 'off', 'no-channel-first': 'loud'},
      levels
    )
    expect(shown).toEqual([
      {severity: 4, source: 'whatfor', code: {value: 'what-for'}},
      {severity: 1, source: 'whatfor', code: 'no-channel-first'},
      {severity: 1, source: 'markdownlint', code: 'what-for'}
    ])
  })
})
