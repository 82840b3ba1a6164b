import {existsSync, readFileSync} from 'node:fs'
import {createRequire} from 'node:module'
import path from 'node:path'
import {pathToFileURL} from 'node:url'
import remarkParse from 'remark-parse'
import {unified} from 'unified'
import {VFile} from 'vfile'
import {describe, expect, test} from 'vitest'
import {parse as parseYaml} from 'yaml'

// The patches of patches/ (see patches/README.md), checked on the packages
// whatfor actually runs: micromark as @whatfor/parse reaches it, and
// unified-engine as the CLI does. An upgrade that installs a version without
// a patch, or a patch entry removed from pnpm-workspace.yaml, fails here.

const root = path.resolve(import.meta.dirname, '..')

/** The folder of `name` as `from` (a file) resolves it. */
function packageDir(from: string, name: string): string {
  let dir = path.dirname(createRequire(from).resolve(name))
  while (!existsSync(path.join(dir, 'package.json')) || !isPackage(dir, name))
    dir = path.dirname(dir)
  return dir
}

function isPackage(dir: string, name: string): boolean {
  return JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8')).name === name
}

const fromMarkdown = packageDir(
  path.join(root, 'packages/parse/package.json'),
  'mdast-util-from-markdown'
)
const installed: Record<string, string> = {
  micromark: packageDir(path.join(fromMarkdown, 'package.json'), 'micromark'),
  'micromark-core-commonmark': packageDir(
    path.join(packageDir(path.join(fromMarkdown, 'package.json'), 'micromark'), 'package.json'),
    'micromark-core-commonmark'
  ),
  'micromark-extension-gfm-strikethrough': packageDir(
    path.join(root, 'packages/parse/package.json'),
    'micromark-extension-gfm-strikethrough'
  ),
  'unified-engine': packageDir(path.join(root, 'packages/cli/package.json'), 'unified-engine'),
  'vfile-reporter': packageDir(path.join(root, 'packages/reporters/package.json'), 'vfile-reporter')
}

const patched: Record<string, string> = parseYaml(
  readFileSync(path.join(root, 'pnpm-workspace.yaml'), 'utf8')
).patchedDependencies

/** The code lines a patch adds, per file (comments and blank lines left out). */
function addedLines(patch: string): Map<string, string[]> {
  const added = new Map<string, string[]>()
  let file: string[] | undefined
  for (const line of patch.split('\n')) {
    const header = /^diff --git a\/(\S+)/.exec(line)
    if (header) {
      file = []
      added.set(header[1]!, file)
    } else if (file && line.startsWith('+') && !line.startsWith('+++')) {
      const code = line.slice(1).trim()
      if (code !== '' && !code.startsWith('//')) file.push(code)
    }
  }
  return added
}

describe.each(Object.entries(patched))('%s (%s)', (key, patchFile) => {
  const name = key.slice(0, key.lastIndexOf('@'))
  const dir = installed[name]!

  test('is a package whatfor installs', () => {
    expect(dir, `no check for ${name}: add where whatfor resolves it`).toBeDefined()
  })

  test.each([...addedLines(readFileSync(path.join(root, patchFile), 'utf8'))])(
    'the installed %s has every line the patch adds',
    (file, lines) => {
      const code = new Set(
        readFileSync(path.join(dir, file), 'utf8')
          .split('\n')
          .map((line) => line.trim())
      )
      expect(lines.filter((line) => !code.has(line))).toEqual([])
    }
  )
})

/** micromark as whatfor installs it, and the attention construct it uses. */
async function micromarkWithAttention() {
  const {micromark} = await import(pathToFileURL(path.join(installed.micromark!, 'index.js')).href)
  const {attention} = await import(
    pathToFileURL(path.join(installed['micromark-core-commonmark']!, 'index.js')).href
  )
  return {micromark, attention}
}

/**
 * Runs `run` and sums the length of every list that micromark-util-chunked's
 * splice moves when called from `resolverFile`: what a resolver pays in copies.
 */
function splicedBy<T>(resolverFile: string, run: () => T): {result: T; moved: number} {
  const splice = Array.prototype.splice
  let moved = 0
  Array.prototype.splice = function (this: unknown[], ...args: Parameters<typeof splice>) {
    // Called by micromark-util-chunked's splice, called by the resolver.
    const [, , chunked, caller] = new Error().stack?.split('\n') ?? []
    if (chunked?.includes('micromark-util-chunked') && caller?.includes(resolverFile))
      moved += this.length
    return splice.apply(this, args)
  }
  try {
    return {result: run(), moved}
  } finally {
    Array.prototype.splice = splice
  }
}

describe('what the patches do', () => {
  test('micromark closes containers without rebuilding the event list (EditMap#consume) each time', async () => {
    const editMap = await import(
      pathToFileURL(
        createRequire(path.join(installed.micromark!, 'package.json')).resolve(
          'micromark-util-edit-map'
        )
      ).href
    )
    const micromark = await import(pathToFileURL(path.join(installed.micromark!, 'index.js')).href)
    const consume = editMap.EditMap.prototype.consume
    let fromContainers = 0
    editMap.EditMap.prototype.consume = function (this: unknown, ...args: unknown[]) {
      if (new Error().stack?.includes('initialize/document.js')) fromContainers++
      return consume.apply(this, args)
    }
    try {
      const document = '> quoted\n\nparagraph\n\n'.repeat(50)
      const events = micromark.postprocess(
        micromark
          .parse()
          .document()
          .write(micromark.preprocess()(document, undefined, true))
      )
      expect(events.length).toBeGreaterThan(0)
    } finally {
      editMap.EditMap.prototype.consume = consume
    }
    expect(fromContainers).toBe(0)
  })

  test('micromark merges runs of text without splicing the event list per run', async () => {
    const {micromark} = await micromarkWithAttention()
    const splice = Array.prototype.splice
    let fromText = 0
    Array.prototype.splice = function (this: unknown[], ...args: Parameters<typeof splice>) {
      if (new Error().stack?.split('\n')[2]?.includes('initialize/text.js')) fromText++
      return splice.apply(this, args)
    }
    let html: string
    try {
      // Each failed link leaves a run of several text tokens to merge.
      html = micromark('[a](<b'.repeat(500))
    } finally {
      Array.prototype.splice = splice
    }
    expect(html).toBe(`<p>${'[a](&lt;b'.repeat(500)}</p>`)
    // Unpatched: one splice per run (500).
    expect(fromText).toBe(0)
  })

  test('micromark-core-commonmark resolves a run of emphasis without splicing the whole event list per match', async () => {
    const {micromark} = await micromarkWithAttention()
    const {result: html, moved} = splicedBy('attention.js', () =>
      micromark('_a_ **b** '.repeat(500))
    )
    expect(html.match(/<em>a<\/em> <strong>b<\/strong>/g)).toHaveLength(500)
    // The length of every list the resolver splices, summed. Unpatched, each of
    // the 1,000 matches splices the whole list (about 10 million); patched, each
    // match rebuilds only its own few events, and the whole list is built once
    // (about 20,000).
    expect(moved).toBeGreaterThan(0)
    expect(moved).toBeLessThan(100000)
  })

  test('micromark-core-commonmark does not look again at openers a closer of the same kind passed over', async () => {
    const {micromark, attention} = await micromarkWithAttention()
    const resolveAll = attention.resolveAll
    let looks = 0
    attention.resolveAll = (
      events: unknown[],
      context: {sliceSerialize: (...args: unknown[]) => string}
    ) => {
      const sliceSerialize = context.sliceSerialize
      context.sliceSerialize = function (this: unknown, ...args: unknown[]) {
        looks++
        return sliceSerialize.apply(this, args)
      }
      try {
        return resolveAll(events, context)
      } finally {
        context.sliceSerialize = sliceSerialize
      }
    }
    let html: string
    try {
      // 500 `_` openers, then 500 `*` closers that none of them fits.
      html = micromark(`${'_a '.repeat(500)}${'b* '.repeat(500)}`)
    } finally {
      attention.resolveAll = resolveAll
    }
    expect(html).not.toContain('<em>')
    // Unpatched: each closer reads the marker of every opener before it
    // (about 500 × 500 × 2 reads); patched: each sequence's marker once.
    expect(looks).toBeLessThan(2000)
  })

  test('micromark-extension-gfm-strikethrough resolves a run of strikethrough without splicing the whole event list per match', async () => {
    const {micromark} = await micromarkWithAttention()
    const {gfmStrikethrough, gfmStrikethroughHtml} = await import(
      pathToFileURL(path.join(installed['micromark-extension-gfm-strikethrough']!, 'index.js')).href
    )
    const {result: html, moved} = splicedBy('syntax.js', () =>
      micromark('~a~ ~~b~~ '.repeat(500), {
        extensions: [gfmStrikethrough()],
        htmlExtensions: [gfmStrikethroughHtml()]
      })
    )
    expect(html.match(/<del>a<\/del> <del>b<\/del>/g)).toHaveLength(500)
    // As for emphasis: unpatched, each match splices the whole list (millions
    // in all); patched, each match rebuilds only its own few events.
    expect(moved).toBeGreaterThan(0)
    expect(moved).toBeLessThan(100000)
  })

  test('unified-engine attaches a configuration’s plugins once, not once per file', async () => {
    const {engine} = await import(
      pathToFileURL(path.join(installed['unified-engine']!, 'index.js')).href
    )
    let attached = 0
    const files = ['a', 'b', 'c'].map(
      (name) => new VFile({path: path.join(root, `${name}.md`), value: '# Plan'})
    )
    await new Promise((resolve, reject) =>
      engine(
        {
          processor: unified().use(remarkParse),
          files,
          plugins: [
            () => {
              attached++
            }
          ],
          silent: true,
          out: false,
          reporter: () => ''
        },
        (error: Error | undefined, code: number) => (error ? reject(error) : resolve(code))
      )
    )
    expect(files.map((file) => file.messages)).toEqual([[], [], []])
    expect(attached).toBe(1)
  })
})
