import process from 'node:process'
import {runAction} from './index.js'

// Entry point of the bundled action (packages/action/bundle/main.mjs, run by
// action.yml). Set the exit code rather than exiting, so output is flushed.
void runAction(process.env).then(
  (code) => {
    process.exitCode = code
  },
  (error: unknown) => {
    // A bug, not a user's mistake: say so in one annotation, keep the trace in the log.
    process.stdout.write(
      `::error::whatfor action failed unexpectedly: ${String((error as Error).message ?? error)
        .replace(/%/g, '%25')
        .replace(/\r/g, '%0D')
        .replace(/\n/g, '%0A')}\n`
    )
    console.error(error)
    process.exitCode = 1
  }
)
