import {startWhatforLanguageServer} from './server.js'

// The server loads its processor by this module's URL (see server.ts); in the
// bundle that URL is the bundle's, so the bundle must export it too.
export {whatforProcessor} from './server.js'

startWhatforLanguageServer()
