import {copyFileSync, existsSync, readFileSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {beforeAll, describe, expect, it} from 'vitest'
import {blockChannelFirstCommitGood} from './helpers/commit-scenario.js'
import {git, gitRepo} from './helpers/integrations.js'
import {npmEnv, packWhatfor, shell} from './helpers/package.js'
import {commandsOf, readmeBlock} from './helpers/readme.js'

/**
 * The README's husky + lint-staged recipe, as pasted, in a temporary
 * repository: its install line (husky and lint-staged from the npm registry,
 * whatfor from the packed tarball), `npx husky init`, its hook and its
 * lint-staged config, then a real `git commit`.
 */

let tarball: string

beforeAll(() => {
  tarball = packWhatfor()
})

function project(env: NodeJS.ProcessEnv): string {
  const repo = gitRepo({
    'package.json': `${JSON.stringify({name: 'plans', private: true, version: '1.0.0'}, null, 2)}\n`,
    '.gitignore': 'node_modules/\n*.tgz\n'
  })
  copyFileSync(tarball, path.join(repo, path.basename(tarball)))
  for (const line of commandsOf(readmeBlock('sh', 'npx husky init'))) {
    const result = shell(line, repo, env)
    expect(result.code, `${line}\n${result.output}`).toBe(0)
  }
  return repo
}

describe('husky + lint-staged (README snippet)', () => {
  it('blocks a commit of a channel-first plan and lets a good plan through', {
    timeout: 300_000
  }, () => {
    const env = npmEnv({HUSKY: ''})
    const repo = project(env)
    // The install line put whatfor's command where lint-staged finds it.
    const manifest = JSON.parse(readFileSync(path.join(repo, 'package.json'), 'utf8'))
    expect(manifest.devDependencies.whatfor).toBe(`file:${path.basename(tarball)}`)
    expect(existsSync(path.join(repo, 'node_modules/.bin/whatfor'))).toBe(true)
    const hook = readmeBlock('sh', '# .husky/pre-commit')
      .split('\n')
      .filter((line) => line.trim() && !line.startsWith('#'))
    writeFileSync(path.join(repo, '.husky/pre-commit'), `${hook.join('\n')}\n`)
    const packageJson = JSON.parse(readFileSync(path.join(repo, 'package.json'), 'utf8'))
    Object.assign(packageJson, JSON.parse(readmeBlock('json', '"lint-staged"')))
    writeFileSync(path.join(repo, 'package.json'), `${JSON.stringify(packageJson, null, 2)}\n`)
    expect(readFileSync(path.join(repo, '.husky/pre-commit'), 'utf8')).toBe('npx lint-staged\n')
    expect(git(repo, ['config', 'core.hooksPath'], env).trim()).toBe('.husky/_')
    git(repo, ['add', '.'], env)
    git(repo, ['commit', '-q', '-m', 'setup', '--no-verify'], env)

    const {blocked} = blockChannelFirstCommitGood(repo, env)
    expect(blocked).toContain('husky - pre-commit script failed')
  })
})
