import {execFileSync} from 'node:child_process'
import {copyFileSync, readFileSync, statSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {plan, root, tempDir} from './helpers/integrations.js'
import {type LspClient, startLanguageServer} from './helpers/lsp.js'
import {npmEnv, packWhatfor, shell} from './helpers/package.js'
import {commandsOf, readmeBlock} from './helpers/readme.js'

/**
 * The `whatfor` package as a user installs it: `pnpm pack` of packages/cli,
 * installed with plain npm (no workspace, no pnpm) into a fresh project by the
 * README's own commands, then its command, its language server over stdio and
 * its preset in a `.remarkrc` with remark-cli (from the npm registry).
 */

const CHANNEL_FIRST = 'channel-first-list-of-networks.md'

let tarball: string
let project: string
const env = npmEnv()

beforeAll(() => {
  tarball = packWhatfor()
  project = tempDir('whatfor-user-project-')
  writeFileSync(
    path.join(project, 'package.json'),
    `${JSON.stringify({name: 'plans', version: '1.0.0', private: true}, null, 2)}\n`
  )
  copyFileSync(tarball, path.join(project, path.basename(tarball)))
  writeFileSync(path.join(project, 'plan.md'), plan(CHANNEL_FIRST))
  // The README's install lines, as pasted.
  for (const line of commandsOf(readmeBlock('sh', 'npm install --save-dev ./whatfor-'))) {
    if (!line.startsWith('npm install')) continue
    const installed = shell(line, project, env)
    expect(installed.code, installed.output).toBe(0)
  }
}, 300_000)

describe('the whatfor tarball', () => {
  it('is named by its version, holds only what it runs, and depends on nothing', () => {
    const manifest = JSON.parse(
      readFileSync(path.join(project, 'node_modules/whatfor/package.json'), 'utf8')
    )
    expect(path.basename(tarball)).toBe(`whatfor-${manifest.version}.tgz`)
    expect(manifest.name).toBe('whatfor')
    expect(manifest.license).toBe('MIT')
    expect(manifest.engines).toEqual({node: '>=20'})
    expect(manifest.bin).toEqual({
      whatfor: './bin/whatfor.mjs',
      'whatfor-language-server': './bin/whatfor-language-server.mjs'
    })
    expect(manifest.exports['./preset']).toEqual({
      types: './types/preset.d.ts',
      default: './dist/preset.js'
    })
    expect(manifest.dependencies).toBeUndefined()
    const listing = execFileSync('tar', ['-tzf', tarball], {encoding: 'utf8'}).split('\n')
    expect(listing).toContain('package/LICENSE')
    expect(listing.some((entry) => entry.includes('/src/'))).toBe(false)
    // Only the preset's hand-written declarations are TypeScript.
    expect(listing.filter((entry) => entry.endsWith('.ts'))).toEqual(['package/types/preset.d.ts'])
    // Measured, so a bundle that swells shows in review: under 3 MB packed.
    expect(statSync(tarball).size).toBeLessThan(3 * 1024 * 1024)
  })

  it('npx whatfor lints a plan', () => {
    const result = shell('npx whatfor plan.md', project, env)
    expect(result.code, result.output).toBe(1)
    expect(result.output).toContain('no-channel-first')
    expect(result.output).toContain('Joel Kelly')
    const version = shell('npx whatfor --version', project, env)
    expect(version.output.trim()).toBe(
      JSON.parse(readFileSync(path.join(root, 'packages/cli/package.json'), 'utf8')).version
    )
    const rc = shell(
      `echo '{"rules": {"no-channel-first": "off"}}' > .whatforrc.json && npx whatfor --report json plan.md; rm .whatforrc.json`,
      project,
      env
    )
    expect(rc.output).not.toContain('"ruleId":"no-channel-first"')
  })

  describe('whatfor-language-server over stdio', () => {
    let client: LspClient
    beforeAll(() => {
      client = startLanguageServer(project, {
        command: [path.join(project, 'node_modules/.bin/whatfor-language-server'), '--stdio']
      })
    })
    afterAll(async () => {
      await client.close()
    })

    it('initializes and publishes diagnostics for a channel-first plan', async () => {
      const initialized = await client.initializeResult
      expect(initialized.capabilities.textDocumentSync).toBeDefined()
      const uri = await client.open('plan.md', plan(CHANNEL_FIRST))
      const diagnostics = await client.diagnostics(uri)
      const finding = diagnostics.find((diagnostic) => diagnostic.code === 'no-channel-first')
      expect(finding, client.log.join('\n')).toBeDefined()
      expect(finding!.severity).toBe(1)
      expect(finding!.range.start.line).toBe(4)
    })
  })

  it('whatfor/preset in a .remarkrc runs with remark-cli', () => {
    const lines = commandsOf(readmeBlock('sh', '"plugins": ["whatfor/preset"]'))
    let last = {code: 0 as number | null, output: ''}
    for (const line of lines) {
      last = shell(line, project, env)
      if (line.startsWith('npm install')) expect(last.code, last.output).toBe(0)
    }
    expect(readFileSync(path.join(project, '.remarkrc'), 'utf8').trim()).toBe(
      '{"plugins": ["whatfor/preset"]}'
    )
    // remark-cli's own report: the rule fails the run as an error.
    expect(last.code, last.output).toBe(1)
    // biome-ignore lint/suspicious/noControlCharactersInRegex: remark-cli colours its report
    const report = last.output.replace(/\u001b\[[0-9;]*m/g, '')
    expect(report).toMatch(/5:1-9:10\s+error\s+Unexpected list of channels/)
    expect(last.output).toContain('no-channel-first')
  })

  it('types whatfor/preset for TypeScript', () => {
    writeFileSync(
      path.join(project, 'check.ts'),
      "import preset, {ruleIds} from 'whatfor/preset'\nimport {unified} from 'unified'\nconst ids: readonly string[] = ruleIds\nunified().use(preset)\nexport {ids}\n"
    )
    const tsc = path.join(root, 'node_modules/typescript/bin/tsc')
    const result = shell(
      `${JSON.stringify(process.execPath)} ${JSON.stringify(tsc)} --noEmit --strict --module nodenext --moduleResolution nodenext --target es2022 check.ts`,
      project,
      env
    )
    expect(result.code, result.output).toBe(0)
  })
})
