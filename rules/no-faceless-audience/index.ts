/**
 * ## no-faceless-audience
 *
 * An audience described only as a mass: eyeballs, reach figures, demographic
 * bands.
 *
 * Severity: suggestion; on in the recommended preset.
 *
 * Recognize the customer as an individual and empower them. An audience of
 * eyeballs, impressions and age bands has no one in it; say who the people are,
 * what they need and what situation they are in.
 *
 * Mitch Lieberman (quoting Esteban Kolsky, Graham Hill and Doc Searls), “Social
 * Just is” (2009): “we must recognize the customer as an individual and empower
 * them in everything we do”
 *
 * Flags:
 * - eyeballs and reach figures as the audience (“we’ll reach 20 million
 *   eyeballs”, “reach millions of them”)
 * - a demographic band as the whole audience (“Women 25–54, household income
 *   $60K–$120K, suburban”, “Gen Z, 16–24”)
 *
 * Leaves alone:
 * - an audience that also names a person, a need or a situation (“adults 50–70
 *   who have started avoiding the pub quiz”)
 * - reach under a negation (“we are not trying to reach everyone”)
 * - quotes, code and links
 *
 * Options: none besides the severity.
 *
 * Generated from the meta below by `pnpm generate-docs`: edit the meta, not
 * this comment.
 */
import {defineRule} from '@whatfor/lint-rule'
import {
  append,
  audienceLabels,
  audienceLabelVerbs,
  type Block,
  hasTag,
  isCount,
  millionWords,
  type PlanModel,
  type Section,
  type Sentence,
  wordsAsWritten
} from '@whatfor/plan-model'

const REACH_WINDOW = 3
const MAX_SHOWN = 3

export default defineRule(
  {
    id: 'no-faceless-audience',
    severity: 'suggestion',
    summary: 'An audience described only as a mass: eyeballs, reach figures, demographic bands.',
    argument:
      'Recognize the customer as an individual and empower them. An audience of eyeballs, impressions and age bands has no one in it; say who the people are, what they need and what situation they are in.',
    quote: 'customer-as-individual',
    flags: [
      'eyeballs and reach figures as the audience (“we’ll reach 20 million eyeballs”, “reach millions of them”)',
      'a demographic band as the whole audience (“Women 25–54, household income $60K–$120K, suburban”, “Gen Z, 16–24”)'
    ],
    leavesAlone: [
      'an audience that also names a person, a need or a situation (“adults 50–70 who have started avoiding the pub quiz”)',
      'reach under a negation (“we are not trying to reach everyone”)',
      'quotes, code and links'
    ]
  },
  (plan, report) => {
    // People described by their situation in the plan's purpose (“people who
    // stop going to the pub quiz”) are its audience too, even when the
    // audience section itself only gives the band and the reach.
    if (plan.purposeStatements.some(namesASituation)) return
    for (const zone of audienceZones(plan)) {
      const sentences = zone.flatMap((block) => [...block.sentences])
      const markers = sentences.flatMap((sentence) => massMarkers(sentence, true))
      if (markers.length === 0 || sentences.some(namesPersonOrNeed)) continue
      const shown = [...new Set(markers.map((marker) => marker.text))]
        .slice(0, MAX_SHOWN)
        .map((text) => `“${text}”`)
      report({
        start: markers[0]!.start,
        end: markers[0]!.end,
        reason: `Unexpected audience described only as a mass (${shown.join(', ')}), expected a person, their need or their situation`
      })
    }
  }
)

interface Marker {
  readonly text: string
  readonly start: number
  readonly end: number
}

/**
 * Where the plan describes its audience: each audience section (with its
 * subsections) as one zone, and any other paragraph or item that speaks of
 * people as a mass (“We'll reach 20 million eyeballs”).
 */
function audienceZones(plan: PlanModel): Block[][] {
  const bySection = new Map<Section, Block[]>()
  const loose: Block[][] = []
  for (const block of plan.blocks) {
    if (block.kind === 'heading' || block.pseudoHeading) continue
    const owner = audienceSection(block.section)
    if (owner) append(bySection, owner, block)
    else if (
      block.sentences.some(
        (sentence) => massMarkers(sentence, false).length > 0 || describesTheAudience(sentence)
      )
    )
      loose.push([block])
  }
  return [...bySection.values(), ...loose]
}

/** The audience section a section belongs to: headed as one (“Audience”, “Who we serve”, “Target demographic”). */
function audienceSection(section: Section): Section | undefined {
  for (let cursor: Section | undefined = section; cursor; cursor = cursor.parent) {
    if (cursor.heading && (cursor.ownRoles.has('audience') || headingNamesAMass(cursor.heading)))
      return cursor
    if (cursor.ownRoles.size > 0) return undefined
  }
  return undefined
}

function headingNamesAMass(heading: Block): boolean {
  return heading.sentences.some((sentence) =>
    sentence.matches.some((match) => match.category === 'mass-audience')
  )
}

/** Words an inline audience label may take before its verb: “Core target remains”, “Our target audience is”. */
const LABEL_WORDS = 4

/**
 * A sentence that says who the audience is, outside any audience section:
 * “Target: homeowners 35-64”, “Target audience is 18-34”, “Core target
 * remains urban professionals”. Its age bands and reach figures describe
 * the audience as an audience section's would.
 */
function describesTheAudience(sentence: Sentence): boolean {
  const tokens = sentence.tokens
  for (let index = 0; index < tokens.length && index < LABEL_WORDS; index++) {
    if (!audienceLabels.has(tokens[index]!.lower) || tokens[index]!.quoted) continue
    const next = tokens[index + 1]
    if (next && (next.text === ':' || audienceLabelVerbs.has(next.lower)))
      return massMarkers(sentence, true).length > 0
  }
  return false
}

/** Mass descriptions in a sentence: lexicon terms, age bands and reach figures. */
function massMarkers(sentence: Sentence, inAudience: boolean): Marker[] {
  const markers: Marker[] = []
  for (const match of sentence.matches) {
    if (match.category !== 'mass-audience' || match.quoted || match.negated) continue
    // Outside an audience section only some speak of people as a mass; inside
    // one, a demographic band alone is enough.
    if (!inAudience && !hasTag(match, 'mass-anywhere')) continue
    markers.push({
      text: wordsAsWritten(sentence, match.first, match.last),
      start: match.start,
      end: match.end
    })
  }
  const tokens = sentence.tokens
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index]!
    // A reach figure: “reach 2 million”, “Estimated reach: 2.1 million”.
    if (token.stem === 'reach' && !token.quoted) {
      for (let ahead = index + 1; ahead < tokens.length && ahead - index <= REACH_WINDOW; ahead++) {
        // Outside an audience section only a reach in millions speaks of an audience;
        // “reach 5,000 followers” is a goal.
        const next = tokens[ahead]!
        const figure = inAudience
          ? next.kind === 'number' || next.lower === 'millions' || isMillions(next)
          : millionWords.has(next.lower) || isMillions(next)
        // “reach more 21–35s in the city”: reaching an age band.
        if (isAgeBand(tokens, ahead)) {
          markers.push({
            text: wordsAsWritten(sentence, index, ahead + 2),
            start: token.start,
            end: tokens[ahead + 2]!.end
          })
          break
        }
        if (figure) {
          // Take the unit with the number: “reach 20 million”.
          const last = millionWords.has(tokens[ahead + 1]?.lower ?? '') ? ahead + 1 : ahead
          markers.push({
            text: wordsAsWritten(sentence, index, last),
            start: token.start,
            end: tokens[last]!.end
          })
          break
        }
      }
    }
    // An age band inside an audience description: “16–24”, “25-54”.
    if (inAudience && isAgeBand(tokens, index)) {
      markers.push({
        text: wordsAsWritten(sentence, index, index + 2),
        start: token.start,
        end: tokens[index + 2]!.end
      })
    }
  }
  // Longest first at each place, then drop markers inside another (“income” in “household income”).
  markers.sort((a, b) => a.start - b.start || b.end - a.end)
  return markers.filter(
    (marker, index) =>
      !markers
        .slice(0, index)
        .some((other) => other.start <= marker.start && marker.end <= other.end)
  )
}

/** “10M”, “2.5m”: a figure in millions written short. */
function isMillions(token: Sentence['tokens'][number]): boolean {
  return token.kind === 'word' && isCount(token) && token.lower.endsWith('m')
}

function isAgeBand(tokens: Sentence['tokens'], index: number): boolean {
  const [low, dash, high] = [tokens[index], tokens[index + 1], tokens[index + 2]]
  if (!low || !dash || !high || low.kind !== 'number') return false
  // “21–35s”: the decade-style plural of the upper bound.
  const upper =
    high.kind === 'number' ? high.text : high.text.endsWith('s') ? high.text.slice(0, -1) : ''
  if (upper === '' || !isDigits(upper)) return false
  if (dash.text !== '-' && dash.text !== '\u2013' && dash.text !== '\u2014') return false
  const [from, to] = [Number(low.text), Number(upper)]
  return from >= 10 && from < to && to <= 99 && low.end === dash.start && dash.end === high.start
}

function isDigits(text: string): boolean {
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index)
    if (code < 48 || code > 57) return false
  }
  return text.length > 0
}

/** A need or situation proper, not just a relative clause (“told by the people who lived it”). */
function namesASituation(sentence: Sentence): boolean {
  return sentence.matches.some(
    (match) =>
      match.category === 'audience-need' &&
      !match.quoted &&
      !match.negated &&
      !hasTag(match, 'generic')
  )
}

function namesPersonOrNeed(sentence: Sentence): boolean {
  return sentence.matches.some((match) => match.category === 'audience-need' && !match.quoted)
}
