#!/usr/bin/env node
// The floor for benchmark (b): every Markdown file under a folder parsed by
// mdast-util-from-markdown alone, in one process — no plugins, no rules, no
// reporting. Nothing that lints Markdown can beat this by much.
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

let nodes = 0
for (const file of markdownFiles(process.argv[2] ?? '.')) nodes += fromMarkdown(readFileSync(file)).children.length
console.log(`${nodes} top-level nodes`)
