/**
 * One document through the pipeline the CLI and the language server run
 * (whatfor's parser, the input guard, the preset), in this process, and what
 * is wrong with the result: a throw, or a finding a person could not act on
 * (no rule id, no position, a position outside the document).
 */
import inputGuard, {type InputGuardOptions, PROBLEM_IDS} from '@whatfor/input-guard'
import whatforParse from '@whatfor/parse'
import preset from '@whatfor/preset'
import {unified} from 'unified'
import {VFile} from 'vfile'

type VFileMessage = VFile['messages'][number]

import type {Root} from 'mdast'

export interface Problem {
  readonly kind: 'throw' | 'message'
  /** What went wrong, one line. */
  readonly detail: string
  /** Failures with the same signature are one bug: one reproducer each. */
  readonly signature: string
}

export interface Outcome {
  /** Processor time of the lint in milliseconds: on a shared machine, waiting for a core does not count. */
  readonly ms: number
  readonly messages: number
  /** The input guard refused the document: nothing was parsed. */
  readonly refused: boolean
  readonly problem?: Problem
}

/**
 * Problems the input guard reports about the file as a whole (it is binary,
 * too large, not UTF-8, empty): they have a rule id and no position by design.
 */
const WHOLE_FILE = new Set(['file-too-large', 'binary-file', 'invalid-utf8', 'empty-file'])

const REFUSALS: ReadonlySet<string> = new Set(PROBLEM_IDS)

export type Lint = (text: string) => Promise<Outcome>

/** `guard`: the input guard's limits, for measurements that must reach the parser. */
export function createLint(guard: InputGuardOptions = {}): Lint {
  const processor = unified().use(whatforParse).use(inputGuard, guard).use(preset).freeze()
  return async (text) => {
    const file = new VFile({path: 'plan.md', value: text})
    const start = process.cpuUsage()
    const elapsed = () => {
      const used = process.cpuUsage(start)
      return (used.user + used.system) / 1000
    }
    try {
      await processor.run(processor.parse(file) as Root, file)
    } catch (error) {
      return {ms: elapsed(), messages: file.messages.length, refused: false, problem: thrown(error)}
    }
    const ms = elapsed()
    const refused = file.messages.some((message) => REFUSALS.has(message.ruleId ?? ''))
    const lines = text.split(/\r\n|\r|\n/).length
    for (const message of file.messages) {
      const problem = badMessage(message, lines)
      if (problem) return {ms, messages: file.messages.length, refused, problem}
    }
    return {ms, messages: file.messages.length, refused}
  }
}

function thrown(error: unknown): Problem {
  const value = error instanceof Error ? error : new Error(String(error))
  // The first frame in whatfor's or a dependency's code names the bug.
  const frame =
    (value.stack ?? '')
      .split('\n')
      .slice(1)
      .map((line) => line.trim())
      .find((line) => line.startsWith('at ')) ?? ''
  // Where it was thrown, without line and column (they move with every edit),
  // or else the start of the message.
  const where = frame.replace(/^at /, '').split(' (')[0] || value.message.slice(0, 40)
  return {
    kind: 'throw',
    detail: `${value.constructor.name}: ${value.message.split('\n')[0]} (${frame})`,
    signature: `throw ${value.constructor.name} ${where}`
  }
}

function badMessage(message: VFileMessage, lines: number): Problem | undefined {
  const rule = message.ruleId ?? ''
  const says = `“${message.reason.slice(0, 120)}” from ${message.source ?? 'no source'}`
  if (!rule)
    return {
      kind: 'message',
      detail: `a finding without a rule id: ${says}`,
      signature: `no rule id ${message.source}`
    }
  if (WHOLE_FILE.has(rule)) return undefined
  const place = message.place
  const start = place && 'start' in place ? place.start : place
  const end = place && 'end' in place ? place.end : undefined
  const valid = (point: {line: number; column: number} | undefined) =>
    point !== undefined &&
    Number.isInteger(point.line) &&
    Number.isInteger(point.column) &&
    point.line >= 1 &&
    point.column >= 1 &&
    point.line <= lines
  if (!valid(start))
    return {
      kind: 'message',
      detail: `${rule}: a finding without a valid position (${JSON.stringify(place)}): ${says}`,
      signature: `no position ${rule}`
    }
  if (
    end &&
    (!valid(end) ||
      end.line < start!.line ||
      (end.line === start!.line && end.column < start!.column))
  )
    return {
      kind: 'message',
      detail: `${rule}: a finding that ends before it starts or outside the document (${JSON.stringify(place)})`,
      signature: `bad range ${rule}`
    }
  return undefined
}
