#!/usr/bin/env node
// The floor for benchmark (b): every Markdown file under a folder parsed by
// mdast-util-from-markdown alone, in one process — no plugins, no rules, no
// reporting. Nothing that lints Markdown can beat this by much.
//
//   node scripts/bench-parse-floor.mjs DIR           bare CommonMark parse (the floor)
//   node scripts/bench-parse-floor.mjs DIR --gfm     + GFM and front matter, as remark-gfm parses them
//   node scripts/bench-parse-floor.mjs DIR --whatfor + GFM and front matter, with whatfor's parser
//                                                    (each GFM construct only where a document can use it)
// The two extra modes show how much of the gap to the floor is the syntax a
// plan linter must read (tables, front matter) rather than the linting.
import {readdirSync, readFileSync} from 'node:fs'
import path from 'node:path'
import {fromMarkdown} from 'mdast-util-from-markdown'

function markdownFiles(dir) {
  return readdirSync(dir, {withFileTypes: true}).flatMap((entry) => {
    const full = path.join(dir, entry.name)
    if (entry.isDirectory()) return markdownFiles(full)
    return /\.(md|markdown)$/.test(entry.name) ? [full] : []
  })
}

const mode = process.argv[3] ?? '--bare'
// The parsers of the other modes are imported only for them: the floor pays for nothing else.
async function processorFor(parser, gfm) {
  const [{unified}, {default: remarkFrontmatter}] = await Promise.all([
    import('unified'),
    import('remark-frontmatter')
  ])
  const processor = unified().use(parser).use(remarkFrontmatter).use(gfm).freeze()
  return (value) => processor.parse(String(value))
}
const parsers = {
  '--bare': async () => (value) => fromMarkdown(value),
  '--gfm': async () =>
    processorFor((await import('remark-parse')).default, (await import('remark-gfm')).default),
  '--whatfor': async () => {
    const {default: whatforParse, gfmWhereUsed} = await import('@whatfor/parse')
    return processorFor(whatforParse, gfmWhereUsed)
  }
}
if (!parsers[mode]) throw new Error(`Unknown mode ${mode}: expected --bare, --gfm or --whatfor`)
const parse = await parsers[mode]()

let nodes = 0
for (const file of markdownFiles(process.argv[2] ?? '.'))
  nodes += parse(readFileSync(file)).children.length
console.log(`${nodes} top-level nodes`)
