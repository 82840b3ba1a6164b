export {essays, type Essay, type EssayId} from './essays.js'
export {quotes, type Quote, type QuoteId} from './quotes.js'
export {citation, formatCitation, type Citation} from './citation.js'
