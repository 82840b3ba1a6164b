import type {Nodes} from 'mdast'
import {socialHosts} from '../lexicons/index.js'
import type {Block} from '../types.js'
import {channelNames, channelWordShare} from './channels.js'
import {
  addLexiconCategories,
  addSection,
  addWords,
  blockKind,
  countBucket,
  type Features,
  indexBucket,
  lengthBucket,
  positionBucket
} from './features.js'
import type {GroupShape} from './group-shape.js'
import type {PlanCore} from './types.js'

interface Links {
  readonly links: number
  readonly social: number
  readonly internal: number
}

// Counted once per node: the lines of a paragraph with typed bullets are blocks that share it.
const linksByNode = new WeakMap<Nodes, Links>()

/** Links under a block's node: accounts, whatever the link text says. */
function linksOf(block: Block): Links {
  let known = linksByNode.get(block.node)
  if (known) return known
  let links = 0
  let social = 0
  let internal = 0
  const stack: unknown[] = [block.node]
  while (stack.length > 0) {
    const node = stack.pop() as {type?: string; url?: string; children?: unknown[]}
    if (node.type === 'link' && typeof node.url === 'string') {
      links++
      const url = node.url.toLowerCase()
      if (socialHosts.some((host) => url.includes(host))) social++
      // An anchor or a relative path: a table of contents or a see-also, not an account.
      else if (!url.includes('://') && !url.startsWith('mailto:')) internal++
    }
    // A list item's node holds its nested lists too: those are their own blocks.
    if (node.children && node.type !== 'list') for (const child of node.children) stack.push(child)
  }
  known = {links, social, internal}
  linksByNode.set(block.node, known)
  return known
}

/** Handles (“@bakery”) a block names. */
function handlesIn(block: Block): number {
  let handles = 0
  for (const sentence of block.sentences)
    for (const token of sentence.tokens) if (token.text === '@') handles++
  return handles
}

/**
 * Features of one block for “is this a channel line-up, account list, channel
 * table, per-channel heading or posting schedule?”. The order in which they
 * are added is the order the model sums them in: keep it.
 */
export function lineUpFeatures(
  plan: PlanCore,
  shape: GroupShape,
  block: Block,
  withSection = true
): Features {
  const features: Features = new Map()
  const {names, share} = addChannelWords(features, block)
  addPlace(features, plan, block)
  if (withSection) addSection(features, block.section)
  addLexiconCategories(features, block.sentences)
  addGroup(features, shape, block)
  addLinks(features, block)
  // A heading that is a channel's name and little else: “## Twitter”, “### LinkedIn (weekly)”.
  if (isHeadingLike(block) && names.size > 0 && share >= 0.5)
    features.set('heading:names-a-channel', 1)
  addStatements(features, plan, block)
  return features
}

function isHeadingLike(block: Block): boolean {
  return block.kind === 'heading' || block.pseudoHeading
}

/** Its words, and how much of them are channel names. */
function addChannelWords(features: Features, block: Block): {names: Set<string>; share: number} {
  let words = 0
  for (const sentence of block.sentences) words += addWords(features, sentence.tokens, 'word')
  const names = new Set<string>()
  for (const sentence of block.sentences) for (const name of channelNames(sentence)) names.add(name)
  features.set(`channels:${countBucket(names.size)}`, 1)
  const share = channelWordShare(block.sentences)
  features.set('channels:word-share', share)
  features.set(`length:${lengthBucket(words)}`, 1)
  if (names.size > 0 && share >= 0.5) features.set('channels:mostly-names', 1)
  return {names, share}
}

/** What kind of block it is and where it stands. */
function addPlace(features: Features, plan: PlanCore, block: Block): void {
  features.set(`block:${blockKind(block)}`, 1)
  if (block.pseudoHeading) features.set('block:pseudo-heading', 1)
  if (block.index === 0 && isHeadingLike(block)) features.set('block:title', 1)
  features.set(`position:${positionBucket(plan, block.start)}`, 1)
  features.set(`block-index:${indexBucket(block.index)}`, 1)
}

/** The list, table or run of headings it belongs to. */
function addGroup(features: Features, shape: GroupShape, block: Block): void {
  if (block.list) {
    const list = shape.listChannelItems.get(block.list.id)
    if (list) {
      features.set('list:channel-items', list.share)
      features.set(`list:channel-item-count:${countBucket(list.count)}`, 1)
    }
    features.set(`list:size:${countBucket(block.list.size)}`, 1)
  }
  if (block.table) {
    const table = shape.tableChannelColumn.get(block.table.id)
    if (table) {
      features.set('table:channel-column', table.share)
      if (table.headed) features.set('table:headed-channel', 1)
    }
  }
  if (isHeadingLike(block)) {
    const siblings = shape.siblingChannelHeadings.get(block) ?? 0
    features.set(`headings:channel-siblings:${countBucket(siblings)}`, 1)
  }
}

function addLinks(features: Features, block: Block): void {
  const links = linksOf(block)
  if (links.links > 0) features.set(`links:${countBucket(links.links)}`, 1)
  if (links.social > 0) features.set(`links:social:${countBucket(links.social)}`, 1)
  if (links.internal > 0) features.set(`links:internal:${countBucket(links.internal)}`, 1)
  if (handlesIn(block) > 0) features.set('has:handle', 1)
}

/** What the statements pass made of its sentences. */
function addStatements(features: Features, plan: PlanCore, block: Block): void {
  let purpose = false
  let goal = false
  let tactic = false
  for (const sentence of block.sentences) {
    purpose ||= plan.purposeStatementSet.has(sentence)
    goal ||= plan.goalStatementSet.has(sentence)
    tactic ||= plan.tacticStatementSet.has(sentence)
  }
  if (purpose) features.set('model:purpose-statement', 1)
  if (goal) features.set('model:goal-statement', 1)
  if (tactic) features.set('model:tactic-statement', 1)
}
