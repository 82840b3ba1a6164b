export {type Citation, citation, formatCitation} from './citation.js'
export {type Essay, type EssayId, essays} from './essays.js'
export {type Quote, type QuoteId, quotes} from './quotes.js'
