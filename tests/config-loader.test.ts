import {cpSync, readFileSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {parseJsonReport, repositoryRoot, runWhatfor} from './helpers/cli.js'
import {cleanEnv, runNode, tempDir} from './helpers/integrations.js'
import {type LspClient, startLanguageServer, temporaryWorkspace} from './helpers/lsp.js'

/**
 * One config loader: the command line, the language server and the GitHub
 * Action read `.whatforrc.js`, `.whatforrc.mjs` and plugins given by path the
 * same way (the CLI runs a code-cached bundle, where a dynamic import needs
 * a bridge: scripts/build-code-cache.mjs). The same project through all three
 * must give the same findings, rule by rule and severity by severity.
 */

const channelFirst = readFileSync(
  path.join(repositoryRoot, 'fixtures/plans/channel-first-list-of-networks.md'),
  'utf8'
)

// A plugin by path: flags every “synergy” with its own rule id.
const PLUGIN = `export default function noSynergy() {
  return (tree, file) => {
    const text = String(file.value)
    const at = text.indexOf('synergy')
    if (at >= 0) {
      const message = file.message('Unexpected synergy, expected plain words', {
        place: {line: text.slice(0, at).split('\\n').length, column: 1},
        ruleId: 'no-synergy',
        source: 'local'
      })
      message.fatal = false
    }
  }
}
`

const PLAN = `${channelFirst}\nWe believe in synergy.\n`

const PROJECT = {
  // ES module config, and a plugin given by path from it.
  'esm/.whatforrc.mjs': `export default {
  rules: {'no-channel-first': 'warning', 'channel-exit': 'off'},
  plugins: ['../plugins/no-synergy.mjs']
}
`,
  'esm/plan.md': PLAN,
  // CommonJS config in a .js file (no "type": "module" above it).
  'cjs/.whatforrc.js': `module.exports = {rules: {'purpose-before-tactics': 'error', 'no-channel-first': 'off'}}\n`,
  'cjs/plan.md': PLAN,
  'plugins/no-synergy.mjs': PLUGIN
}

type Level = 'error' | 'warning' | 'suggestion'
type Seen = Record<string, string[]>

function sorted(seen: Seen): Seen {
  return Object.fromEntries(
    Object.entries(seen)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([file, list]) => [file, [...list].sort()])
  )
}

function levelOfFatal(fatal: boolean | null | undefined): Level {
  return fatal === true ? 'error' : fatal === false ? 'warning' : 'suggestion'
}

describe('one config loader: CLI, language server and Action agree', () => {
  let project: string
  let fromCli: Seen

  beforeAll(() => {
    project = temporaryWorkspace(PROJECT)
    const result = runWhatfor(['--report', 'json', 'esm/plan.md', 'cjs/plan.md'], {cwd: project})
    expect(result.stderr).toBe('')
    fromCli = sorted(
      Object.fromEntries(
        parseJsonReport(result.stdout).map((file) => [
          file.path,
          file.messages.map(
            (message) => `${message.ruleId}:${levelOfFatal(message.fatal as boolean | null)}`
          )
        ])
      )
    )
  })

  it('the CLI reads .whatforrc.mjs, .whatforrc.js and the plugin by path', () => {
    expect(fromCli['esm/plan.md']).toContain('no-channel-first:warning')
    expect(fromCli['esm/plan.md']).toContain('no-synergy:warning')
    expect(fromCli['esm/plan.md']!.some((entry) => entry.startsWith('channel-exit:'))).toBe(false)
    expect(fromCli['cjs/plan.md']).toContain('purpose-before-tactics:error')
    expect(fromCli['cjs/plan.md']!.some((entry) => entry.startsWith('no-channel-first:'))).toBe(
      false
    )
    expect(fromCli['cjs/plan.md']!.some((entry) => entry.startsWith('no-synergy:'))).toBe(false)
  })

  describe('the language server', () => {
    let client: LspClient
    beforeAll(() => {
      client = startLanguageServer(project)
    })
    afterAll(async () => {
      await client.close()
    })

    it('publishes the same findings at the same severities', async () => {
      const seen: Seen = {}
      for (const file of ['esm/plan.md', 'cjs/plan.md']) {
        const uri = await client.open(file, PLAN)
        const diagnostics = await client.diagnostics(uri)
        // LSP severities: 1 error, 2 warning, 3 information (a suggestion).
        seen[file] = diagnostics.map(
          (diagnostic) =>
            `${diagnostic.code}:${(['error', 'warning', 'suggestion'] as const)[(diagnostic.severity ?? 3) - 1]}`
        )
      }
      expect(sorted(seen), client.log.join('\n')).toEqual(fromCli)
    })
  })

  it('the Action reports the same findings at the same levels', () => {
    const actionDir = tempDir('whatfor-action-')
    cpSync(
      path.join(repositoryRoot, 'packages/action/bundle/main.mjs'),
      path.join(actionDir, 'main.mjs')
    )
    const runner = tempDir('whatfor-runner-')
    const summary = path.join(runner, 'summary.md')
    const output = path.join(runner, 'output.txt')
    writeFileSync(summary, '')
    writeFileSync(output, '')
    const result = runNode(path.join(actionDir, 'main.mjs'), [], {
      cwd: project,
      env: cleanEnv({
        GITHUB_ACTIONS: 'true',
        GITHUB_WORKSPACE: project,
        GITHUB_EVENT_NAME: 'workflow_dispatch',
        GITHUB_STEP_SUMMARY: summary,
        GITHUB_OUTPUT: output,
        INPUT_FILES: 'esm/plan.md\ncjs/plan.md',
        'INPUT_FAIL-ON': 'never',
        'INPUT_SARIF-FILE': 'whatfor.sarif',
        INPUT_BASELINE: ''
      })
    })
    expect(result.code, result.stdout + result.stderr).toBe(0)
    const sarif = JSON.parse(readFileSync(path.join(project, 'whatfor.sarif'), 'utf8')) as {
      runs: Array<{
        results: Array<{
          ruleId: string
          level: string
          locations: Array<{physicalLocation: {artifactLocation: {uri: string}}}>
        }>
      }>
    }
    const seen: Seen = {'esm/plan.md': [], 'cjs/plan.md': []}
    const levels: Record<string, Level> = {error: 'error', warning: 'warning', note: 'suggestion'}
    for (const entry of sarif.runs[0]!.results) {
      const file = decodeURIComponent(entry.locations[0]!.physicalLocation.artifactLocation.uri)
      seen[file]!.push(`${entry.ruleId}:${levels[entry.level]}`)
    }
    expect(sorted(seen)).toEqual(fromCli)
  })
})
