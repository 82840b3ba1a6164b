import type {SectionRole, Token} from './types.js'
import {PhraseIndex} from './lexicon.js'
import {roleLexicons} from './lexicons/index.js'

const roleIndex = new PhraseIndex(roleLexicons)

/** The roles a heading names (“Goals & KPIs” → goals). */
export function rolesOf(tokens: readonly Token[]): Set<SectionRole> {
  const roles = new Set<SectionRole>()
  for (let index = 0; index < tokens.length; index++) {
    if (tokens[index]!.kind !== 'word') continue
    for (const phrase of roleIndex.matchAt(tokens, index)) {
      roles.add(phrase.category.slice('role:'.length) as SectionRole)
    }
  }
  return roles
}
