import {remark} from 'remark'
import preset from '@whatfor/preset'
import {test, expect} from 'vitest'

test('smoke', async () => {
  const file = await remark().use(preset).process('# Plan\n\n- Facebook\n- Instagram\n- TikTok\n\n## Why\n\nNothing.\n')
  console.log(file.messages.map((m) => [m.ruleId, m.reason, m.line, m.column, m.fatal]))
  expect(file.messages.length).toBeGreaterThan(0)
})
