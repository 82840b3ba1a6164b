/**
 * The depth of a section opened by a pseudo-heading (a bold line, a list
 * item's lead, a plain-text heading line): below every Markdown heading
 * level (1–6), so a pseudo-heading never closes a real section.
 */
export const PSEUDO_HEADING_DEPTH = 7
