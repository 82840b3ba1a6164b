import {readFileSync, realpathSync} from 'node:fs'
import path from 'node:path'
import {pathToFileURL} from 'node:url'
import {expect, test} from 'vitest'
import {wrap} from '../packages/cli/src/cache-string-width.js'
import {parseJsonReport, repositoryRoot, runWhatfor} from './helpers/cli.js'

// The string-width that vfile-reporter (and so the pretty report) uses.
const reporterDir = realpathSync(
  path.join(repositoryRoot, 'packages/reporters/node_modules/vfile-reporter')
)
const {default: stringWidth} = (await import(
  pathToFileURL(path.join(reporterDir, '../string-width/index.js')).href
)) as {default: (text: string, options?: unknown) => number}

test('the remembered string-width measures exactly as string-width', () => {
  const measured = wrap(stringWidth)
  const report = parseJsonReport(
    runWhatfor(['--report', 'json', 'fixtures/plans', 'fixtures/corpus/docs'], {
      cwd: repositoryRoot
    }).stdout
  )
  const samples = new Set<string>([
    '',
    'plain ascii',
    '“quoted” — dash…',
    'e\u0301',
    '👍🏽 ok',
    '\u001B[31mred\u001B[39m',
    '全角',
    '©®',
    '© 2026',
    'x®',
    'tab\there',
    'a\r\nb',
    'soft\u00ADhyphen',
    'café ñ ü ß ¼ ×',
    '‐‑‒–—―‖‗‘’‚‛“”„‟†‡•‣․‥…‧',
    '“e\u0301”',
    '—\uFE0F',
    '\u00A0nbsp'
  ])
  // Every single character of the ranges measured as one column each, and each next to a combining mark.
  for (let code = 0xa0; code <= 0xff; code++)
    samples.add(String.fromCharCode(code)).add(`${String.fromCharCode(code)}\u0301`)
  for (let code = 0x2010; code <= 0x2027; code++)
    samples.add(String.fromCharCode(code)).add(`${String.fromCharCode(code)}\u0301`)
  for (const file of report) {
    samples.add(file.path)
    for (const message of file.messages)
      for (const part of [
        message.reason,
        message.ruleId ?? '',
        message.note ?? '',
        `${message.line}:${message.column}`
      ])
        samples.add(part)
  }
  for (const line of readFileSync(
    path.join(repositoryRoot, 'fixtures/corpus/docs/a01-bike-kitchen-workshop.md'),
    'utf8'
  ).split('\n'))
    samples.add(line)
  expect(samples.size).toBeGreaterThan(200)
  for (const sample of samples) {
    // Twice: the second answer comes from memory.
    expect([sample, measured(sample)]).toEqual([sample, stringWidth(sample)])
    expect([sample, measured(sample)]).toEqual([sample, stringWidth(sample)])
  }
  expect(measured('“x”', {ambiguousIsNarrow: false})).toBe(
    stringWidth('“x”', {ambiguousIsNarrow: false})
  )
})
