import process from 'node:process'
import {run} from './run.js'

// Entry point of the bundled command. Set the exit code rather than calling
// process.exit so pending output is flushed.
process.exitCode = await run(process.argv.slice(2))
