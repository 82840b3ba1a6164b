import {readFileSync} from 'node:fs'
import path from 'node:path'
import whatforParse from '@whatfor/parse'
import preset from '@whatfor/preset'
import {reporters} from '@whatfor/reporters'
import {unified} from 'unified'
import {VFile} from 'vfile'
import {beforeAll, describe, expect, it} from 'vitest'
import {repositoryRoot} from './helpers/cli.js'

/**
 * A report must never die of its own size: no spread of a large array into a
 * call, no recursion as deep as the list of findings. 50,000 findings in one
 * file (the size at which the old default report overflowed the stack), beside
 * an ordinary plan linted for real, whose findings must still be in every report.
 */

const FINDINGS = 50_000

function hugeFile(cwd: string): VFile {
  const lines: string[] = ['# Goals', '']
  for (let index = 0; index < FINDINGS; index++) lines.push(`- ${1000 + index} likes on Facebook`)
  const file = new VFile({path: 'huge.md', cwd, value: lines.join('\n')})
  for (let index = 0; index < FINDINGS; index++) {
    const line = index + 3
    const message = file.message(
      `Unexpected vanity metric (likes) as a goal, expected the outcome for people that it signals`,
      {
        place: {start: {line, column: 8}, end: {line, column: 13}},
        ruleId: 'no-vanity-metrics',
        source: 'whatfor'
      }
    )
    message.fatal = index % 3 === 0 ? true : index % 3 === 1 ? false : undefined
    message.url = 'https://example.com/rules/no-vanity-metrics'
    message.note = 'a quote — a title, an author, 2013-07-29, https://example.com/essay'
  }
  return file
}

async function lintedPlan(cwd: string): Promise<VFile> {
  const value = readFileSync(
    path.join(repositoryRoot, 'fixtures/plans/channel-first-list-of-networks.md'),
    'utf8'
  )
  const file = new VFile({path: 'ordinary.md', cwd, value})
  const processor = unified().use(whatforParse).use(preset)
  await processor.run(processor.parse(file), file)
  return file
}

describe('every reporter, 50,000 findings beside an ordinary plan', () => {
  let files: VFile[]

  beforeAll(async () => {
    const cwd = repositoryRoot
    const ordinary = await lintedPlan(cwd)
    expect(ordinary.messages.some((message) => message.ruleId === 'no-channel-first')).toBe(true)
    files = [hugeFile(cwd), ordinary]
  })

  for (const name of ['pretty', 'unified', 'json', 'sarif', 'rdjson', 'rdjsonl', 'github']) {
    it(`${name}: reports them all, and the ordinary plan's findings too`, async () => {
      const reporter = reporters[name]
      expect(reporter, `reporter ${name}`).toBeDefined()
      const output = await reporter!(files, {cwd: repositoryRoot, color: false})
      expect(output).toContain('ordinary.md')
      // Only the ordinary plan has this rule's finding.
      expect(output).toContain('no-channel-first')
      // Every one of the huge file's findings is there: count the rule's mentions.
      const mentions = output.split('no-vanity-metrics').length - 1
      expect(mentions).toBeGreaterThanOrEqual(FINDINGS)
    }, 120_000)
  }
})
