import {invocation} from './command-line.js'
import {startWhatforLanguageServer} from './server.js'

// The server loads its processor by this module's URL (see server.ts); in the
// bundle that URL is the bundle's, so the bundle must export it too.
export {whatforProcessor} from './server.js'

const asked = invocation(process.argv.slice(2))
if (asked.kind === 'serve') {
  startWhatforLanguageServer()
} else {
  const stream = asked.kind === 'print' ? process.stdout : process.stderr
  stream.write(asked.text)
  process.exitCode = asked.kind === 'print' ? 0 : 2
}
