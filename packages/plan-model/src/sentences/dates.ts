import {months, oneDayWords, quartersAndSeasons, weekdays} from '../lexicons/calendar.js'
import type {Token} from '../types.js'

const WEEKDAYS = new Set(weekdays)
const MONTHS = new Set(months)
const QUARTERS_AND_SEASONS = new Set(quartersAndSeasons)
const ONE_DAY = new Set(oneDayWords)
const ORDINAL = /^\d{1,2}(?:st|nd|rd|th)$/

/** A month, a quarter or a season (“March”, “Q3”, “autumn”), lower-cased. */
export function isCalendarWord(lower: string): boolean {
  return MONTHS.has(lower) || QUARTERS_AND_SEASONS.has(lower)
}

/**
 * A weekday named as a date (“planning chat, Sunday 9 March”, “Thursday
 * 12th”, “read before Thursday”) is not a posting cadence (“Mondays: tips”,
 * “Fri 5pm”). Only weekdays are judged: “daily” or “every week” always are one.
 */
export function isWeekdayDate(tokens: readonly Token[], first: number, last: number): boolean {
  if (first !== last || !WEEKDAYS.has(tokens[first]!.lower)) return false
  const before = tokens[first - 1]
  if (before && ONE_DAY.has(before.lower)) return true
  let next = tokens[last + 1]
  if (next?.text === ',') next = tokens[last + 2]
  if (!next) return false
  if (ORDINAL.test(next.lower)) return true
  if (MONTHS.has(next.lower)) return true
  // Tokens carry their index within the sentence.
  const afterNumber = tokens[next.index + 1]
  return (
    next.kind === 'number' &&
    afterNumber !== undefined &&
    (MONTHS.has(afterNumber.lower) || ORDINAL.test(afterNumber.lower))
  )
}
