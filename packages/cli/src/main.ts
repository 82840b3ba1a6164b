import process from 'node:process'
import {run} from './run.js'

// Entry point of the bundled command. Set the exit code rather than calling
// process.exit so pending output is flushed. No top-level await: the bundle is
// a CommonJS script so that V8 can cache its compiled code (scripts/build-code-cache.mjs).
void run(process.argv.slice(2)).then((code) => {
  process.exitCode = code
})
