/**
 * Which documents the extension hands to the server: the files the `whatfor`
 * command lints when given a folder (`.md`, `.markdown` and `.txt`: plans
 * are often plain text), whatever language VS Code gave them, and any other
 * Markdown file on disk. A `.txt` plan opens as `plaintext`, so the
 * extension wakes for that language too (see `activationEvents`).
 *
 * The list is the text formats among the CLI's DEFAULT_EXTENSIONS (a .docx
 * is a zip archive no text editor opens), repeated rather than imported so
 * the client bundle stays free of the CLI; a test keeps them and the
 * pattern equal.
 */
export const PLAN_EXTENSIONS = ['md', 'markdown', 'txt'] as const

export const PLAN_SELECTOR = [
  // unified-engine reads config files by the plan's path: only files on disk.
  {scheme: 'file', language: 'markdown'},
  {scheme: 'file', pattern: '**/*.{md,markdown,txt}'}
]

/** The languages VS Code gives plan files, each an `onLanguage` activation event. */
export const PLAN_LANGUAGES = ['markdown', 'plaintext'] as const
