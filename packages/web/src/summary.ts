import type {PlanModel} from '@whatfor/plan-model'
import type {ParagraphOf} from './findings.js'

/** A piece of the plan quoted in the summary, with where it is. */
export interface Quoted {
  readonly text: string
  readonly line: number
  readonly offset: number
  /** For a plan converted from a `.docx`: its Word paragraph. */
  readonly wordParagraph: number | undefined
}

/** A channel the plan names, at its first mention. */
export interface NamedChannel {
  readonly name: string
  readonly line: number
  readonly offset: number
  /** For a plan converted from a `.docx`: its Word paragraph. */
  readonly wordParagraph: number | undefined
}

/**
 * “What this plan says it is for”: the picture the essays argue about, at a
 * glance. Everything here is read from the plan model the rules read, so the
 * panel and the findings never disagree.
 */
export interface PlanSummary {
  /** The sentences the model judged to say why people should care (the what-for rule's judgement). */
  readonly purpose: readonly Quoted[]
  /** What the plan's audience sections say, a sentence or two each. */
  readonly audience: readonly Quoted[]
  /** Channels and platforms in the plan's own voice, in the order it first names them. */
  readonly channels: readonly NamedChannel[]
  /** Whether the plan names a channel before it says what it is for (or never says). */
  readonly channelsBeforePurpose: boolean
}

const MAX_PURPOSE = 3
const MAX_AUDIENCE = 3
const SENTENCES_PER_AUDIENCE = 2
const MAX_TEXT = 240

export function summarise(plan: PlanModel, paragraphOf?: ParagraphOf): PlanSummary {
  const place = (offset: number) => ({
    line: plan.point(offset).line,
    offset,
    wordParagraph: paragraphOf?.(offset)
  })
  const purpose = plan.whatForStatements
    .slice(0, MAX_PURPOSE)
    .map((sentence) => ({text: shorten(sentence.text), ...place(sentence.start)}))

  const audience: Quoted[] = []
  for (const section of plan.sections.filter((each) => each.roles.has('audience'))) {
    const sentences = section.blocks.flatMap((block) => block.sentences)
    if (sentences.length === 0) continue
    const first = sentences[0]!
    const text = sentences
      .slice(0, SENTENCES_PER_AUDIENCE)
      .map((sentence) => sentence.text)
      .join(' ')
    audience.push({text: shorten(text), ...place(first.start)})
    if (audience.length === MAX_AUDIENCE) break
  }

  const seen = new Set<string>()
  const channels: NamedChannel[] = []
  for (const match of plan.channelMentions) {
    // “We will not be on TikTok” names TikTok, but not as one of the plan's channels.
    if (match.negated || seen.has(match.canonical.toLowerCase())) continue
    seen.add(match.canonical.toLowerCase())
    channels.push({name: match.canonical, ...place(match.start)})
  }

  const firstChannel = channels[0]?.offset
  const purposeStart = plan.whatForStart
  const channelsBeforePurpose =
    firstChannel !== undefined && (purposeStart === undefined || firstChannel < purposeStart)

  return {purpose, audience, channels, channelsBeforePurpose}
}

function shorten(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim()
  return flat.length > MAX_TEXT ? `${flat.slice(0, MAX_TEXT - 1)}…` : flat
}
