export {type DisableActionInput, disableActions} from './disable-actions.js'
export {explainRule, hoverFor} from './hover.js'
export {
  CONFIGURATION_SECTION,
  IGNORE_NAME,
  PACKAGE_FIELD,
  RC_NAME,
  startWhatforLanguageServer,
  whatforProcessor
} from './server.js'
