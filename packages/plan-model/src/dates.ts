import type {Token} from './types.js'

/**
 * A weekday named as a date (“planning chat, Sunday 9 March”, “Thursday
 * 12th”, “read before Thursday”) is not a posting cadence (“Mondays: tips”,
 * “Fri 5pm”). Only weekdays are judged: “daily” or “every week” always are one.
 */
const WEEKDAYS = new Set([
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
  'mon',
  'tue',
  'tues',
  'wed',
  'thu',
  'thur',
  'thurs',
  'fri',
  'sat',
  'sun'
])
const MONTHS = new Set([
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec'
])
const QUARTERS_AND_SEASONS = new Set([
  'q1',
  'q2',
  'q3',
  'q4',
  'spring',
  'summer',
  'autumn',
  'fall',
  'winter'
])

/** A month, a quarter or a season (“March”, “Q3”, “autumn”), lower-cased. */
export function isCalendarWord(lower: string): boolean {
  return MONTHS.has(lower) || QUARTERS_AND_SEASONS.has(lower)
}
// Words that point at one day rather than a recurring one.
const ONE_DAY = new Set(['before', 'by', 'until', 'till', 'next', 'this', 'last', 'since'])
const ORDINAL = /^\d{1,2}(?:st|nd|rd|th)$/

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
