import {readFileSync} from 'node:fs'
import path from 'node:path'
import {afterEach, beforeAll, beforeEach, describe, expect, it} from 'vitest'
import {
  DidChangeTextDocumentNotification,
  DidOpenTextDocumentNotification,
  ErrorCodes,
  ExitNotification,
  ShutdownRequest
} from 'vscode-languageserver-protocol'
import {
  type LspClient,
  repositoryRoot,
  startLanguageServer,
  temporaryWorkspace
} from './helpers/lsp.js'

/**
 * The built server over stdio, fed what a broken or hostile client might
 * send. After each, it must still be running, answer the next request and
 * lint a plan as a fresh server does. Each test has its own server, so one
 * failure does not hide another.
 */
const channelFirst = readFileSync(
  path.join(repositoryRoot, 'fixtures/plans/channel-first-list-of-networks.md'),
  'utf8'
)

/** One message as the protocol frames it. */
function frame(body: string | Buffer, header = `Content-Length: ${Buffer.byteLength(body)}`) {
  return Buffer.concat([Buffer.from(`${header}\r\n\r\n`), Buffer.from(body)])
}

function write(client: LspClient, bytes: Buffer | string): void {
  client.server.stdin!.write(bytes)
}

/** Fails instead of hanging when the server no longer answers. */
function within<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  return Promise.race([
    promise,
    new Promise<never>((_, reject) =>
      setTimeout(() => reject(new Error(`no answer ${what} within ${ms} ms`)), ms)
    )
  ])
}

/** The server is running and answers a request. */
async function answers(client: LspClient, what: string): Promise<void> {
  expect(client.server.exitCode, `server exited ${what}`).toBeNull()
  await within(client.hover(client.uriOf('nothing-open.md'), 0, 0), 10000, what)
}

const codes = (diagnostics: Array<{code?: unknown}>) => diagnostics.map((d) => d.code)

/** What a server that saw no garbage reports for the channel-first plan. */
let channelFirstCodes: unknown[]

async function lintChannelFirst(client: LspClient): Promise<unknown[]> {
  const uri = await client.open(`check-${client.publishedVersions.length}.md`, channelFirst)
  return codes(await client.diagnostics(uri, 1, 15000))
}

/** The server still lints: a new plan gets the findings a fresh server gives it. */
async function stillLints(client: LspClient): Promise<void> {
  expect(await lintChannelFirst(client)).toEqual(channelFirstCodes)
}

async function expectInvalidParams(request: Promise<unknown>): Promise<void> {
  await expect(within(request, 10000, 'to an invalid request')).rejects.toMatchObject({
    code: ErrorCodes.InvalidParams
  })
}

describe('language server under garbage', () => {
  let client: LspClient

  beforeAll(async () => {
    const fresh = startLanguageServer(temporaryWorkspace({'package.json': '{}\n'}))
    channelFirstCodes = await lintChannelFirst(fresh)
    expect(channelFirstCodes).toContain('no-channel-first')
    await fresh.close()
  })

  beforeEach(async () => {
    client = startLanguageServer(temporaryWorkspace({'package.json': '{"private": true}\n'}))
    await client.initializeResult
  })
  afterEach(async () => {
    await stillLints(client)
    await client.close()
  })

  it('skips a message whose header has no Content-Length, says so, and still obeys exit', async () => {
    write(
      client,
      frame('{"jsonrpc":"2.0","id":99,"method":"shutdown"}', 'Content-Type: application/json')
    )
    await answers(client, 'after a header without Content-Length')
    await stillLints(client)
    expect(client.stderr.join('')).toMatch(
      /^whatfor-language-server: skipped \d+ bytes that were not a message \(a header without Content-Length\)\n$/
    )
    await client.connection.sendRequest(ShutdownRequest.type)
    const exited = new Promise((resolve) => client.server.once('exit', resolve))
    await client.connection.sendNotification(ExitNotification.type)
    expect(await within(exited, 10000, 'to exit')).toBe(0)
    // A new server for the check after each test.
    client.connection.dispose()
    client = startLanguageServer(temporaryWorkspace({}))
  })

  it('keeps in step after a length that is not a number, too short or too long', async () => {
    const notification = '{"jsonrpc":"2.0","method":"$/noSuchNotification"}'
    write(client, frame(notification, 'Content-Length: many'))
    await answers(client, 'after a length that is not a number')
    write(client, frame(notification, 'Content-Length: 5'))
    await answers(client, 'after a length that is too short')
    // Too long: the next message (the request below) starts inside the declared body.
    write(client, frame(notification, 'Content-Length: 100000'))
    await answers(client, 'after a length that is too long')
    write(client, 'some bytes that are no message at all\r\n\r\n')
    await answers(client, 'after bytes that are no message')
  })

  it('answers after malformed JSON and JSON that is not JSON-RPC', async () => {
    for (const body of [
      '{"jsonrpc": "2.0", "method": ',
      '[1, 2, 3]',
      '42',
      'null',
      '{"jsonrpc":"2.0","id":7,"method":42}',
      '{"jsonrpc":"2.0","id":8,"method":"no/such/request"}'
    ]) {
      write(client, frame(body))
      await answers(client, `after ${body}`)
    }
    write(client, frame(Buffer.from([0xff, 0xfe, 0x00, 0x80, 0xc3, 0x28])))
    await answers(client, 'after a body that is not UTF-8')
  })

  it('drops notifications of the wrong shape and answers requests with invalid params', async () => {
    const uri = client.uriOf('shapes.md')
    for (const params of [
      {},
      {textDocument: {uri: 42, languageId: 'markdown', version: 1, text: null}},
      {textDocument: {uri, languageId: 'markdown', version: 0.5, text: '# Plan'}}
    ]) {
      write(client, frame(JSON.stringify({jsonrpc: '2.0', method: 'textDocument/didOpen', params})))
      await answers(client, `after didOpen ${JSON.stringify(params)}`)
    }
    for (const params of [
      {textDocument: {uri, version: 2}, contentChanges: null},
      {textDocument: {uri}, contentChanges: [{text: 'x'}]},
      {textDocument: {uri, version: 2}, contentChanges: [{range: {start: 'a'}, text: 'x'}]}
    ]) {
      write(
        client,
        frame(JSON.stringify({jsonrpc: '2.0', method: 'textDocument/didChange', params}))
      )
      await answers(client, `after didChange ${JSON.stringify(params)}`)
    }
    // Dropped, and said so in the editor's log.
    expect(client.log.some((line) => line.startsWith('whatfor ignored a document'))).toBe(true)
    expect(client.log.some((line) => line.startsWith('whatfor ignored a change'))).toBe(true)

    await expectInvalidParams(client.connection.sendRequest('textDocument/hover', null))
    await expectInvalidParams(
      client.connection.sendRequest('textDocument/hover', {
        textDocument: {uri},
        position: {line: -1, character: 0.5}
      })
    )
    await expectInvalidParams(
      client.connection.sendRequest('textDocument/codeAction', {textDocument: {uri}})
    )
    // Mangled diagnostics in a code action request are passed over, not fatal.
    const actions = await within(
      client.codeActions(uri, {start: {line: 0, character: 0}, end: {line: 0, character: 0}}, [
        {
          range: {start: {line: 1e12, character: -4}, end: {line: Number.NaN, character: 0}},
          message: 'x',
          source: 'whatfor',
          code: 'what-for',
          data: {expected: ['a']}
        }
      ]),
      10000,
      'to a code action for mangled diagnostics'
    )
    expect(actions ?? []).toEqual([])
    await answers(client, 'after invalid requests')
  })

  it('takes an edit to a document it was never told about without holding back later diagnostics', async () => {
    const uri = client.uriOf('never-opened.md')
    await client.connection.sendNotification(DidChangeTextDocumentNotification.type, {
      textDocument: {uri, version: 7},
      contentChanges: [{text: channelFirst}]
    })
    await answers(client, 'after a change to an unknown document')
    await client.open('never-opened.md', '# Plan\n\nSo that people mend their jackets.\n')
    await client.diagnostics(uri, 1)
    const version = await client.change(uri, channelFirst)
    const started = Date.now()
    // The unknown document's change used to hold this back for 10 s.
    const diagnostics = await client.diagnostics(uri, version, 8000)
    expect(codes(diagnostics)).toContain('no-channel-first')
    expect(Date.now() - started).toBeLessThan(8000)
  })

  it('refuses a 10 MB document in one diagnostic and answers the next request', async () => {
    const huge = `# Plan\n\n${'We post on Instagram every day. '.repeat(340_000)}\n`
    expect(huge.length).toBeGreaterThan(10_000_000)
    const uri = await client.open('huge.md', huge)
    const diagnostics = await client.diagnostics(uri, 1, 60000)
    expect(codes(diagnostics)).toEqual(['file-too-large'])
    await answers(client, 'after a 10 MB document')
  })

  it('says binary text is binary and lints text with lone surrogates', async () => {
    const binary = `\u0000\u0001\uFFFE${String.fromCharCode(...Array.from({length: 4000}, (_, i) => (i * 7919) % 0xd800))}`
    const binaryUri = await client.open('binary.md', binary)
    expect(codes(await client.diagnostics(binaryUri))).toEqual(['binary-file'])
    // Lone surrogates are valid JSON escapes but not Unicode text.
    const uri = client.uriOf('surrogates.md')
    write(
      client,
      frame(
        `{"jsonrpc":"2.0","method":"textDocument/didOpen","params":{"textDocument":{"uri":"${uri}","languageId":"markdown","version":1,"text":"# Plan \\ud800 half \\udc00\\n\\n- Instagram\\n- TikTok\\n- YouTube\\n"}}}`
      )
    )
    expect(codes(await client.diagnostics(uri))).toContain('no-channel-first')
    await answers(client, 'after binary text')
  })

  it('leaves documents that are not files on disk alone', async () => {
    for (const uri of ['untitled:Untitled-1', 'file://remote-host/plan.md', 'not a uri']) {
      await client.connection.sendNotification(DidOpenTextDocumentNotification.type, {
        textDocument: {uri, languageId: 'markdown', version: 1, text: channelFirst}
      })
      await answers(client, `after opening ${uri}`)
    }
    expect(client.log).toContain('whatfor lints files on disk only, not untitled:Untitled-1')
  })

  it('applies changes with ranges out of bounds or reversed, and the next full text puts it right', async () => {
    const uri = await client.open('ranges.md', channelFirst)
    await client.diagnostics(uri)
    let version = 1
    for (const range of [
      {start: {line: 0, character: 0}, end: {line: 2 ** 31 - 1, character: 2 ** 31 - 1}},
      {start: {line: 4, character: 3}, end: {line: 1, character: 0}},
      {start: {line: 400, character: 0}, end: {line: 400, character: 5}}
    ]) {
      version++
      await client.connection.sendNotification(DidChangeTextDocumentNotification.type, {
        textDocument: {uri, version},
        contentChanges: [{range, text: '# Plan\n\n- Instagram\n'}]
      })
      await client.diagnostics(uri, version)
    }
    const fixed = await client.change(uri, channelFirst)
    expect(codes(await client.diagnostics(uri, fixed))).toContain('no-channel-first')
  })
})
