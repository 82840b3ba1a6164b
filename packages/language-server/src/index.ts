export {startWhatforLanguageServer, whatforProcessor, RC_NAME, PACKAGE_FIELD, IGNORE_NAME, CONFIGURATION_SECTION} from './server.js'
export {hoverFor, explainRule} from './hover.js'
export {disableActions, type DisableActionInput} from './disable-actions.js'
