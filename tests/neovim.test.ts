import {spawnSync} from 'node:child_process'
import {copyFileSync, existsSync, readFileSync} from 'node:fs'
import path from 'node:path'
import {citation} from '@whatfor/citations'
import {ruleDocsUrl} from '@whatfor/lint-rule'
import {ruleById} from '@whatfor/preset'
import {describe, expect, it} from 'vitest'
import {languageServerBin, repositoryRoot, temporaryWorkspace} from './helpers/lsp.js'

const nvimFound = spawnSync('nvim', ['--version'], {encoding: 'utf8'})
const nvimVersion = nvimFound.status === 0 ? nvimFound.stdout.split('\n')[0]! : undefined
const script = path.join(repositoryRoot, 'fixtures/lsp/neovim-0.7.lua')

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
  error?: string
}

/** Opens `plan` in headless Neovim with whatfor's language server attached; returns what Neovim received. */
function openInNeovim(plan: string): NeovimReport {
  const workspace = temporaryWorkspace({})
  const file = path.join(workspace, path.basename(plan))
  copyFileSync(plan, file)
  const out = path.join(workspace, 'neovim-report.json')
  const result = spawnSync(
    'nvim',
    ['--headless', '--clean', '-u', 'NONE', '-c', `luafile ${script}`],
    {
      cwd: workspace,
      env: {
        ...process.env,
        WHATFOR_SERVER_CMD: JSON.stringify([process.execPath, languageServerBin, '--stdio']),
        WHATFOR_PLAN: file,
        WHATFOR_ROOT: workspace,
        WHATFOR_OUT: out
      },
      encoding: 'utf8',
      timeout: 40000
    }
  )
  if (!existsSync(out))
    throw new Error(
      `Neovim wrote no report (status ${result.status}): ${result.stderr}${result.stdout}`
    )
  return JSON.parse(readFileSync(out, 'utf8')) as NeovimReport
}

describe('Neovim (built-in LSP client, headless)', () => {
  it('receives whatfor diagnostics and hover for a channel-first plan', (context) => {
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
