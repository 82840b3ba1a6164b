import {spawnSync} from 'node:child_process'
import {
  chmodSync,
  copyFileSync,
  mkdirSync,
  readFileSync,
  realpathSync,
  symlinkSync,
  writeFileSync
} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {
  CHANNEL_FIRST,
  cleanEnv,
  GOOD,
  git,
  gitRepo,
  plan,
  root,
  runNode,
  writeFiles
} from './helpers/integrations.js'

/**
 * The README's husky + lint-staged snippet, in a temporary repository with
 * husky 9 and lint-staged 16 (the workspace's own copies, linked into its
 * node_modules as npm would install them) and a real `git commit`.
 */

function readmeSnippet(language: string, marker: string): string {
  const readme = readFileSync(path.join(root, 'README.md'), 'utf8')
  const blocks = [
    ...readme.matchAll(new RegExp(`\`\`\`${language}\\n([\\s\\S]*?)\`\`\``, 'g'))
  ].map((match) => match[1]!)
  const block = blocks.find((candidate) => candidate.includes(marker))
  if (!block) throw new Error(`README.md has no \`\`\`${language} block containing ${marker}`)
  return block
}

function project(): string {
  const repo = gitRepo({
    'package.json': `${JSON.stringify({name: 'plans', private: true, version: '1.0.0'}, null, 2)}\n`
  })
  const modules = path.join(repo, 'node_modules')
  mkdirSync(path.join(modules, '.bin'), {recursive: true})
  for (const name of ['husky', 'lint-staged'])
    symlinkSync(realpathSync(path.join(root, 'node_modules', name)), path.join(modules, name))
  symlinkSync('../lint-staged/bin/lint-staged.js', path.join(modules, '.bin/lint-staged'))
  symlinkSync('../husky/bin.js', path.join(modules, '.bin/husky'))
  // What installing whatfor puts in node_modules/.bin: its command, here the
  // self-contained bundle (the same file the pre-commit hook runs).
  mkdirSync(path.join(modules, 'whatfor'), {recursive: true})
  copyFileSync(path.join(root, 'hooks/whatfor.mjs'), path.join(modules, 'whatfor/whatfor.mjs'))
  chmodSync(path.join(modules, 'whatfor/whatfor.mjs'), 0o755)
  symlinkSync('../whatfor/whatfor.mjs', path.join(modules, '.bin/whatfor'))
  writeFiles(repo, {'.gitignore': 'node_modules/\n'})
  return repo
}

describe('husky + lint-staged (README snippet)', () => {
  it('blocks a commit of a channel-first plan and lets a good plan through', () => {
    const repo = project()
    const env = cleanEnv({HUSKY: ''})
    // `npx husky init`, then the README's hook and lint-staged config.
    const init = runNode(path.join(repo, 'node_modules/husky/bin.js'), ['init'], {cwd: repo, env})
    expect(init.code, init.stdout + init.stderr).toBe(0)
    const hook = readmeSnippet('sh', '# .husky/pre-commit')
      .split('\n')
      .filter((line) => line.trim() && !line.startsWith('#'))
    writeFileSync(path.join(repo, '.husky/pre-commit'), `${hook.join('\n')}\n`)
    const packageJson = JSON.parse(readFileSync(path.join(repo, 'package.json'), 'utf8'))
    Object.assign(packageJson, JSON.parse(readmeSnippet('json', '"lint-staged"')))
    writeFileSync(path.join(repo, 'package.json'), `${JSON.stringify(packageJson, null, 2)}\n`)
    expect(readFileSync(path.join(repo, '.husky/pre-commit'), 'utf8')).toBe('npx lint-staged\n')
    expect(git(repo, ['config', 'core.hooksPath'], env).trim()).toBe('.husky/_')
    git(repo, ['add', '.'], env)
    git(repo, ['commit', '-q', '-m', 'setup', '--no-verify'], env)

    writeFiles(repo, {'plans/q3.md': plan(CHANNEL_FIRST)})
    git(repo, ['add', 'plans/q3.md'], env)
    const blocked = spawnSync('git', ['commit', '-m', 'Q3 plan'], {
      cwd: repo,
      env,
      encoding: 'utf8'
    })
    const blockedOutput = blocked.stdout + blocked.stderr
    expect(blocked.status, blockedOutput).not.toBe(0)
    expect(blockedOutput).toContain('no-channel-first')
    expect(blockedOutput).toContain('husky - pre-commit script failed')
    expect(git(repo, ['log', '--format=%s'], env).trim()).toBe('setup')

    git(repo, ['rm', '-q', '--cached', 'plans/q3.md'], env)
    writeFiles(repo, {'plans/bakery.md': plan(GOOD)})
    git(repo, ['add', 'plans/bakery.md'], env)
    const committed = spawnSync('git', ['commit', '-m', 'Bakery plan'], {
      cwd: repo,
      env,
      encoding: 'utf8'
    })
    expect(committed.status, committed.stdout + committed.stderr).toBe(0)
    expect(git(repo, ['log', '--format=%s'], env).trim().split('\n')).toEqual([
      'Bakery plan',
      'setup'
    ])
  })
})
