import {existsSync, readFileSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, test} from 'vitest'
import {examplePlan, runWhatfor, temporaryProject} from './helpers/cli.js'

const plan = examplePlan
const channelFirst = plan('channel-first-list-of-networks.md')
const good = plan('good-bakery-cooperative.md')
const TAMPERED = 'Tampered: this reason only exists in the cache'

const cacheFile = (cwd: string): string => path.join(cwd, '.whatfor-cache/results.json')

/**
 * Rewrite every stored reason: a run that prints it was answered from the
 * cache, one that does not re-linted the file.
 */
function tamper(cwd: string): void {
  const stored = JSON.parse(readFileSync(cacheFile(cwd), 'utf8')) as {
    entries: Record<string, {messages: Array<{reason: string}>}>
  }
  for (const entry of Object.values(stored.entries))
    for (const message of entry.messages) message.reason = TAMPERED
  writeFileSync(cacheFile(cwd), JSON.stringify(stored))
}

describe('whatfor --cache', () => {
  test('gives the same report and exit code with and without the cache, cold and warm', () => {
    const cwd = temporaryProject({'a.md': channelFirst, 'b.md': good, 'docs/c.md': channelFirst})
    const plain = runWhatfor(['--report', 'json', '.'], {cwd})
    const cold = runWhatfor(['--cache', '--report', 'json', '.'], {cwd})
    const warm = runWhatfor(['--cache', '--report', 'json', '.'], {cwd})
    expect(plain.code).toBe(1)
    expect(cold).toEqual(plain)
    expect(warm).toEqual(plain)
    const prettyPlain = runWhatfor(['.'], {cwd})
    const prettyWarm = runWhatfor(['--cache', '.'], {cwd})
    expect(prettyWarm).toEqual(prettyPlain)
    // Without node_modules in the working folder the cache goes to .whatfor-cache.
    expect(existsSync(cacheFile(cwd))).toBe(true)
  })

  test('stores each repeated string once and reads it back through later runs', () => {
    const cwd = temporaryProject({
      'a.md': channelFirst,
      'b.md': plan('no-what-for-awareness-campaign.md')
    })
    runWhatfor(['--cache', '.'], {cwd})
    const stored = readFileSync(cacheFile(cwd), 'utf8')
    const first = JSON.parse(runWhatfor(['--report', 'json', 'a.md'], {cwd}).stdout) as Array<{
      messages: Array<{note: string}>
    }>
    expect(stored.split(JSON.stringify(first[0]!.messages[0]!.note)).length - 1).toBe(1)
    // A run over a.md alone, now with other findings, rewrites the cache: the
    // strings are numbered anew, and b.md's entry, untouched, must still read right.
    writeFileSync(path.join(cwd, 'a.md'), plan('channel-first-channel-table.md'))
    runWhatfor(['--cache', 'a.md'], {cwd})
    expect(runWhatfor(['--cache', '--report', 'json', '.'], {cwd})).toEqual(
      runWhatfor(['--report', 'json', '.'], {cwd})
    )
  })

  test('a hit answers from the cache without linting', () => {
    const cwd = temporaryProject({'a.md': channelFirst})
    runWhatfor(['--cache', 'a.md'], {cwd})
    tamper(cwd)
    const hit = runWhatfor(['--cache', '--report', 'json', 'a.md'], {cwd})
    expect(hit.stdout).toContain(TAMPERED)
    expect(hit.code).toBe(1)
  })

  test('a changed file is linted again', () => {
    const cwd = temporaryProject({'a.md': channelFirst, 'b.md': channelFirst})
    runWhatfor(['--cache', '.'], {cwd})
    tamper(cwd)
    writeFileSync(path.join(cwd, 'a.md'), `${channelFirst}\nOne more line.\n`)
    const result = runWhatfor(['--cache', '--report', 'json', '.'], {cwd})
    const files = JSON.parse(result.stdout) as Array<{
      path: string
      messages: Array<{reason: string}>
    }>
    const reasons = (name: string): string[] =>
      files.find((file) => file.path.endsWith(name))!.messages.map((message) => message.reason)
    expect(reasons('a.md')).not.toContain(TAMPERED)
    expect(reasons('a.md').length).toBeGreaterThan(0)
    expect(reasons('b.md')).toContain(TAMPERED)
  })

  test('a changed config is a miss, for the files it applies to', () => {
    const cwd = temporaryProject({'a.md': channelFirst, 'docs/b.md': channelFirst})
    const before = runWhatfor(['--cache', '--report', 'json', '.'], {cwd})
    tamper(cwd)
    writeFileSync(
      path.join(cwd, 'docs/.whatforrc.json'),
      JSON.stringify({rules: {'no-channel-first': 'off'}})
    )
    const after = runWhatfor(['--cache', '--report', 'json', '.'], {cwd})
    const files = JSON.parse(after.stdout) as Array<{
      path: string
      messages: Array<{reason: string; ruleId: string}>
    }>
    const docs = files.find((file) => file.path.endsWith('b.md'))!
    expect(docs.messages.map((message) => message.reason)).not.toContain(TAMPERED)
    expect(docs.messages.map((message) => message.ruleId)).not.toContain('no-channel-first')
    expect(
      files.find((file) => file.path === 'a.md')!.messages.map((message) => message.reason)
    ).toContain(TAMPERED)
    // And the same run without the cache agrees on the re-linted file.
    const plain = JSON.parse(
      runWhatfor(['--report', 'json', 'docs/b.md'], {cwd}).stdout
    ) as typeof files
    expect(docs.messages).toEqual(plain[0]!.messages)
    expect(before.code).toBe(1)
  })

  test('another whatfor version ignores the cache', () => {
    const cwd = temporaryProject({'a.md': channelFirst})
    runWhatfor(['--cache', 'a.md'], {cwd})
    tamper(cwd)
    const stored = JSON.parse(readFileSync(cacheFile(cwd), 'utf8')) as {version: string}
    stored.version = '0.0.0-older'
    writeFileSync(cacheFile(cwd), JSON.stringify(stored))
    const result = runWhatfor(['--cache', '--report', 'json', 'a.md'], {cwd})
    expect(result.stdout).not.toContain(TAMPERED)
  })

  test('--cache-location puts the cache where it is told, and a broken cache file is ignored', () => {
    const cwd = temporaryProject({'a.md': channelFirst})
    const first = runWhatfor(['--cache-location', 'elsewhere', '--report', 'json', 'a.md'], {cwd})
    expect(existsSync(path.join(cwd, 'elsewhere/results.json'))).toBe(true)
    writeFileSync(path.join(cwd, 'elsewhere/results.json'), '{not json')
    const second = runWhatfor(['--cache-location', 'elsewhere', '--report', 'json', 'a.md'], {cwd})
    expect(second).toEqual(first)
  })
})
