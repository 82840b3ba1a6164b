/**
 * Stands in for `vfile-reporter` in the language server's bundle (an esbuild
 * alias in scripts/bundles.json and the VS Code packaging script).
 *
 * unified-engine ends every run by formatting a text report of all messages
 * and writing it to `streamError`; unified-language-server gives it a stream
 * nobody reads. In an editor that is a report per keystroke, measured at about
 * a tenth of a re-lint of a 50 KB plan. The diagnostics come from the
 * messages themselves, so the report is skipped: an empty report is written
 * nowhere. (The CLI's reporters, also in the bundle through `whatfor`'s
 * index, are never called by the server.)
 */
export function reporter(): string {
  return ''
}

export default reporter
