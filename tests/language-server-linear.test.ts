import {performance} from 'node:perf_hooks'
import incrementalParse, {ChunkCache, chunkStarts} from '@whatfor/incremental-parse'
import whatforParse from '@whatfor/parse'
import preset from '@whatfor/preset'
import type {Root} from 'mdast'
import remarkParse from 'remark-parse'
import {unified} from 'unified'
import {describe, expect, it} from 'vitest'
import {DiagnosticSeverity} from 'vscode-languageserver-protocol'
import {withoutStackTrace} from '../packages/language-server/src/stack-traces.js'
import {startLanguageServer, temporaryWorkspace} from './helpers/lsp.js'

/**
 * Two quadratic regular expressions a document could reach in the language
 * server: the code fence pattern in the incremental parse and the stack
 * trace pattern run on every diagnostic message. Each case took seconds to
 * tens of seconds before; the bounds here are a small fraction of that.
 */

/** 160,000 tildes and U+2028 (a character `.` does not match) on one line: a fence, to CommonMark. */
const tildes = (count: number) =>
  `# Plan\n\n${'~'.repeat(count)}\u2028\n\n# Inside the code\n\ntext\n`

function time(run: () => void): number {
  const start = performance.now()
  run()
  return performance.now() - start
}

describe('code fences in the incremental parse', () => {
  it('finds a fence of 160,000 tildes in linear time, and knows the heading after it is code', () => {
    let starts: number[] = []
    // Was 34 to 44 seconds (every tilde re-read the rest of the line).
    const elapsed = time(() => {
      starts = chunkStarts(tildes(160_000))
    })
    expect(elapsed).toBeLessThan(1000)
    // The fence is open to the end, so `# Inside the code` starts no chunk.
    expect(starts).toEqual([0])
  })

  it('parses such a document to the same tree as a whole parse', () => {
    const text = `${tildes(20_000)}\n# After\n`
    const chunked = unified()
      .use(whatforParse)
      .use(incrementalParse, {cache: new ChunkCache()})
      .use(preset)
      .parse(text) as Root
    const whole = unified().use(remarkParse).use(preset).parse(text) as Root
    expect(JSON.stringify(chunked)).toBe(JSON.stringify(whole))
  })
})

describe('stack traces in diagnostic messages', () => {
  /** A message quoting a heading of 40,000 lines of non-breaking spaces, as a rule may. */
  const quoted = `Unexpected strategy made only of tactics (Our strategy\n${Array.from({length: 40_000}, () => '\u00a0\u00a0').join('\n')}\nnow), expected the choice`
  const range = {start: {line: 0, character: 0}, end: {line: 0, character: 0}}

  it('leaves a long message alone, in linear time', () => {
    const diagnostic = {range, message: quoted}
    let result = diagnostic
    // Was 7.6 seconds with /\n\s+at /.
    expect(time(() => (result = withoutStackTrace(diagnostic)))).toBeLessThan(200)
    expect(result).toBe(diagnostic)
  })

  it('removes the frames of a stack trace and keeps what the message says', () => {
    const error = new Error('Cannot find module `remark-nope`')
    const message = `Cannot process file\n${error.stack}`
    expect(withoutStackTrace({range, message}).message).toBe(
      'Cannot process file\nError: Cannot find module `remark-nope`'
    )
  })

  it('publishes the findings of a plan whose heading runs 4,000 lines, with its message whole', async () => {
    const plan = `# Plan\n\nOur strategy\n${Array.from({length: 4_000}, () => '\u00a0\u00a0').join('\n')}\nnow\n========\n\n- Post on Instagram daily\n- Run TikTok ads\n- Email newsletter weekly\n`
    const client = startLanguageServer(temporaryWorkspace({}))
    try {
      const uri = await client.open('long-heading.md', plan)
      const diagnostics = await client.diagnostics(uri, 1, 60000)
      const finding = diagnostics.find((diagnostic) => diagnostic.code === 'no-tactic-as-strategy')
      expect(finding?.severity).toBeLessThanOrEqual(DiagnosticSeverity.Information)
      // The heading is quoted whole: every one of its lines is still there.
      expect(String(finding!.message).split('\n\u00a0\u00a0').length - 1).toBe(4_000)
    } finally {
      await client.close()
    }
  }, 90000)
})
