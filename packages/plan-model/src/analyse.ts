import type {Root} from 'mdast'
import type {VFile} from 'vfile'
import {location} from 'vfile-location'
import {extractBlocks} from './blocks/extract.js'
import {readFrontMatter} from './front-matter.js'
import {withJudgements} from './plan.js'
import {buildStructure} from './sections/build.js'
import {outline} from './sections/outline.js'
import {readSentences} from './sentences/read.js'
import {buildLookups} from './statements/lookups.js'
import {readStatements} from './statements/statements.js'
import type {PlanModel} from './types.js'

const cache = new WeakMap<Root, PlanModel>()

/**
 * The plan model of a document, computed once per tree and shared by every
 * rule that asks for it.
 */
export function getPlan(tree: Root, file: VFile): PlanModel {
  let plan = cache.get(tree)
  if (!plan) {
    plan = analyse(tree, String(file.value ?? ''))
    cache.set(tree, plan)
  }
  return plan
}

/**
 * The plan model, as passes that each read the output of the one before and
 * leave it as it is: blocks of the plan's own voice → their sentences, tokens
 * and lexicon phrases → sections with their roles → statements (purpose,
 * goals, tactics) → the learned judgements, made on first use.
 */
export function analyse(tree: Root, source: string): PlanModel {
  const raws = extractBlocks(tree, source)
  const parts = outline(raws, raws.map(readSentences))
  const structure = buildStructure(parts, source.length)
  const lookups = buildLookups(structure.blocks, structure.sentences)
  const statements = readStatements(structure.sentences, lookups.tableRowCells)
  return withJudgements({
    source,
    ...structure,
    ...statements,
    ...lookups,
    frontMatter: readFrontMatter(tree, source),
    point: pointer(source)
  })
}

/** The offset → line/column converter of a file, indexed on first use. */
function pointer(source: string): PlanModel['point'] {
  let place: ReturnType<typeof location> | undefined
  return (offset) => {
    place ??= location(source)
    const point = place.toPoint(Math.max(0, Math.min(offset, source.length)))
    return point
      ? {line: point.line, column: point.column, offset: point.offset ?? offset}
      : {line: 1, column: 1, offset: 0}
  }
}
