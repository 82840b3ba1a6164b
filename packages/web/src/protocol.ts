import type {LintResult} from './lint.js'

/** What the page asks its lint worker. */
export type WorkerRequest =
  | {readonly type: 'lint'; readonly id: number; readonly text: string; readonly name: string}
  | {
      readonly type: 'convert'
      readonly id: number
      readonly name: string
      readonly bytes: ArrayBuffer
    }

/** What the worker answers, by request id. */
export type WorkerReply =
  | {readonly type: 'lint'; readonly id: number; readonly result: LintResult}
  | {readonly type: 'convert'; readonly id: number; readonly markdown: string}
  | {readonly type: 'error'; readonly id: number; readonly message: string}
