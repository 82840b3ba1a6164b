import type {Block, Section, SectionRole} from '../types.js'

/** A section while the sections pass builds it; published read-only. */
export type SectionDraft = {-readonly [K in keyof Section]: Section[K]} & {blocks: Block[]}

export function newSection(
  index: number,
  title: string,
  depth: number,
  ownRoles: ReadonlySet<SectionRole>,
  parent: Section | undefined
): SectionDraft {
  return {
    index,
    title,
    depth,
    heading: undefined,
    ownRoles,
    roles: ownRoles,
    parent,
    start: 0,
    end: 0,
    blocks: []
  }
}

/** The section a new heading of `depth` nests in: the nearest open one above its level. */
export function parentFor(current: Section, depth: number): Section {
  let parent = current
  // The preamble (depth 0, no parent) is above every heading.
  while (parent.depth >= depth && parent.parent) parent = parent.parent
  return parent
}

/**
 * Section extents, from the heading to the next section at the same or a
 * higher level, in one pass with a stack of open sections (deepest on top):
 * a long document has thousands of sections. Then each section's roles: its
 * own, or the nearest enclosing section's when it names none.
 */
export function finishSections(sections: readonly SectionDraft[], sourceLength: number): void {
  const open: SectionDraft[] = []
  for (const section of sections) {
    section.start = section.heading ? section.heading.start : 0
    while (open.length > 0 && (open.at(-1)!.depth === 0 || section.depth <= open.at(-1)!.depth))
      open.pop()!.end = section.heading?.start ?? sourceLength
    open.push(section)
  }
  for (const section of open) section.end = sourceLength
  for (const section of sections) section.roles = effectiveRoles(section)
}

function effectiveRoles(section: Section): ReadonlySet<SectionRole> {
  for (let cursor: Section | undefined = section; cursor; cursor = cursor.parent) {
    if (cursor.ownRoles.size > 0) return cursor.ownRoles
  }
  return section.ownRoles
}
