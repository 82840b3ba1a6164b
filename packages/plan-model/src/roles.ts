import {PhraseIndex} from './lexicon.js'
import {roleLexicons} from './lexicons/index.js'
import type {SectionRole, Token} from './types.js'

const roleIndex = new PhraseIndex(roleLexicons)

// Words that stem like a role word and mean something else: “Initial
// situation” is no list of initiatives.
const STEM_LOOKALIKES = new Set(['initial', 'initially'])

/** The roles a heading names (“Goals & KPIs” → goals). */
export function rolesOf(tokens: readonly Token[]): Set<SectionRole> {
  const roles = new Set<SectionRole>()
  for (let index = 0; index < tokens.length; index++) {
    if (tokens[index]!.kind !== 'word' || STEM_LOOKALIKES.has(tokens[index]!.lower)) continue
    for (const phrase of roleIndex.matchAt(tokens, index)) {
      const role = phrase.category.slice('role:'.length) as SectionRole
      // “Who's listening”: the people who listen, not a listening activity.
      roles.add(role === 'listening' && asksWhoIs(tokens, index) ? 'audience' : role)
    }
  }
  return roles
}

const LEADING_FILLERS = new Set([
  'our',
  'the',
  'my',
  'a',
  'an',
  'your',
  'key',
  'main',
  'overall',
  'section',
  'part',
  'appendix'
])

/**
 * Roles named at the very start of a line (after numbering and “our/the”):
 * “2.1 Tactics”, “Our goals:”. A short line that merely contains a role word
 * (“Prepared for: Marketing Review”) is not thereby a heading.
 */
export function rolesAtStart(tokens: readonly Token[]): Set<SectionRole> {
  let index = 0
  while (
    index < tokens.length &&
    (tokens[index]!.kind !== 'word' || LEADING_FILLERS.has(tokens[index]!.lower))
  )
    index++
  const roles = new Set<SectionRole>()
  if (index >= tokens.length) return roles
  for (const phrase of roleIndex.matchAt(tokens, index))
    roles.add(phrase.category.slice('role:'.length) as SectionRole)
  return roles
}

/** The word at `index` follows “who's” or “who is”. */
function asksWhoIs(tokens: readonly Token[], index: number): boolean {
  const previous = tokens[index - 1]?.lower
  return previous === "who's" || (previous === 'is' && tokens[index - 2]?.lower === 'who')
}
