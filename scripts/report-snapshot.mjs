#!/usr/bin/env node
// A snapshot of what whatfor makes of every fixture, to prove that a refactor
// changed nothing: the JSON report of the CLI (every rule on, including those
// off by default) and a hash of the whole plan model (sections, blocks,
// sentences, tokens, lexicon matches, statements and judgements) per file.
// Run it before and after a change and compare the two files byte for byte.
//
//   node scripts/report-snapshot.mjs [--out FILE]   (default: report-snapshot.json)
//
// Fixtures are fixtures/**/*.md and *.txt, symlinked folders followed (the
// real-plan texts are a git-ignored symlink). The CLI is the built one: run
// `pnpm build` first.
import {spawnSync} from 'node:child_process'
import {createHash} from 'node:crypto'
import {mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync} from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {loadPlanModel, root} from './load-ts.mjs'

const args = process.argv.slice(2)
const out = path.resolve(
  args.includes('--out') ? args[args.indexOf('--out') + 1] : 'report-snapshot.json'
)
const cli = path.join(root, 'packages/cli/bin/whatfor.mjs')

/** Fixture files under a folder, sorted, following symlinked folders. */
function fixtures(folder) {
  const found = []
  for (const name of readdirSync(folder).sort()) {
    const full = path.join(folder, name)
    const stats = statSync(full)
    if (stats.isDirectory()) found.push(...fixtures(full))
    else if (/\.(md|txt)$/.test(name)) found.push(path.relative(root, full))
  }
  return found
}

/** A config with every rule on: those off by default become warnings. */
function everyRuleOn() {
  const listed = spawnSync(process.execPath, [cli, '--list-rules'], {cwd: root, encoding: 'utf8'})
  const rules = {}
  for (const line of listed.stdout.split('\n')) {
    const [id, severity] = line.trim().split(/\s+/)
    if (id && severity) rules[id] = severity === 'off' ? 'warning' : severity
  }
  return {rules}
}

/** The CLI's JSON report per file, sorted by path, without the run's own fields. */
function reports(files) {
  const temporary = mkdtempSync(path.join(os.tmpdir(), 'whatfor-snapshot-'))
  const rc = path.join(temporary, 'rc.json')
  writeFileSync(rc, JSON.stringify(everyRuleOn()))
  const run = spawnSync(
    process.execPath,
    [cli, '--report', 'json', '--rc-path', rc, '--no-ignore', ...files],
    {cwd: root, encoding: 'utf8', maxBuffer: 1 << 30}
  )
  rmSync(temporary, {recursive: true, force: true})
  if (run.status === 2 || !run.stdout.startsWith('[')) {
    throw new Error(`whatfor failed (exit ${run.status}): ${run.stderr.slice(0, 2000)}`)
  }
  const byPath = new Map()
  for (const file of JSON.parse(run.stdout)) {
    // Messages made in worker threads may lack `ancestors` (issue 13): not detection.
    const messages = file.messages.map(({ancestors: _ancestors, ...message}) => message)
    byPath.set(file.path, messages)
  }
  return byPath
}

// The plan model in process, from the sources of this tree, parsed as the preset parses.
const {analyse, parse} = await loadPlanModel('report-snapshot')

/** Everything the plan model says about a document, as plain data. */
function modelOf(source) {
  const plan = analyse(parse(source), source)
  const sentenceIndex = (sentence) => sentence.index
  const blockIndex = (block) => block?.index
  const match = (m) =>
    [m.category, m.entry.phrase, m.canonical, m.sentence.index, m.first, m.last].concat([
      m.start,
      m.end,
      m.negated,
      m.quoted
    ])
  const lineUp = (l) => l && [l.unit.index, l.score, l.start, l.end]
  return {
    sections: plan.sections.map((s) => ({
      index: s.index,
      title: s.title,
      depth: s.depth,
      heading: blockIndex(s.heading),
      ownRoles: [...s.ownRoles],
      roles: [...s.roles],
      parent: s.parent?.index,
      start: s.start,
      end: s.end,
      blocks: s.blocks.map(blockIndex)
    })),
    blocks: plan.blocks.map((b) => ({
      index: b.index,
      kind: b.kind,
      text: b.text,
      start: b.start,
      end: b.end,
      node: [b.node.type, b.node.position?.start.offset, b.node.position?.end.offset],
      section: b.section.index,
      list: b.list,
      table: b.table,
      pseudoHeading: b.pseudoHeading,
      sentences: b.sentences.map(sentenceIndex)
    })),
    sentences: plan.sentences.map((s) => ({
      index: s.index,
      text: s.text,
      start: s.start,
      end: s.end,
      block: s.block.index,
      tokens: s.tokens.map((t) => [
        t.index,
        t.text,
        t.lower,
        t.stem,
        t.kind,
        t.start,
        t.end,
        t.quoted
      ]),
      matches: s.matches.map(match)
    })),
    purposeStatements: plan.purposeStatements.map(sentenceIndex),
    goalStatements: plan.goalStatements.map(sentenceIndex),
    tacticStatements: plan.tacticStatements.map(sentenceIndex),
    channelMentions: plan.channelMentions.map(match),
    purposeStart: plan.purposeStart,
    frontMatter: plan.frontMatter,
    whatForStatements: plan.whatForStatements.map(sentenceIndex),
    whatForStart: plan.whatForStart,
    channelLineUps: plan.channelLineUps.map(lineUp),
    channelOpening: lineUp(plan.channelOpening),
    channelFirstScore: plan.channelFirstScore,
    whatForScore: plan.whatForScore
  }
}

const files = fixtures(path.join(root, 'fixtures'))
const byPath = reports(files)
const snapshot = {}
for (const file of files) {
  const model = JSON.stringify(modelOf(readFileSync(path.join(root, file), 'utf8')))
  snapshot[file] = {
    model: createHash('sha256').update(model).digest('hex'),
    messages: byPath.get(file) ?? null
  }
}
writeFileSync(out, `${JSON.stringify(snapshot, null, 1)}\n`)
const messages = Object.values(snapshot).reduce(
  (sum, entry) => sum + (entry.messages?.length ?? 0),
  0
)
console.log(`${files.length} fixtures, ${messages} messages: ${out}`)
console.log(`sha256 ${createHash('sha256').update(readFileSync(out)).digest('hex')}`)
