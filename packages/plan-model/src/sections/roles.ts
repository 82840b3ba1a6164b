import {PhraseIndex} from '../lexicon.js'
import {roleLexicons} from '../lexicons/index.js'
import {headingFillers, roleLookalikes} from '../lexicons/model-words.js'
import type {SectionRole, Token} from '../types.js'

const roleIndex = new PhraseIndex(roleLexicons)
const ROLE_LOOKALIKES = new Set(roleLookalikes)
const HEADING_FILLERS = new Set(headingFillers)

/** The roles a heading names (“Goals & KPIs” → goals). */
export function rolesOf(tokens: readonly Token[]): Set<SectionRole> {
  const roles = new Set<SectionRole>()
  for (let index = 0; index < tokens.length; index++) {
    if (tokens[index]!.kind !== 'word' || ROLE_LOOKALIKES.has(tokens[index]!.lower)) continue
    for (const phrase of roleIndex.matchAt(tokens, index)) {
      const role = phrase.category.slice('role:'.length) as SectionRole
      // “Who's listening”: the people who listen, not a listening activity.
      roles.add(role === 'listening' && asksWhoIs(tokens, index) ? 'audience' : role)
    }
  }
  return roles
}

/**
 * Roles named at the very start of a line (after numbering and “our/the”):
 * “2.1 Tactics”, “Our goals:”. A short line that merely contains a role word
 * (“Prepared for: Marketing Review”) is not thereby a heading.
 */
export function rolesAtStart(tokens: readonly Token[]): Set<SectionRole> {
  let index = 0
  while (
    index < tokens.length &&
    (tokens[index]!.kind !== 'word' || HEADING_FILLERS.has(tokens[index]!.lower))
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
