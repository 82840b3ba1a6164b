#!/usr/bin/env node
// Where the time of a `node --cpu-prof` profile went, by part of whatfor:
// the Markdown parser (micromark and mdast-util-from-markdown), the plan
// model, each rule, the reporters, everything else.
//
//   node scripts/profile-summary.mjs FILE.cpuprofile [--top N]
//
// Prints the share of each part (a sample belongs to the innermost frame of a
// known part, so a library a rule calls counts for that rule), then the
// functions with the most inclusive time (a recursive function counted once
// per sample) and the most time of their own, each with file:line.
import {readFileSync} from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')

/** The part of whatfor a script URL belongs to, or undefined for anything else. */
export function partOf(url) {
  if (/\/(?:micromark[^/]*|mdast-util-from-markdown|mdast-util-gfm[^/]*)\//.test(url))
    return 'parser'
  if (url.includes('/packages/parse/')) return 'parser'
  if (url.includes('/packages/plan-model/')) return 'plan model'
  const rule = /\/rules\/([^/]+)\//.exec(url)
  if (rule) return `rule ${rule[1]}`
  if (url.includes('/packages/reporters/')) return 'reporters'
  if (url.includes('/packages/input-guard/')) return 'input guard'
  if (url.includes('/packages/lint-rule/')) return 'lint-rule'
  if (url.includes('unified-message-control') || url.includes('/packages/preset/')) return 'preset'
  return undefined
}

export function summarise(profile, top = 15) {
  const nodes = new Map(profile.nodes.map((node) => [node.id, node]))
  const parent = new Map()
  for (const node of profile.nodes)
    for (const child of node.children ?? []) parent.set(child, node.id)
  const where = (frame) => {
    const file = frame.url.startsWith('file:')
      ? path
          .relative(root, fileURLToPath(frame.url))
          .replace(/^.*node_modules\/\.pnpm\/[^/]+\/node_modules\//, '')
      : frame.url || '(native)'
    return `${frame.functionName || '(anonymous)'} ${file}:${frame.lineNumber + 1}`
  }
  const parts = new Map()
  const inclusive = new Map()
  const self = new Map()
  let total = 0
  profile.samples.forEach((id, index) => {
    const delta = profile.timeDeltas[index] ?? 0
    total += delta
    let part
    const seen = new Set()
    let first = true
    for (let current = id; current !== undefined; current = parent.get(current)) {
      const frame = nodes.get(current).callFrame
      if (frame.functionName === '(garbage collector)') part ??= 'garbage collection'
      if (frame.functionName === '(idle)' || frame.functionName === '(program)')
        part ??= 'idle/program'
      const key = where(frame)
      if (first) self.set(key, (self.get(key) ?? 0) + delta)
      first = false
      part ??= frame.url ? partOf(frame.url) : undefined
      if (!seen.has(key)) {
        seen.add(key)
        inclusive.set(key, (inclusive.get(key) ?? 0) + delta)
      }
    }
    part ??= 'other'
    parts.set(part, (parts.get(part) ?? 0) + delta)
  })
  const ms = (micro) => `${(micro / 1000).toFixed(0)} ms`
  const pct = (micro) => `${((micro / total) * 100).toFixed(1)}%`
  const lines = [`total ${ms(total)}`, '', 'by part (innermost known frame):']
  for (const [name, value] of [...parts].sort((a, b) => b[1] - a[1]))
    lines.push(`  ${pct(value).padStart(6)}  ${ms(value).padStart(9)}  ${name}`)
  lines.push('', `top ${top} by inclusive time (whatfor and parser frames):`)
  for (const [key, value] of [...inclusive]
    .filter(([key]) => /packages\/|rules\/|micromark|mdast-util/.test(key))
    .sort((a, b) => b[1] - a[1])
    .slice(0, top))
    lines.push(`  ${pct(value).padStart(6)}  ${key}`)
  lines.push('', `top ${top} by own time:`)
  for (const [key, value] of [...self].sort((a, b) => b[1] - a[1]).slice(0, top))
    lines.push(`  ${pct(value).padStart(6)}  ${key}`)
  return lines.join('\n')
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const [file] = process.argv.slice(2)
  const topIndex = process.argv.indexOf('--top')
  const top = topIndex === -1 ? 15 : Number(process.argv[topIndex + 1])
  console.log(summarise(JSON.parse(readFileSync(file, 'utf8')), top))
}
