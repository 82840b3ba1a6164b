import {spawnSync} from 'node:child_process'
import {mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {afterAll, describe, expect, it} from 'vitest'

const root = path.resolve(import.meta.dirname, '..')
const script = path.join(root, 'scripts/committed-bundles.mjs')

function run(...args: string[]) {
  return spawnSync(process.execPath, [script, ...args], {cwd: root, encoding: 'utf8'})
}

describe('committed bundles', () => {
  // The hook and the Action bundles, checked against the inputs recorded
  // beside them. Under CI a stale bundle fails: users would run old code. On a
  // developer's machine, where sources are committed many times before the
  // bundles are refreshed, it is reported as a skip with the fix.
  it('were built from the inputs in this checkout', (context) => {
    const check = run('--check')
    if (check.status !== 0 && !process.env.CI) context.skip(check.stderr.trim())
    expect(check.stderr).toBe('')
    expect(check.status).toBe(0)
  })

  it('record the sources, manifests and settings they are made from, and nothing else', () => {
    const record = JSON.parse(
      readFileSync(path.join(root, 'hooks/whatfor.mjs.inputs.json'), 'utf8')
    )
    const inputs = Object.keys(record.inputs)
    expect(inputs).toEqual(
      expect.arrayContaining([
        'hooks/src/whatfor.ts',
        'packages/cli/src/main.ts',
        'packages/plan-model/src/lexicons/people.ts',
        'rules/what-for/index.ts',
        'packages/plan-model/package.json',
        'pnpm-lock.yaml',
        'scripts/committed-bundles.mjs',
        'scripts/bundles.json#hooks/whatfor.mjs'
      ])
    )
    expect(
      inputs.filter((input) => /README|readme|\.test\.ts$|^tests\/|^fixtures\//.test(input))
    ).toEqual([])
  })
})

describe('a committed bundle in a scratch repository', () => {
  const scratch = mkdtempSync(path.join(tmpdir(), 'whatfor-bundles-'))
  afterAll(() => rmSync(scratch, {recursive: true, force: true}))
  const write = (file: string, text: string) => {
    mkdirSync(path.dirname(path.join(scratch, file)), {recursive: true})
    writeFileSync(path.join(scratch, file), text)
  }
  const git = (...args: string[]) => {
    const result = spawnSync('git', args, {cwd: scratch, encoding: 'utf8'})
    expect(result.status, result.stderr).toBe(0)
    return result.stdout
  }
  const commit = (message: string) => {
    git('add', '-A')
    git('-c', 'user.name=t', '-c', 'user.email=t@example.com', 'commit', '-q', '-m', message)
  }
  const inScratch = (...args: string[]) => run(...args, '--root', scratch)
  const bundle = () => readFileSync(path.join(scratch, 'out/tool.mjs'), 'utf8')

  it('is rebuilt when, and only when, an input changes', () => {
    git('init', '-q')
    write('src/main.ts', "import {greeting} from './greeting.js'\nconsole.log(greeting)\n")
    write('src/greeting.ts', "export const greeting: string = 'hello'\n")
    write('README.md', '# Tool\n')
    write('tests/tool.test.ts', '// a test\n')
    write('tsconfig.json', '{}\n')
    write('pnpm-lock.yaml', "lockfileVersion: '9.0'\n")
    write(
      'scripts/bundles.json',
      JSON.stringify([{entry: 'src/main.ts', outfile: 'out/tool.mjs', committed: true}])
    )
    write('scripts/committed-bundles.mjs', readFileSync(script, 'utf8'))
    commit('tool')

    // No bundle yet: stale, and `pnpm bundles` writes it with its record.
    expect(inScratch('--check').status).toBe(1)
    expect(inScratch('--from-head').status).toBe(0)
    expect(bundle()).toContain('hello')
    const record = JSON.parse(readFileSync(path.join(scratch, 'out/tool.mjs.inputs.json'), 'utf8'))
    expect(Object.keys(record.inputs)).toEqual([
      'pnpm-lock.yaml',
      'scripts/bundles.json#out/tool.mjs',
      'scripts/committed-bundles.mjs',
      'src/greeting.ts',
      'src/main.ts',
      'tsconfig.json'
    ])
    commit('bundle')
    expect(inScratch('--check').status).toBe(0)

    // A README or test edit: nothing to rebuild, nothing to commit.
    write('README.md', '# Tool\n\nNow with a readme.\n')
    write('tests/tool.test.ts', '// another test\n')
    commit('docs')
    expect(inScratch('--check').status).toBe(0)
    const again = inScratch('--from-head')
    expect(again.stdout).toContain('the ones it was built from')
    expect(git('status', '--porcelain')).toBe('')

    // A source edit: the check names the file and the fix.
    write('src/greeting.ts', "export const greeting: string = 'hello again'\n")
    const stale = inScratch('--check')
    expect(stale.status).toBe(1)
    expect(stale.stderr).toContain('src/greeting.ts changed')
    expect(stale.stderr).toContain('pnpm bundles')
    commit('greeting')
    expect(inScratch('--from-head').stdout).toContain('wrote out/tool.mjs')
    expect(bundle()).toContain('hello again')
    expect(inScratch('--check').status).toBe(0)

    // A bundle edited by hand no longer matches its record.
    write('out/tool.mjs', `${bundle()}// edited\n`)
    expect(inScratch('--check').stderr).toContain('not the bundle its record was written for')
  })
})
