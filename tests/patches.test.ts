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
