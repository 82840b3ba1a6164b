import {maxOf} from './model.js'
import type {BlockEvidence, OpeningEvidence} from './opening.js'

const OPENING_BLOCKS = 6

/**
 * Doc-level features for “does this plan start from its channels?”: how much
 * of what comes before the What For is line-up, how early the first line-up
 * stands, how many headings are channels. Read by a small second model, so
 * one stray channel list deep in a long plan weighs less than an opening one.
 */
export function openingFeatures(evidence: OpeningEvidence, strong: number): Map<string, number> {
  const limit = evidence.whatForStart ?? evidence.length
  const before = evidence.blockScores.filter((block) => block.start < limit)
  const opening = before.slice(0, OPENING_BLOCKS)
  const firstStrong = before.findIndex((block) => block.score >= strong)
  const features = new Map<string, number>()
  features.set('opening:max-line-up', maxOf(opening.map((block) => block.score)))
  features.set('before-what-for:max-line-up', maxOf(before.map((block) => block.score)))
  features.set(
    'before-what-for:line-up-share',
    before.length === 0 ? 0 : before.filter((block) => block.score >= strong).length / before.length
  )
  features.set(
    'before-what-for:channel-headings',
    Math.min(5, before.filter((block) => block.heading && block.score >= strong).length) / 5
  )
  features.set(
    'first-line-up:position',
    firstStrong === -1 ? 1 : before[firstStrong]!.start / Math.max(1, evidence.length)
  )
  const share = (
    blocks: readonly BlockEvidence[],
    test: (block: BlockEvidence) => boolean
  ): number => (blocks.length === 0 ? 0 : blocks.filter(test).length / blocks.length)
  const headings = before.filter((block) => block.heading)
  const distinct = before.reduce((sum, block) => sum + block.channels, 0)
  features.set(
    'before-what-for:channel-block-share',
    share(before, (block) => block.channels > 0)
  )
  features.set(
    'opening:channel-block-share',
    share(before.slice(0, OPENING_BLOCKS * 2), (block) => block.channels > 0)
  )
  features.set(
    'before-what-for:channel-heading-share',
    share(headings, (block) => block.channels > 0 || block.channelCue)
  )
  features.set('before-what-for:channel-names', Math.min(20, distinct) / 20)
  // rules.md's second clause: built section by section per channel, no What For before those sections.
  const channelHeadings = headings.filter((block) => block.channels > 0).length
  if (channelHeadings >= 2)
    features.set('before-what-for:sections-per-channel', Math.min(4, channelHeadings) / 4)
  const firstSection = before.filter((block) => block.inOpening)
  features.set('first-section:max-line-up', maxOf(firstSection.map((block) => block.score)))
  features.set(
    'first-section:channel-block-share',
    share(firstSection, (block) => block.channels > 0)
  )
  features.set('what-for:none', evidence.whatForStart === undefined ? 1 : 0)
  features.set(
    'what-for:position',
    evidence.whatForStart === undefined ? 1 : evidence.whatForStart / Math.max(1, evidence.length)
  )
  return features
}
