/**
 * ## purpose-before-tactics
 *
 * A strategy, tactics or channels section that comes before the purpose
 * section.
 *
 * Severity: warning; on in the recommended preset.
 *
 * A strategy grounded in the wrong beliefs puts the cart before the horse. Put
 * what the plan is for first; strategy, tactics and channels are only judged
 * against it, so they come after it.
 *
 * Jay Deragon, “Putting The Strategic Cart Before The Social Horse” (2013): “A
 * strategy grounded in the wrong beliefs puts the cart before the horse”
 *
 * Joel Kelly, “Social media IS NOT its networks” (2008): “Social media strategy
 * is about figuring out, first of all, why people should care.”
 *
 * Flags:
 * - a strategy, tactics or channels section (by its heading, in any heading
 *   style) placed before the purpose section
 *
 * Leaves alone:
 * - plans without a purpose section (what-for covers those), or without a
 *   strategy, tactics or channels section
 * - the document title, even when it names the strategy
 * - a heading that justifies a single channel (“Why TikTok?”): a channel
 *   rationale, not the purpose
 *
 * Options: none besides the severity.
 *
 * Generated from the meta below by `pnpm generate-docs`: edit the meta, not
 * this comment.
 */
import {defineRule} from '@whatfor/lint-rule'
import {
  careWords,
  isMetadataBlock,
  PhraseIndex,
  type PlanModel,
  purposeWords,
  roleLexicons,
  type Section,
  type SectionRole,
  type Token,
  tableOfContentsTitles
} from '@whatfor/plan-model'

const CART: readonly SectionRole[] = ['strategy', 'tactics', 'channels']

/** The heading words of the cart roles, to confirm a role by its written word. */
const cartIndex = new PhraseIndex(
  roleLexicons.filter((lexicon) => CART.some((role) => lexicon.category === `role:${role}`))
)

export default defineRule(
  {
    id: 'purpose-before-tactics',
    severity: 'warning',
    summary: 'A strategy, tactics or channels section that comes before the purpose section.',
    argument:
      'A strategy grounded in the wrong beliefs puts the cart before the horse. Put what the plan is for first; strategy, tactics and channels are only judged against it, so they come after it.',
    quote: 'wrong-beliefs',
    alsoCites: ['why-people-should-care'],
    flags: [
      'a strategy, tactics or channels section (by its heading, in any heading style) placed before the purpose section'
    ],
    leavesAlone: [
      'plans without a purpose section (what-for covers those), or without a strategy, tactics or channels section',
      'the document title, even when it names the strategy',
      'a heading that justifies a single channel (“Why TikTok?”): a channel rationale, not the purpose'
    ]
  },
  (plan, report) => {
    const purpose = plan.sections.find((section) => isPurposeSection(plan, section))
    if (!purpose) return
    // A section that holds the purpose section (the title, “Integrated campaign
    // brief” over its numbered parts) is around it, not before it.
    const cart = plan.sections.find(
      (section) =>
        section.start < purpose.start &&
        section.end <= purpose.start &&
        isCartSection(section) &&
        hasContent(plan, section) &&
        !headsTitleBlock(section)
    )
    if (!cart) return
    const heading = cart.heading!
    report({
      start: heading.start,
      end: heading.end,
      reason: `Unexpected ${roleName(cart)} section (${cart.title}) before the purpose section (${purpose.title}), expected what the plan is for to come first`
    })
  }
)

function isCartSection(section: Section): boolean {
  if (section.depth === 0 || !section.heading || section.ownRoles.has('purpose')) return false
  // A document's table of contents, not a content plan.
  if (
    tableOfContentsTitles.has(
      section.title
        .toLowerCase()
        .replace(/[^a-z ]/g, '')
        .trim()
    )
  )
    return false
  if (
    CART.some((role) => section.ownRoles.has(role)) &&
    section.heading.sentences.some((sentence) => namesCartRole(sentence.tokens))
  )
    return true
  return namesAChannel(section)
}

/** Most words a heading may have to be the name of a channel (“Instagram”, “Our TikTok”, “The newsletter”). */
const CHANNEL_HEADING_WORDS = 3

/** A section headed by a platform or channel: it is about that channel, whatever the roles lexicon says. */
function namesAChannel(section: Section): boolean {
  const sentences = section.heading!.sentences
  const words = sentences.flatMap((sentence) =>
    sentence.tokens.filter((token) => token.kind === 'word')
  )
  if (words.length > CHANNEL_HEADING_WORDS || section.ownRoles.size > 0) return false
  return sentences.some((sentence) =>
    sentence.matches.some(
      (match) =>
        (match.category === 'platform' || match.category === 'channel') &&
        !match.quoted &&
        !match.negated
    )
  )
}

/**
 * Whether the heading writes a cart word as the role lexicon lists it (or
 * its plural): stems alone would read “Executive Summary” as “execution”.
 */
function namesCartRole(tokens: readonly Token[]): boolean {
  for (let index = 0; index < tokens.length; index++) {
    for (const phrase of cartIndex.matchAt(tokens, index)) {
      const listed = phrase.entry.phrase.toLowerCase().split(' ')
      const written = tokens.slice(index, index + phrase.stems.length).map((token) => token.lower)
      if (written.every((word, offset) => sameWord(word, listed[offset] ?? ''))) return true
    }
  }
  return false
}

function sameWord(written: string, listed: string): boolean {
  return (
    written === listed ||
    written === `${listed}s` ||
    `${written}s` === listed ||
    written === `${listed}es`
  )
}

/**
 * Roles that make a “why” heading about something other than the plan's
 * purpose: “Why these channels”, “What we'll listen to, and why”.
 */
const NOT_THE_PURPOSE: readonly SectionRole[] = [
  'channels',
  'listening',
  'goals',
  'audience',
  'owners',
  'review'
]

/**
 * A section headed as the plan's purpose that states one. “Why this
 * campaign” is a purpose heading (the campaign is what it is about); “Why
 * TikTok?” or “Why video” is a channel's rationale, “Why now” or “Why us” a
 * pitch's. Judged by the heading, as the order of a plan is read: whether
 * the purpose under it is a good one is for what-for and
 * no-boilerplate-purpose to say.
 */
function isPurposeSection(plan: PlanModel, section: Section): boolean {
  if (section.depth === 0 || !section.heading || !section.ownRoles.has('purpose')) return false
  // “Purpose and objectives” names the purpose outright; “Why these channels” only asks why.
  const namesPurpose = section.heading.sentences.some(
    (sentence) =>
      sentence.tokens.some((token) => purposeWords.has(token.lower)) ||
      asksWhyPeopleCare(sentence.tokens)
  )
  if (!namesPurpose && NOT_THE_PURPOSE.some((role) => section.ownRoles.has(role))) return false
  const aboutSomethingElse = section.heading.sentences.some((sentence) =>
    sentence.matches.some((match) => ABOUT_SOMETHING_ELSE.has(match.category) && !match.quoted)
  )
  return !aboutSomethingElse && hasContent(plan, section)
}

/**
 * “Why people should care about Bean There”, “Why this matters to tenants”:
 * the essay's What For asked outright, even though the heading names people.
 */
function asksWhyPeopleCare(tokens: readonly Token[]): boolean {
  const why = tokens.findIndex((token) => token.lower === 'why')
  return why !== -1 && tokens.slice(why + 1).some((token) => careWords.has(token.lower))
}

/** Heading words that make a “why” about a medium, a format or a pitch, not the plan's purpose. */
const ABOUT_SOMETHING_ELSE = new Set([
  'platform',
  'channel',
  'tactic-format',
  'not-purpose-heading'
])

/**
 * A heading whose own content is only the document's metadata (“Report of:
 * Director of Place”, “Contact officers: …”): a title, like the heading above
 * it, whatever campaign it names.
 */
function headsTitleBlock(section: Section): boolean {
  const own = section.blocks.filter((block) => block.kind !== 'heading' && !block.pseudoHeading)
  return (
    own.length > 0 &&
    own.every(isMetadataBlock) &&
    section.blocks.every(
      (block) => block.kind === 'heading' || block.pseudoHeading || isMetadataBlock(block)
    )
  )
}

/** A section with content of its own or in its subsections: not a subtitle of the title block. */
function hasContent(plan: PlanModel, section: Section): boolean {
  return plan.blocks.some(
    (block) =>
      block.start > section.heading!.start &&
      block.start < section.end &&
      block.kind !== 'heading' &&
      !block.pseudoHeading
  )
}

function roleName(section: Section): string {
  return CART.find((role) => section.ownRoles.has(role)) ?? 'channels'
}
