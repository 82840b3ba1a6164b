import {describe, expect, test} from 'vitest'
import {createLint} from '../scripts/fuzz/check.js'

// A control comment whatfor cannot read (found by fuzzing, issue 13) was a
// fatal error that voided the file's other control comments. It is a warning
// on its own line, and the other comments keep working.

const lint = createLint()

const plan = (comment: string) =>
  [
    '<!-- whatfor disable what-for name-the-executors -->',
    '',
    '# Plan',
    '',
    comment,
    '',
    'We post on Facebook, Instagram and TikTok every day.',
    ''
  ].join('\n')

async function messagesOf(text: string) {
  const {unified} = await import('unified')
  const {VFile} = await import('vfile')
  const {default: whatforParse} = await import('@whatfor/parse')
  const {default: preset} = await import('@whatfor/preset')
  const processor = unified().use(whatforParse).use(preset)
  const file = new VFile({path: 'plan.md', value: text})
  await processor.run(processor.parse(file), file)
  return file.messages
}

describe('a control comment whatfor cannot read', () => {
  for (const comment of ['<!-- whatfor -->', '<!-- whatfor disabled no-channel-first -->']) {
    test(`${comment}: a warning on its line, the other comments still apply`, async () => {
      expect((await lint(plan(comment))).problem).toBeUndefined()
      const messages = await messagesOf(plan(comment))
      const warning = messages.filter((message) => message.ruleId === 'control-comment')
      expect(warning).toHaveLength(1)
      expect(warning[0]!.line).toBe(5)
      expect(warning[0]!.fatal).toBe(false)
      expect(warning[0]!.reason).toMatch(
        /^This whatfor comment is not understood .*`disable`, `enable`/
      )
      // The same findings as with an ordinary comment in its place: the
      // disabled rules stay disabled.
      const others = messages.filter((message) => message.ruleId !== 'control-comment')
      const reference = await messagesOf(plan('<!-- a note -->'))
      expect(others.map((message) => message.ruleId).sort()).toEqual(
        reference.map((message) => message.ruleId).sort()
      )
      expect(others.map((message) => message.ruleId)).not.toContain('what-for')
      expect(others.map((message) => message.ruleId)).not.toContain('name-the-executors')
    })
  }
})
