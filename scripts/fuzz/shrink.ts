/**
 * Delta debugging on text: remove ever smaller runs of lines, then of
 * characters, keeping each removal after which the document still fails.
 * What is left is a reproducer a person can read: usually a few lines.
 */

export interface ShrinkOptions {
  /** Stop after this long, with the smallest failing text found so far. */
  readonly budgetMs: number
  /** Characters are removed one run at a time only below this length (lines always). */
  readonly maxCharacterPass?: number
}

export async function shrink(
  text: string,
  fails: (candidate: string) => Promise<boolean>,
  options: ShrinkOptions
): Promise<string> {
  const deadline = performance.now() + options.budgetMs
  let current = text
  current = await removeRuns(splitLines(current), fails, deadline)
  if (current.length <= (options.maxCharacterPass ?? 4000))
    current = await removeRuns(Array.from(current), fails, deadline)
  return current
}

/** Lines with their line endings, so that joining them gives the text back. */
function splitLines(text: string): string[] {
  const lines: string[] = []
  let start = 0
  for (let index = 0; index < text.length; index++) {
    const character = text[index]
    if (character !== '\n' && character !== '\r') continue
    if (character === '\r' && text[index + 1] === '\n') index++
    lines.push(text.slice(start, index + 1))
    start = index + 1
  }
  if (start < text.length) lines.push(text.slice(start))
  return lines
}

async function removeRuns(
  parts: string[],
  fails: (candidate: string) => Promise<boolean>,
  deadline: number
): Promise<string> {
  let chunk = Math.max(1, Math.floor(parts.length / 2))
  while (performance.now() < deadline) {
    let removed = false
    for (let start = 0; start < parts.length && performance.now() < deadline; ) {
      const candidate = [...parts.slice(0, start), ...parts.slice(start + chunk)]
      if (candidate.length > 0 && (await fails(candidate.join('')))) {
        parts = candidate
        removed = true
      } else {
        start += chunk
      }
    }
    if (chunk === 1 && !removed) break
    if (!removed || chunk > 1) chunk = Math.max(1, Math.floor(chunk / 2))
  }
  return parts.join('')
}
