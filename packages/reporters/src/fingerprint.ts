import {createHash} from 'node:crypto'
import type {Finding, LineIndex} from './findings.js'

/**
 * A finding's identity that survives edits elsewhere in the file: its rule
 * and the text it flags, with whitespace normalised — never its line number.
 * A finding about something missing points at one spot (the start of the
 * document or section), whose text is whatever happens to come first; its
 * identity is then its reason, which names what is missing. The SARIF
 * reporter and `--baseline` both use it, so a finding code scanning knows is
 * the finding the baseline knows.
 */
export function flaggedText(finding: Finding, lines: LineIndex): string {
  if (finding.start && finding.end) {
    const from = lines.offset(finding.start)
    const to = lines.offset(finding.end)
    if (to > from) return normalizeText(lines.text.slice(from, to))
  }
  return normalizeText(finding.reason)
}

export function normalizeText(text: string): string {
  return text.normalize('NFC').replace(/\s+/g, ' ').trim()
}

/** Hex digest of rule + normalised flagged text. */
export function contentHash(ruleId: string, text: string): string {
  return createHash('sha256').update(`${ruleId}\u0000${text}`).digest('hex').slice(0, 32)
}

/**
 * Content fingerprints for a file's findings, with an occurrence counter so
 * two identical findings in one file stay apart (`hash:1`, `hash:2`), the
 * shape of GitHub's own primaryLocationLineHash.
 */
export function fingerprints(findings: readonly Finding[], lines: LineIndex): string[] {
  const seen = new Map<string, number>()
  return findings.map((finding) => {
    const hash = contentHash(finding.ruleId, flaggedText(finding, lines))
    const count = (seen.get(hash) ?? 0) + 1
    seen.set(hash, count)
    return `${hash}:${count}`
  })
}
