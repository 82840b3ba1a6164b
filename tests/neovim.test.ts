import {spawnSync} from 'node:child_process'
import {copyFileSync, existsSync, readFileSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {citation} from '@whatfor/citations'
import {ruleDocsUrl} from '@whatfor/lint-rule'
import {ruleById} from '@whatfor/preset'
import {beforeAll, describe, expect, it} from 'vitest'
import {tempDir} from './helpers/integrations.js'
import {repositoryRoot, temporaryWorkspace} from './helpers/lsp.js'
import {npmEnv, packWhatfor, shell} from './helpers/package.js'
import {commandsOf, readmeBlock} from './helpers/readme.js'

/**
 * The README's editor set-up, as pasted: the packed `whatfor` installed
 * globally with its README line (npm's global prefix pointed at a temporary
 * folder), which puts `whatfor-language-server` on PATH; then the README's
 * Neovim 0.7 snippet as the user's config, in real headless Neovim.
 */

const nvimFound = spawnSync('nvim', ['--version'], {encoding: 'utf8'})
const nvimVersion = nvimFound.status === 0 ? nvimFound.stdout.split('\n')[0]! : undefined
const harness = path.join(repositoryRoot, 'fixtures/lsp/neovim-readme-harness.lua')

interface NeovimReport {
  received: boolean
  diagnostics: Array<{
    lnum: number
    severity: number
    source: string
    message: string
    code: string
    href: string | null
  }>
  hover: string | null
  clients: Array<{name: string; cmd: string[]}>
  filetype: string
  error?: string
}

let userPath: string

/** `npm install --global ./whatfor-….tgz` from the README, into a temporary prefix; returns the PATH it makes. */
function installGlobally(): string {
  const tarball = packWhatfor()
  const home = tempDir('whatfor-user-')
  copyFileSync(tarball, path.join(home, path.basename(tarball)))
  const prefix = path.join(home, 'global')
  const line = commandsOf(readmeBlock('sh', 'once published: npm install --global whatfor'))[0]!
  const installed = shell(line, home, npmEnv({npm_config_prefix: prefix}))
  expect(installed.code, installed.output).toBe(0)
  // What a shell's PATH holds: npm's global bin, node, the system. Nothing of this repository.
  return [
    path.join(prefix, 'bin'),
    path.dirname(process.execPath),
    '/usr/local/bin',
    '/usr/bin',
    '/bin'
  ].join(path.delimiter)
}

/** Opens `plan` in headless Neovim configured with the README snippet; returns what Neovim received. */
function openInNeovim(plan: string): NeovimReport {
  const workspace = temporaryWorkspace({})
  const file = path.join(workspace, path.basename(plan))
  copyFileSync(plan, file)
  const snippet = path.join(workspace, 'init.lua')
  writeFileSync(snippet, readmeBlock('lua', 'vim.lsp.start_client'))
  const out = path.join(workspace, 'neovim-report.json')
  const result = spawnSync(
    'nvim',
    [
      '--headless',
      '--clean',
      '-u',
      'NONE',
      '-c',
      'filetype on',
      '-c',
      `luafile ${snippet}`,
      '-c',
      `luafile ${harness}`
    ],
    {
      // Neovim opened in the project folder, as the README says.
      cwd: workspace,
      env: {...process.env, PATH: userPath, WHATFOR_PLAN: file, WHATFOR_OUT: out},
      encoding: 'utf8',
      timeout: 60000
    }
  )
  if (!existsSync(out))
    throw new Error(
      `Neovim wrote no report (status ${result.status}): ${result.stderr}${result.stdout}`
    )
  return JSON.parse(readFileSync(out, 'utf8')) as NeovimReport
}

describe('Neovim (built-in LSP client, headless)', () => {
  beforeAll(() => {
    if (nvimVersion) userPath = installGlobally()
  }, 300_000)

  it('with the README snippet and the installed server, receives diagnostics and hover for a channel-first plan', (context) => {
    if (!nvimVersion) {
      // CI installs Neovim (.ci/run): there, a missing nvim is a failure, not a skip.
      if (process.env.CI)
        throw new Error(
          'nvim is not installed, and CI must run the Neovim end-to-end test (apt-get install neovim)'
        )
      context.skip(
        'nvim is not installed: `apt-get install neovim` to run the end-to-end editor test'
      )
    }
    const report = openInNeovim(
      path.join(repositoryRoot, 'fixtures/plans/channel-first-list-of-networks.md')
    )
    expect(report.error).toBeUndefined()
    expect(report.filetype).toBe('markdown')
    // The server the README's command names, found on PATH.
    expect(report.clients).toEqual([{name: 'whatfor', cmd: ['whatfor-language-server', '--stdio']}])
    expect(report.received).toBe(true)
    const finding = report.diagnostics.find((diagnostic) => diagnostic.code === 'no-channel-first')
    expect(finding, JSON.stringify(report.diagnostics, null, 2)).toBeDefined()
    expect(finding!.source).toBe('whatfor')
    expect(finding!.lnum).toBe(4)
    // vim.diagnostic.severity: ERROR 1, WARN 2, INFO 3.
    expect(finding!.severity).toBe(
      {error: 1, warning: 2, suggestion: 3}[ruleById('no-channel-first')!.meta.severity]
    )
    expect(finding!.href).toBe(ruleDocsUrl('no-channel-first'))
    for (const diagnostic of report.diagnostics) expect(diagnostic.source).toBe('whatfor')
    // The hover on the first diagnostic Neovim holds names that rule's essay.
    const first = report.diagnostics[0]!
    const {essay} = citation(ruleById(first.code)!.meta.quote)
    expect(report.hover).toContain(essay.title)
    expect(report.hover).toContain(essay.url)
  })
})
