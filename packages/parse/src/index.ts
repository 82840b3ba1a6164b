export {default as gfmWhereUsed} from './gfm.js'
export {extensionsFor, onlyWhere, type SyntaxTest} from './needs.js'
export {default, default as whatforParse} from './parse.js'
export {handledTokens, isRegistered, type MdastExtensions} from './registered.js'
