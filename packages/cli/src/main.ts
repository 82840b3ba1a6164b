import process from 'node:process'
import {isMainThread, workerData} from 'node:worker_threads'
import {run} from './run.js'
import {startLintWorker} from './worker.js'
import {WORKER_MARK} from './worker-pool.js'

// Entry point of the bundled command. Set the exit code rather than calling
// process.exit so pending output is flushed. No top-level await: the bundle is
// a CommonJS script so that V8 can cache its compiled code (scripts/build-code-cache.mjs).
if (!isMainThread && workerData === WORKER_MARK) {
  // The same script serves as a lint thread for runs over many files.
  startLintWorker()
} else {
  void run(process.argv.slice(2), {workerScript: process.argv[1]}).then((code) => {
    process.exitCode = code
  })
}
