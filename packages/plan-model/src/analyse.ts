import type {Root} from 'mdast'
import type {VFile} from 'vfile'
import {location} from 'vfile-location'
import {extractBlocks} from './blocks/extract.js'
import {readFrontMatter} from './front-matter.js'
import {withJudgements} from './plan.js'
import {buildStructure, type Structure} from './sections/build.js'
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
  const structure = readStructure(tree, source)
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

/**
 * Blocks, their sentences, and the sections they make. The raw blocks and
 * sentences in between are left behind when this returns: only the
 * structure built from them stays in memory while the later passes run.
 */
function readStructure(tree: Root, source: string): Structure {
  const raws = extractBlocks(tree, source)
  return buildStructure(outline(raws, raws.map(readSentences)), source.length)
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
