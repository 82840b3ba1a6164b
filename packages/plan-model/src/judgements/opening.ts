import type {Block} from '../types.js'
import {channelNames} from './channels.js'
import type {GroupShape} from './group-shape.js'
import type {Models} from './judge.js'
import {probability} from './model.js'
import {openingFeatures} from './opening-features.js'
import type {PlanCore} from './types.js'

/** What the doc-level decision knows of one block. */
export interface BlockEvidence {
  readonly start: number
  /** The line-up model's probability. */
  readonly score: number
  readonly heading: boolean
  /** Distinct channel names the block names in the plan's own voice. */
  readonly channels: number
  /** Channels its whole list or table names (items or cells naming one); the block's own count otherwise. */
  readonly groupChannels: number
  /** The block says “channels”, “platforms”, “social media” and the like. */
  readonly channelCue: boolean
  /** In the title block or the first section with content: rules.md's “opening”. */
  readonly inOpening: boolean
}

/**
 * Where the opening ends: after the title block and the first section that
 * has content of its own (a lone title heading and its section do not count
 * as that first section).
 */
export function openingEnd(plan: PlanCore): number {
  const first = plan.sections.find(
    (section) => section.depth > 0 && section.heading?.index !== 0 && section.blocks.length > 0
  )
  if (!first) return plan.source.length
  const next = plan.sections
    .slice(first.index + 1)
    .find((section) => section.depth > 0 && section.depth <= first.depth)
  return next?.start ?? plan.source.length
}

/** Evidence for one block, from the plan model. */
export function blockEvidence(
  block: Block,
  score: number,
  opening: number,
  shape: GroupShape
): BlockEvidence {
  const names = new Set<string>()
  let channelCue = false
  // Where its channels start: a paragraph can state the What For and name channels after it.
  let start = block.start
  for (const sentence of block.sentences) {
    const named = channelNames(sentence)
    if (names.size === 0 && named.size > 0) start = sentence.start
    for (const name of named) names.add(name)
    channelCue ||= sentence.matches.some(
      (match) => match.category === 'channel-cue' && !match.quoted && !match.negated
    )
  }
  return {
    start,
    score,
    heading: block.kind === 'heading' || block.pseudoHeading,
    channels: names.size,
    groupChannels: Math.max(groupChannels(block, shape), names.size),
    channelCue,
    inOpening: block.start < opening
  }
}

/** A list or table is judged whole: its items, or its body cells in the channel column, that name a channel. */
function groupChannels(block: Block, shape: GroupShape): number {
  if (block.list) return shape.listChannelItems.get(block.list.id)?.count ?? 0
  if (!block.table) return 0
  return Math.round(
    (shape.tableChannelColumn.get(block.table.id)?.share ?? 0) * Math.max(0, block.table.rows - 1)
  )
}

/** The inputs of the doc-level channel-first decision, from the unit scores. */
export interface OpeningEvidence {
  /** Line-up scores of the blocks in document order, with where each starts. */
  readonly blockScores: ReadonlyArray<BlockEvidence>
  /** Where the first What For starts, if any. */
  readonly whatForStart: number | undefined
  readonly length: number
}

/**
 * Does the plan start from its channels, and where? The doc-level model
 * decides; a line-up of three channels or more standing in the opening itself
 * (the title block or the first section, before any What For) is rules.md's
 * own case and starts from channels whatever else the plan holds.
 */
export function decideOpening(
  evidence: OpeningEvidence,
  models: Pick<Models, 'lineUp' | 'opening'>
): {score: number; index: number} {
  const strong = models.lineUp.threshold
  const score = probability(models.opening, openingFeatures(evidence, strong))
  if (score >= models.opening.threshold) return {score, index: openingLineUpIndex(evidence, strong)}
  const limit = evidence.whatForStart ?? evidence.length
  return {
    score,
    index: evidence.blockScores.findIndex(
      (block) =>
        block.inOpening && block.start < limit && block.score >= strong && block.groupChannels >= 3
    )
  }
}

/**
 * The block a channel-first finding points at, before the What For: the first
 * strong line-up that names a channel; else the first strong one that is no
 * heading (a “## Channels” or “## Content calendar” heading is only the door
 * to the line-up); else the first strong one; else the strongest.
 */
export function openingLineUpIndex(evidence: OpeningEvidence, strong: number): number {
  const limit = evidence.whatForStart ?? evidence.length
  let firstStrong = -1
  let firstStrongContent = -1
  let strongest = -1
  for (let index = 0; index < evidence.blockScores.length; index++) {
    const block = evidence.blockScores[index]!
    if (block.start >= limit) break
    if (block.score >= strong) {
      if (block.channels > 0) return index
      if (firstStrong === -1) firstStrong = index
      if (firstStrongContent === -1 && !block.heading) firstStrongContent = index
    }
    if (strongest === -1 || block.score > evidence.blockScores[strongest]!.score) strongest = index
  }
  if (firstStrongContent !== -1) return firstStrongContent
  return firstStrong !== -1 ? firstStrong : strongest
}
