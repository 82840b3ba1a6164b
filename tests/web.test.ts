import {readdirSync, readFileSync} from 'node:fs'
import path from 'node:path'
import {citation} from '@whatfor/citations'
import {docxToMarkdown} from '@whatfor/docx'
import {ruleById} from '@whatfor/preset'
import {findingsAsMarkdown, lintPlan} from '@whatfor/web'
import {fromMarkdown} from 'mdast-util-from-markdown'
import {describe, expect, test} from 'vitest'
import {repositoryRoot, runWhatfor, temporaryProject} from './helpers/cli.js'
import {docxFromMarkdown} from './helpers/docx-from-markdown.js'

// The page's lint (packages/web/src/lint.ts) in Node: the same findings as
// the CLI, and the summary and exports built from them. The page itself is
// tested in Chromium by web-browser.test.ts.

const plansDir = path.join(repositoryRoot, 'fixtures/plans')
const plans = readdirSync(plansDir)
  .filter((name) => /\.(md|txt)$/.test(name))
  .map((name) => ({name, text: readFileSync(path.join(plansDir, name), 'utf8')}))

interface JsonFile {
  path: string
  messages: Array<{ruleId: string; reason: string; line: number; column: number}>
}

const brief = (file: JsonFile) =>
  file.messages.map(({ruleId, reason, line, column}) => ({ruleId, reason, line, column}))

describe('the page lints as the CLI does', () => {
  const cwd = temporaryProject(Object.fromEntries(plans.map((plan) => [plan.name, plan.text])))
  const cli = JSON.parse(
    runWhatfor(['--no-config', '--report', 'json', ...plans.map((plan) => plan.name)], {cwd}).stdout
  ) as JsonFile[]

  test.each(plans.map((plan) => plan.name))('%s', async (name) => {
    const text = plans.find((plan) => plan.name === name)!.text
    const result = await lintPlan(text, name, undefined)
    const page = (JSON.parse(result.json) as JsonFile[])[0]!
    const expected = cli.find((file) => file.path === name)!
    // The JSON export is `whatfor --report json`'s report of the same file.
    expect(brief(page)).toEqual(brief(expected))
    expect(result.findings.map((finding) => [finding.ruleId, finding.reason]).sort()).toEqual(
      expected.messages.map((message) => [message.ruleId, message.reason]).sort()
    )
    expect(result.wordParagraphs).toBe(false)
  })
})

describe('findings carry what the page shows', () => {
  test('severity, the rule’s one-line explanation, the essay and the suggested fix', async () => {
    const text = readFileSync(path.join(plansDir, 'channel-first-list-of-networks.md'), 'utf8')
    const {findings} = await lintPlan(text, 'plan.md', undefined)
    const channelFirst = findings.find((finding) => finding.ruleId === 'no-channel-first')!
    const rule = ruleById('no-channel-first')!
    const cited = citation(rule.meta.quote)
    expect(channelFirst.severity).toBe('error')
    expect(channelFirst.summary).toBe(rule.meta.summary)
    expect(channelFirst.citation).toEqual({
      quote: cited.quote,
      author: cited.essay.author,
      title: cited.essay.title,
      date: cited.essay.date,
      url: cited.essay.url
    })
    // The flagged text is the list of networks, as written.
    expect(channelFirst.excerpt).toContain('Instagram')
    expect(text.slice(channelFirst.start.offset, channelFirst.end!.offset)).toContain('TikTok')

    const noPurpose = await lintPlan(
      '# Plan\n\nWe post on Instagram daily and run TikTok ads.\n',
      'plan.md',
      undefined
    )
    const whatFor = noPurpose.findings.find((finding) => finding.ruleId === 'what-for')!
    expect(whatFor.expected.length).toBeGreaterThan(0)
    expect(whatFor.expected[0]).toMatch(/^## What for\?/)
  })

  test('findings come in the order of the text', async () => {
    for (const plan of plans) {
      const {findings} = await lintPlan(plan.text, plan.name, undefined)
      const offsets = findings.map((finding) => finding.start.offset)
      expect(offsets).toEqual([...offsets].sort((a, b) => a - b))
    }
  })
})

describe('what this plan says it is for', () => {
  test('a plan that opens with channels: its purpose, the channels in its order, channels first', async () => {
    const text = readFileSync(path.join(plansDir, 'channel-first-list-of-networks.md'), 'utf8')
    const {summary} = await lintPlan(text, 'plan.md', undefined)
    expect(summary!.purpose.length).toBeGreaterThan(0)
    const flat = (value: string) => value.replace(/\s+/g, ' ')
    for (const item of summary!.purpose) expect(flat(text)).toContain(flat(item.text))
    const names = summary!.channels.map((channel) => channel.name)
    // In the order the plan first names them.
    const firstMention = (name: string) => text.toLowerCase().indexOf(name.toLowerCase())
    expect(names).toEqual(expect.arrayContaining(['Instagram', 'TikTok', 'Pinterest', 'YouTube']))
    const named = names.filter((name) => firstMention(name) !== -1)
    expect(named.map(firstMention)).toEqual([...named.map(firstMention)].sort((a, b) => a - b))
    expect(summary!.channelsBeforePurpose).toBe(true)
  })

  test('a plan that says what it is for first, with an audience section', async () => {
    const text = [
      '# Riverside Library',
      '',
      '## What for?',
      '',
      'We exist so that people new to the city find a place where they are welcome and a book they love.',
      '',
      "## Who it's for",
      '',
      'Newcomers to the city who do not yet know anyone, and the volunteers who greet them.',
      '',
      '## Channels',
      '',
      '- A printed newsletter at the front desk',
      '- Instagram stories by the volunteers',
      ''
    ].join('\n')
    const {summary, findings} = await lintPlan(text, 'plan.md', undefined)
    expect(findings.map((finding) => finding.ruleId)).not.toContain('what-for')
    expect(summary!.purpose[0]!.text).toMatch(/^We exist so that people new to the city/)
    expect(summary!.purpose[0]!.line).toBe(5)
    expect(summary!.audience[0]!.text).toMatch(/^Newcomers to the city/)
    expect(summary!.channels.map((channel) => channel.name)).toContain('Instagram')
    expect(summary!.channelsBeforePurpose).toBe(false)
  })

  test('a plan that never says what it is for', async () => {
    const {summary} = await lintPlan(
      '# Q3 plan\n\n- Instagram: 5 posts a week\n- TikTok: 3 videos a week\n',
      'plan.md',
      undefined
    )
    expect(summary!.purpose).toEqual([])
    expect(summary!.audience).toEqual([])
    expect(summary!.channels.map((channel) => channel.name)).toEqual(['Instagram', 'TikTok'])
    expect(summary!.channelsBeforePurpose).toBe(true)
  })

  test('an empty plan has nothing to summarise and one finding about being empty', async () => {
    const result = await lintPlan('   \n', 'plan.md', undefined)
    expect(result.summary).toBeUndefined()
    expect(result.findings.map((finding) => finding.ruleId)).toEqual(['empty-file'])
  })
})

describe('a .docx in the page', () => {
  test('findings on the converted text name Word paragraphs, as `whatfor plan.docx` does; edited text names lines', async () => {
    const markdown = readFileSync(path.join(plansDir, 'channel-first-channel-table.md'), 'utf8')
    const {bytes, paragraphs} = await docxFromMarkdown(markdown)
    const converted = await docxToMarkdown(bytes)
    const result = await lintPlan(converted.markdown, 'plan.docx', converted)
    expect(result.wordParagraphs).toBe(true)
    const cwd = temporaryProject({'plan.docx': bytes})
    const cli = JSON.parse(
      runWhatfor(['--no-config', '--report', 'json', 'plan.docx'], {cwd}).stdout
    ) as JsonFile[]
    expect(brief((JSON.parse(result.json) as JsonFile[])[0]!)).toEqual(brief(cli[0]!))
    const table = result.findings.find((finding) => finding.ruleId === 'no-channel-first')!
    // The channel table's first paragraph: the cell “Channel” of its header row.
    expect(paragraphs[table.wordParagraph! - 1]).toBe('Channel')

    const edited = await lintPlan(`${converted.markdown}\nOne more line.\n`, 'plan.docx', converted)
    expect(edited.wordParagraphs).toBe(false)
    expect(edited.findings.every((finding) => finding.wordParagraph === undefined)).toBe(true)
  })
})

describe('export as Markdown', () => {
  test('each finding with its place, severity, rule, essay and fix, as valid Markdown', async () => {
    const text = '# Q3 plan\n\n- Instagram: 5 posts a week\n- TikTok: 3 videos a week\n'
    const {findings} = await lintPlan(text, 'q3_plan.md', undefined)
    const markdown = findingsAsMarkdown('q3_plan.md', findings)
    expect(markdown.startsWith('# whatfor: q3\\_plan.md\n')).toBe(true)
    const tree = fromMarkdown(markdown)
    const list = tree.children.find((node) => node.type === 'list')
    expect(list?.type === 'list' && list.ordered && list.children.length).toBe(findings.length)
    for (const finding of findings) {
      expect(markdown).toContain(`line ${finding.start.line}: `)
      expect(markdown).toContain(`(\`${finding.ruleId}\`)`)
      if (finding.citation) expect(markdown).toContain(`](${finding.citation.url})`)
    }
    // The what-for skeleton is fenced, so its heading is not a heading of the export.
    expect(tree.children.filter((node) => node.type === 'heading')).toHaveLength(1)
    expect(markdown).toContain('## What for?')
  })
})
