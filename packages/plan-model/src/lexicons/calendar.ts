/**
 * Calendar words: weekdays, months, quarters and seasons. The plan model reads
 * them to tell a posting cadence (“Mondays: tips”) from a date (“Sunday 9
 * March”), and a month's short form from the end of a sentence (“Jan. 5”).
 */

export const weekdays: readonly string[] = [
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
]

/** Months' short forms, which a full stop may follow mid-sentence. */
export const monthAbbreviations: readonly string[] = [
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
]

export const months: readonly string[] = [
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
  ...monthAbbreviations
]

export const quartersAndSeasons: readonly string[] = [
  'q1',
  'q2',
  'q3',
  'q4',
  'spring',
  'summer',
  'autumn',
  'fall',
  'winter'
]

/** Words that point at one day rather than a recurring one (“before Thursday”). */
export const oneDayWords: readonly string[] = [
  'before',
  'by',
  'until',
  'till',
  'next',
  'this',
  'last',
  'since'
]
