import type {PlanModel} from '@whatfor/plan-model'

/**
 * Where a finding sits in the plan, for reports written for the plan's author:
 * the nearest heading above it (a Markdown heading, a bold pseudo-heading or a
 * plain-text heading line, as the plan model reads them), or the preamble.
 * Stored on each message so it survives the result cache and lint workers,
 * which keep messages but not trees.
 */
export interface FindingSection {
  /** The heading's text; empty before the first heading. */
  readonly title: string
  /** The heading's line (1-based); 0 before the first heading. */
  readonly line: number
}

declare module 'vfile-message' {
  interface VFileMessage {
    /** Set by whatfor's rules: the section the finding sits under. */
    section?: FindingSection | undefined
  }
}

/** The section the offset is in: the last one starting at or before it (sections are in document order). */
export function sectionOf(plan: PlanModel, offset: number): FindingSection {
  const sections = plan.sections
  let low = 0
  let high = sections.length - 1
  let found = -1
  // Binary search: a plan with thousands of sections and findings stays fast.
  while (low <= high) {
    const middle = (low + high) >>> 1
    if (sections[middle]!.start <= offset) {
      found = middle
      low = middle + 1
    } else {
      high = middle - 1
    }
  }
  const section = found >= 0 ? sections[found]! : undefined
  if (!section?.heading) return {title: '', line: 0}
  return {title: section.title, line: plan.point(section.heading.start).line}
}
