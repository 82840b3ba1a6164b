import {performance} from 'node:perf_hooks'
import {describe, expect, it} from 'vitest'
import {FrameGuard} from '../packages/language-server/src/frame-guard.js'

/**
 * The stream between standard input and vscode-jsonrpc, fed bytes in chunks
 * of every size: what comes out must be exactly the well-framed messages, in
 * order, however the input was cut.
 */
function message(body: string, header = `Content-Length: ${Buffer.byteLength(body)}`): Buffer {
  return Buffer.concat([Buffer.from(`${header}\r\n\r\n`), Buffer.from(body)])
}

const reframed = (body: string) => message(body).toString('latin1')

async function through(
  input: Buffer,
  chunkSize: number
): Promise<{output: string; skips: string[]}> {
  const skips: string[] = []
  const guard = new FrameGuard({onSkip: (problem) => skips.push(problem)})
  const pieces: Buffer[] = []
  guard.on('data', (piece: Buffer) => pieces.push(piece))
  const ended = new Promise((resolve) => guard.on('end', resolve))
  for (let at = 0; at < input.length; at += chunkSize)
    guard.write(input.subarray(at, at + chunkSize))
  guard.end()
  await ended
  return {output: Buffer.concat(pieces).toString('latin1'), skips}
}

const first = '{"jsonrpc":"2.0","id":1,"method":"initialize","params":{"text":"é ü 中"}}'
const second = '{"jsonrpc":"2.0","method":"exit"}'
const chunkSizes = [1, 2, 3, 7, 16, 64, 1 << 16]

describe('frame guard', () => {
  it('passes well-framed messages through unchanged, however the input is cut', async () => {
    const input = Buffer.concat([
      message(first),
      message(
        second,
        `Content-Type: application/vscode-jsonrpc; charset=utf-8\r\nContent-Length: ${second.length}`
      ),
      message(second, `content-length:${second.length}`)
    ])
    for (const size of chunkSizes) {
      const {output, skips} = await through(input, size)
      expect(output, `chunks of ${size}`).toBe(
        reframed(first) + reframed(second) + reframed(second)
      )
      expect(skips).toEqual([])
    }
  })

  it('skips a header without Content-Length, and the body after it, to the next message', async () => {
    const input = Buffer.concat([message(first, 'Content-Type: application/json'), message(second)])
    for (const size of chunkSizes) {
      const {output, skips} = await through(input, size)
      expect(output, `chunks of ${size}`).toBe(reframed(second))
      expect(skips).toEqual([
        `skipped ${message(first, 'Content-Type: application/json').length} bytes that were not a message (a header without Content-Length)`
      ])
    }
  })

  it('keeps in step after lengths that are not numbers, too short or too long', async () => {
    const cases = [
      {header: 'Content-Length: twelve', why: 'a Content-Length that is not a number'},
      {header: 'Content-Length: 4', why: 'a header line that is not `Name: value`'},
      {header: 'Content-Length: 900000', why: 'a message declared 900000 bytes'}
    ]
    for (const {header, why} of cases) {
      const input = Buffer.concat([message(first, header), message(second), message(first)])
      for (const size of chunkSizes) {
        const {output, skips} = await through(input, size)
        // A too-short length passes its first bytes on as a (broken) message; vscode-jsonrpc reports it.
        const passed = header === 'Content-Length: 4' ? reframed(first.slice(0, 4)) : ''
        expect(output, `${header}, chunks of ${size}`).toBe(
          passed + reframed(second) + reframed(first)
        )
        expect(skips).toHaveLength(1)
        expect(skips[0]).toContain(why)
      }
    }
  })

  it('does not take a Content-Length inside a JSON string for a header', async () => {
    const tricky = JSON.stringify({
      jsonrpc: '2.0',
      method: 'x',
      params: {text: 'Content-Length: 5\r\n\r\n{}'}
    })
    const input = Buffer.concat([message(tricky), message(second)])
    for (const size of chunkSizes) {
      const {output, skips} = await through(input, size)
      expect(output).toBe(reframed(tricky) + reframed(second))
      expect(skips).toEqual([])
    }
  })

  it('says once what it skipped of a flood of garbage, and reads on in linear time', async () => {
    const garbage = Buffer.from('Content-Length:'.repeat(200_000))
    const input = Buffer.concat([garbage, Buffer.from('\r\n\r\n'), message(second)])
    const start = performance.now()
    const {output, skips} = await through(input, 1 << 16)
    expect(performance.now() - start).toBeLessThan(2000)
    expect(output).toBe(reframed(second))
    expect(skips).toHaveLength(1)
  })

  it('reports a message cut off by the end of the input', async () => {
    const whole = message(first)
    const {output, skips} = await through(whole.subarray(0, whole.length - 3), 64)
    expect(output).toBe('')
    expect(skips).toEqual([
      `skipped ${Buffer.byteLength(first) - 3} bytes that were not a message (the input ended inside a message)`
    ])
  })
})
