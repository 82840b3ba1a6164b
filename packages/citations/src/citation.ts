import {type Essay, essays} from './essays.js'
import {type QuoteId, quotes} from './quotes.js'

/** A quote together with the essay it comes from: what a finding cites. */
export interface Citation {
  readonly quoteId: QuoteId
  readonly quote: string
  readonly essay: Essay
}

export function citation(quoteId: QuoteId): Citation {
  const quote = quotes[quoteId]
  return {quoteId, quote: normalizeSpace(quote.text), essay: essays[quote.essay]}
}

/**
 * The one-paragraph form used as a message `note`:
 * “quote” — Title, Author, date, URL
 */
export function formatCitation(cited: Citation): string {
  const {essay} = cited
  return `\u201c${cited.quote}\u201d \u2014 ${essay.title}, ${essay.author}, ${essay.date}, ${essay.url}`
}

// Essays sometimes carry double spaces; a quote keeps them for the verbatim
// check but shows them collapsed.
function normalizeSpace(value: string): string {
  return value.replace(/\s+/g, ' ').trim()
}
