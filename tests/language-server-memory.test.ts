import {readdirSync, readFileSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {
  DidChangeTextDocumentNotification,
  DidCloseTextDocumentNotification
} from 'vscode-languageserver-protocol'
import {
  type LspClient,
  repositoryRoot,
  startLanguageServer,
  temporaryWorkspace
} from './helpers/lsp.js'

/**
 * The server process's resident memory, read from the system as a user's
 * task manager would, around a large plan opened and closed and a thousand
 * edits typed faster than the server lints.
 */
const MB = 1024 * 1024

function residentBytes(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8')
  const kilobytes = /VmRSS:\s+(\d+) kB/.exec(status)
  if (!kilobytes) throw new Error(`no VmRSS in /proc/${pid}/status`)
  return Number(kilobytes[1]) * 1024
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/**
 * The lowest resident size seen over `ms`, or sooner once it is below
 * `enough`: the server frees memory a moment after it goes quiet, later on a
 * busy machine.
 */
async function settledBytes(client: LspClient, ms: number, enough = 0): Promise<number> {
  let lowest = residentBytes(client.server.pid!)
  for (let waited = 0; waited < ms && lowest > enough; waited += 500) {
    await pause(500)
    lowest = Math.min(lowest, residentBytes(client.server.pid!))
  }
  return lowest
}

/** About `kilobytes` KB of real plans: the fixture plans, then corpus documents. */
function realPlans(kilobytes: number): string {
  const parts: string[] = []
  let size = 0
  for (const folder of ['fixtures/plans', 'fixtures/corpus/docs']) {
    for (const name of readdirSync(path.join(repositoryRoot, folder)).sort()) {
      if (!name.endsWith('.md') || size > kilobytes * 1024) continue
      const text = readFileSync(path.join(repositoryRoot, folder, name), 'utf8')
      parts.push(text)
      size += text.length
    }
  }
  return parts.join('\n\n')
}

const show = (bytes: number) => `${Math.round(bytes / MB)} MB`

describe.skipIf(process.platform !== 'linux')('language server memory', () => {
  it('gives back the memory of a 2 MB plan once it is closed', async () => {
    const client = startLanguageServer(temporaryWorkspace({}))
    try {
      const plan = realPlans(50)
      const small = await client.open('small.md', plan.slice(0, 4000))
      await client.diagnostics(small)
      const before = await settledBytes(client, 3000)

      let large = ''
      while (large.length < 2 * MB) large += `${plan}\n\n`
      const uri = await client.open('large.md', large)
      await client.diagnostics(uri, 1, 120000)
      const open = residentBytes(client.server.pid!)
      await client.connection.sendNotification(DidCloseTextDocumentNotification.type, {
        textDocument: {uri}
      })
      const closed = await settledBytes(client, 12000, before + 40 * MB)
      console.log(
        `2 MB plan: ${show(before)} before, ${show(open)} with it open, ${show(closed)} after closing it`
      )
      // The plan did cost memory while open...
      expect(open - before).toBeGreaterThan(100 * MB)
      // ... and most of it went with it. What stays is the parse cache (bounded
      // at about 40 MB, see ChunkCache) and the heap V8 keeps for reuse.
      expect(closed - before).toBeLessThan((open - before) / 2)
      expect(closed - before).toBeLessThan(80 * MB)
      await client.hover(small, 0, 0)
    } finally {
      await client.close()
    }
  }, 180000)

  it('stays flat over 1,000 rapid edits of a 25 KB plan, and answers after them', async () => {
    const client = startLanguageServer(temporaryWorkspace({}))
    try {
      const plan = realPlans(25)
      const uri = await client.open('typing.md', plan)
      await client.diagnostics(uri, 1, 30000)
      const opened = await settledBytes(client, 3000)

      const middle = plan.indexOf('\n\n', plan.length / 2)
      let version = 1
      /** Edits typed faster than the server lints: each a new sentence in the middle. */
      const type = async (count: number) => {
        for (let edit = 1; edit <= count; edit++) {
          version++
          const text = `${plan.slice(0, middle)}\n\nWe post on Instagram every day, edit ${version}.${plan.slice(middle)}`
          void client.connection.sendNotification(DidChangeTextDocumentNotification.type, {
            textDocument: {uri, version},
            contentChanges: [{text}]
          })
        }
        const diagnostics = await client.diagnostics(uri, version, 120000)
        expect(diagnostics.some((diagnostic) => diagnostic.code === 'no-channel-first')).toBe(true)
        expect(await client.hover(uri, 0, 0)).toBeDefined()
      }

      // First edits bring the process to its working size (V8's heap, the
      // allocator's free lists); a thousand more must not add to it.
      await type(200)
      const warm = await settledBytes(client, 6000)
      await type(1000)
      const after = await settledBytes(client, 20000, warm + 8 * MB)
      console.log(
        `25 KB plan: ${show(opened)} open, ${show(warm)} after 200 edits, ${show(after)} after 1,000 more`
      )
      // A thousand versions of the text alone would be 25 MB, their trees ten times that.
      expect(after - warm).toBeLessThan(24 * MB)
      // And the garbage of all those lints is given back once typing stops.
      expect(after - opened).toBeLessThan(48 * MB)
    } finally {
      await client.close()
    }
  }, 240000)
})
