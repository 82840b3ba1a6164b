/**
 * ## no-tactic-as-strategy
 *
 * A Strategy section or “our strategy is …” made only of tactics: channel
 * actions, post counts, formats, cadences, tools.
 *
 * Severity: warning; on in the recommended preset.
 *
 * A tactic is not a strategy. Posting on Facebook three times a week is
 * something you do; a strategy is the choice of what to change for whom and
 * why, which the tactics then serve.
 *
 * Joel Kelly, “Social media IS NOT its networks” (2008): “First, a tactic is
 * not a strategy.”
 *
 * Joel Kelly, “Social media IS NOT its networks” (2008): “Your social media
 * strategy is not to start using Flickr and Facebook to spread your message,
 * okay?”
 *
 * Jay Deragon, “Social Accidents Looking For a Place to Happen” (2012):
 * “Labeling purposeless tactical activity as strategic is like creating a
 * strategic plan without involving the people who are supposed to execute the
 * plan.”
 *
 * Flags:
 * - a section headed Strategy whose content is only channel actions, post
 *   counts, formats, cadences and tools
 * - a sentence “our strategy is …” that goes on with only tactics (“to post
 *   daily on X and run a Twitter storm”)
 *
 * Leaves alone:
 * - a strategy that makes a choice about people or purpose, with tactics under
 *   their own heading
 * - the document title, even when it contains “strategy”
 * - negations: “our strategy is not to post more”
 * - other people's words in quotes and block quotes, code and links
 *
 * Options: none besides the severity.
 *
 * Generated from the meta below by `pnpm generate-docs`: edit the meta, not
 * this comment.
 */
import {defineRule} from '@whatfor/lint-rule'
import {
  type Block,
  isNegativeWord,
  liveMatches,
  namesTacticMeans,
  type PlanModel,
  pointerWords,
  qualifierStarts,
  type Section,
  type Sentence,
  type Token
} from '@whatfor/plan-model'

/** A prompt to write the strategy the tactics serve: placeholders, never invented content. */
const STRATEGY_SKELETON =
  'Our strategy: <what we will change>, for <whom>, because <why it matters to them>. The tactics below serve it.'

/** Share of a strategy section's sentences that must be tactics for it to be “only tactics”. */
const TACTIC_SHARE = 0.75

export default defineRule(
  {
    id: 'no-tactic-as-strategy',
    severity: 'warning',
    summary:
      'A Strategy section or “our strategy is …” made only of tactics: channel actions, post counts, formats, cadences, tools.',
    argument:
      'A tactic is not a strategy. Posting on Facebook three times a week is something you do; a strategy is the choice of what to change for whom and why, which the tactics then serve.',
    quote: 'tactic-is-not-strategy',
    alsoCites: ['not-flickr-and-facebook', 'purposeless-tactical-activity'],
    flags: [
      'a section headed Strategy whose content is only channel actions, post counts, formats, cadences and tools',
      'a sentence “our strategy is …” that goes on with only tactics (“to post daily on X and run a Twitter storm”)'
    ],
    leavesAlone: [
      'a strategy that makes a choice about people or purpose, with tactics under their own heading',
      'the document title, even when it contains “strategy”',
      'negations: “our strategy is not to post more”',
      "other people's words in quotes and block quotes, code and links"
    ]
  },
  (plan, report) => {
    const tactical = new Set(
      plan.sentences.filter((sentence) => isAboutMeans(plan.tacticStatementSet, sentence))
    )
    const reported = new Set<Section>()
    for (const section of plan.sections) {
      if (!isStrategySection(section)) continue
      const sentences = contentOf(plan, section).filter((sentence) => wordCount(sentence) > 0)
      const tactics = sentences.filter((sentence) => tactical.has(sentence))
      if (
        sentences.length === 0 ||
        tactics.length < Math.min(2, sentences.length) ||
        tactics.length < sentences.length * TACTIC_SHARE
      )
        continue
      reported.add(section)
      const heading = plan.source.slice(section.heading!.start, section.heading!.end)
      report({
        start: section.heading!.start,
        end: section.heading!.end,
        reason: `Unexpected strategy made only of tactics (${section.title}), expected the choice the tactics serve: what changes, for whom, and why`,
        // The heading stays; the skeleton goes under it, above the tactics.
        actual: heading,
        expected: [`${heading}\n\n${STRATEGY_SKELETON}`]
      })
    }
    for (const sentence of plan.sentences) {
      if (reported.has(sentence.block.section)) continue
      const statement = strategyStatement(sentence)
      // “Our strategy is to help carers find each other on Facebook” names what it is for.
      if (statement === undefined || liveMatches(sentence, 'purpose-cue').length > 0) continue
      if (!tactical.has(sentence) && !announcesTactics(plan, sentence, statement, tactical))
        continue
      report({
        start: sentence.start,
        end: sentence.end,
        reason:
          'Unexpected strategy stated as tactics (our strategy is …), expected the choice the tactics serve: what changes, for whom, and why',
        actual: plan.source.slice(sentence.start, sentence.end),
        expected: [`${STRATEGY_SKELETON} ${plan.source.slice(sentence.start, sentence.end)}`]
      })
    }
  }
)

/**
 * A section headed with the word strategy (“Strategy”, “Our Reddit
 * strategy”, “Strategic approach”): the plan calls this part its strategy.
 * Other strategy-ish headings (“Approach”) make no such claim.
 */
function isStrategySection(section: Section): boolean {
  if (
    section.depth === 0 ||
    !section.heading ||
    !section.ownRoles.has('strategy') ||
    section.ownRoles.has('purpose')
  )
    return false
  return section.heading.sentences.some((sentence) =>
    sentence.tokens.some((token) => token.lower.startsWith('strateg'))
  )
}

/**
 * Punctuation that introduces what the strategy is: “Strategy: …”. Not a
 * dash, which as often starts an aside (“not a Facebook strategy — posts are
 * a backup”).
 */
const INTRODUCERS = new Set([':'])
/** Most words a strategy statement may have before it hands over to what follows (“Our strategy is simple:”). */
const ANNOUNCEMENT_WORDS = 3

/**
 * The content of a strategy section: its own blocks and those of subsections
 * that name no role of their own (“### Instagram”, “### Phase 1”). A
 * subsection headed Tactics or Channels is the strategy keeping its tactics
 * apart, so it is not read as the strategy.
 */
function contentOf(plan: PlanModel, section: Section): Sentence[] {
  const inside = (owner: Section | undefined): boolean => {
    for (; owner; owner = owner.parent) {
      if (owner === section) return true
      if (owner.ownRoles.size > 0) return false
    }
    return false
  }
  // A section's subsections follow it in document order, one run of them, and
  // each section's blocks are its content blocks (no headings): read only that
  // run, not every block of the plan once per strategy section.
  const content: Block[] = [...section.blocks]
  for (let index = section.index + 1; index < plan.sections.length; index++) {
    const subsection = plan.sections[index]!
    if (!descends(subsection, section)) break
    if (inside(subsection)) content.push(...subsection.blocks)
  }
  return content.flatMap((block) => [...block.sentences])
}

function descends(section: Section, ancestor: Section): boolean {
  for (let owner = section.parent; owner; owner = owner.parent) if (owner === ancestor) return true
  return false
}

/**
 * “Our strategy is simple.” or “Our strategy is TikTok-first:” followed by
 * nothing but tactics in the rest of its paragraph and the list after it.
 */
function announcesTactics(
  plan: PlanModel,
  sentence: Sentence,
  after: number,
  tactical: ReadonlySet<Sentence>
): boolean {
  const rest = sentence.tokens.slice(after).filter((token) => token.kind === 'word')
  if (rest.length > ANNOUNCEMENT_WORDS) return false
  const block = sentence.block
  const following = block.sentences.slice(block.sentences.indexOf(sentence) + 1)
  const next = plan.blocks[block.index + 1]
  if (next?.list && !block.list)
    following.push(...plan.listBlocks(next.list.id).flatMap((other) => [...other.sentences]))
  const tactics = following.filter((other) => tactical.has(other))
  return tactics.length >= 2 && tactics.length >= following.length * TACTIC_SHARE
}

/** “Our strategy is …”, “Strategy: …”: the index of the token after it, if the sentence states the strategy. */
function strategyStatement(sentence: Sentence): number | undefined {
  const tokens = sentence.tokens
  for (let index = 0; index < tokens.length - 1; index++) {
    const token = tokens[index]!
    if (token.stem !== 'strategi' || token.quoted) continue
    const next = tokens[index + 1]!
    if (INTRODUCERS.has(next.text)) return index + 2
    const verb = index + 1 + qualifierLength(tokens, index + 1)
    const copula = tokens[verb]
    if (copula && (copula.lower === 'is' || copula.lower === 'will')) {
      const after = tokens[verb + 1]
      if (after && isNegativeWord(after)) return undefined
      // “The strategy is below”, “… is set out in section 3”: a pointer, not a statement.
      if (after && pointerWords.has(after.lower)) return undefined
      return verb + 1
    }
    // “Our TikTok strategy should be simple: …”
    const colon = tokens.findIndex(
      (candidate, at) =>
        at > index && at - index <= ANNOUNCEMENT_WORDS + 1 && INTRODUCERS.has(candidate.text)
    )
    if (
      colon !== -1 &&
      tokens.slice(index + 1, colon).some((word) => word.lower === 'be' || word.lower === 'is')
    )
      return colon + 1
  }
  return undefined
}

const QUALIFIER_WORDS = 3

/** How many tokens of qualifier (“for Q3”, “for the launch”) stand between “strategy” and its verb. */
function qualifierLength(tokens: readonly Token[], from: number): number {
  if (!qualifierStarts.has(tokens[from]?.lower ?? '')) return 0
  for (let length = 1; length <= QUALIFIER_WORDS; length++) {
    const token = tokens[from + length]
    if (!token || token.kind === 'punctuation') return 0
    if (token.lower === 'is' || token.lower === 'will') return length
  }
  return 0
}

/**
 * A sentence about the means rather than the end: the plan model's tactic
 * statements, a sentence about cadences, formats, tools, platforms or
 * channels (“a recipe Reel every Tuesday”, “Canva templates”, “Discord is
 * where debugging happens”), or an instruction (“Reply to every comment”).
 */
function isAboutMeans(statements: ReadonlySet<Sentence>, sentence: Sentence): boolean {
  if (statements.has(sentence)) return true
  // What tactics are made of, and the accounts and handles they run on.
  if (namesTacticMeans(sentence) || liveMatches(sentence, 'channel-cue').length > 0) return true
  const first = sentence.tokens.find((token) => token.kind === 'word')
  return (
    first !== undefined &&
    liveMatches(sentence, 'tactic-verb').some((match) => match.first === first.index)
  )
}

function wordCount(sentence: Sentence): number {
  return sentence.tokens.filter((token) => token.kind === 'word').length
}
