import type {Extension as MdastExtension} from 'mdast-util-from-markdown'

/** What a processor's `fromMarkdownExtensions` may hold: extensions, and lists of them (remark-gfm adds one list). */
export type MdastExtensions = ReadonlyArray<MdastExtension | MdastExtensions> | undefined

/**
 * The token types that the mdast extensions already on a processor turn into
 * nodes: the names of their `enter` and `exit` handlers. A syntax is
 * registered when every token type of its mdast extension is handled; this
 * is what whatfor's plugins check so that beside remark-gfm or
 * remark-frontmatter (in a `.remarkrc`) they add no syntax a second time.
 */
export function handledTokens(extensions: MdastExtensions): Set<string> {
  const handled = new Set<string>()
  const visit = (list: MdastExtensions): void => {
    for (const extension of list ?? []) {
      if (Array.isArray(extension)) visit(extension)
      else for (const name of tokensOf(extension as MdastExtension)) handled.add(name)
    }
  }
  visit(extensions)
  return handled
}

/** Whether every token type `extension` handles is handled already. */
export function isRegistered(extension: MdastExtension, handled: ReadonlySet<string>): boolean {
  const tokens = tokensOf(extension)
  return tokens.length > 0 && tokens.every((name) => handled.has(name))
}

function tokensOf(extension: MdastExtension): string[] {
  return [...Object.keys(extension.enter ?? {}), ...Object.keys(extension.exit ?? {})]
}
