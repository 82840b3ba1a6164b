import {spawnSync} from 'node:child_process'
import {readFileSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {languageServerBin, repositoryRoot} from './helpers/lsp.js'

const version = (
  JSON.parse(
    readFileSync(path.join(repositoryRoot, 'packages/language-server/package.json'), 'utf8')
  ) as {version: string}
).version

/** Runs the command as a person would in a terminal; stdin is closed so a started server would end at once. */
function run(...args: string[]) {
  const result = spawnSync(process.execPath, [languageServerBin, ...args], {
    encoding: 'utf8',
    input: '',
    timeout: 30000
  })
  return {status: result.status, stdout: result.stdout, stderr: result.stderr}
}

const STACK_FRAME = /^\s+at /m

describe('whatfor-language-server on the command line', () => {
  it('prints usage for --help and -h, naming every transport, and exits 0', () => {
    for (const flag of ['--help', '-h']) {
      const {status, stdout, stderr} = run(flag)
      expect(status).toBe(0)
      expect(stderr).toBe('')
      expect(stdout).toMatch(/^Usage: whatfor-language-server /)
      for (const transport of ['--stdio', '--node-ipc', '--socket=PORT', '--pipe=NAME'])
        expect(stdout).toContain(transport)
      expect(stdout).not.toMatch(STACK_FRAME)
    }
  })

  it('prints the version for --version and -v and exits 0', () => {
    for (const flag of ['--version', '-v']) {
      expect(run(flag)).toEqual({status: 0, stdout: `${version}\n`, stderr: ''})
    }
  })

  it('explains in one line, without a stack trace, that a transport is needed', () => {
    for (const args of [[], ['plan.md'], ['--socket=abc'], ['--pipe=']]) {
      const {status, stdout, stderr} = run(...args)
      expect(status, args.join(' ')).toBe(2)
      expect(stdout).toBe('')
      expect(stderr).toMatch(/^whatfor-language-server: expected a transport, such as --stdio /)
      expect(stderr.trimEnd().split('\n')).toHaveLength(1)
    }
  })

  it('starts with a transport and the flags VS Code adds, and ends with its input', () => {
    const {status, stderr} = run('--stdio', '--clientProcessId=1')
    // The input closed before `shutdown`: vscode-languageserver exits with 1, quietly.
    expect(status).toBe(1)
    expect(stderr).toBe('')
  })
})
