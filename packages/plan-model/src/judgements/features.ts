import type {Block, Section, Sentence, Token} from '../types.js'
import type {PlanCore} from './types.js'

/**
 * What the two learned judgements look at. A feature is a name and a value;
 * the names are plain enough to read in `scripts/why.mjs` (“heading:why”,
 * “word:help”, “lexicon:people”, “list:channel-items”). Three kinds:
 * - structure the plan model already knows: the section's roles and heading
 *   words, block kind, list and table shape, position in the document;
 * - closed-class lexicon categories (platform and channel names, people,
 *   business metrics, schedules): which categories a sentence or block meets;
 * - the plan's own words: their stems, so that wordings no lexicon
 *   lists still carry weight once labelled examples show them.
 * Words inside quotations of three or more words are someone else's voice
 * and are left out.
 */
export type Features = Map<string, number>

const LENGTH_BUCKETS: ReadonlyArray<readonly [number, string]> = [
  [3, '1-3'],
  [8, '4-8'],
  [20, '9-20'],
  [40, '21-40']
]

export function lengthBucket(words: number): string {
  for (const [limit, name] of LENGTH_BUCKETS) if (words <= limit) return name
  return '41+'
}

/** Fifths of the document, by offset. */
export function positionBucket(plan: PlanCore, offset: number): string {
  const length = Math.max(1, plan.source.length)
  return String(Math.min(4, Math.floor((offset / length) * 5)))
}

export function ownWords(tokens: readonly Token[]): Token[] {
  return tokens.filter((token) => token.kind === 'word' && !token.quoted)
}

// Names made once per prefix and word, not once per token: a long sentence
// says a few words many times, and a name made anew must be hashed anew.
const featureNames = new Map<string, Map<string, string>>()
const MAX_FEATURE_NAMES = 50000

/** The feature name `prefix:value`. */
export function featureName(prefix: string, value: string): string {
  let names = featureNames.get(prefix)
  if (!names) {
    names = new Map()
    featureNames.set(prefix, names)
  }
  let name = names.get(value)
  if (name === undefined) {
    if (names.size > MAX_FEATURE_NAMES) names.clear()
    name = `${prefix}:${value}`
    names.set(value, name)
  }
  return name
}

/**
 * Adds the own-voice word stems, and says how many words there were. Stem
 * pairs were tried and left out: grouped cross-validation scored the same
 * without them (no-channel-first 0.73/0.76, what-for 0.89/0.88), and they
 * doubled the names made per sentence.
 */
export function addWords(features: Features, tokens: readonly Token[], prefix: string): number {
  let count = 0
  for (const token of tokens) {
    if (token.kind !== 'word' || token.quoted) continue
    count++
    features.set(featureName(prefix, token.stem), 1)
  }
  return count
}

export function addLexiconCategories(features: Features, sentences: readonly Sentence[]): void {
  for (const sentence of sentences) {
    for (const match of sentence.matches) {
      if (match.quoted) continue
      const name = featureName('lexicon', match.category)
      features.set(match.negated ? featureName(name, 'negated') : name, 1)
    }
  }
}

// A section's features are the same for every sentence and block in it: made once.
const sectionFeatureCache = new WeakMap<Section, Features>()

/** Features of a section (its roles and heading words), shared by every sentence and block in it. */
export function sectionFeatures(section: Section): Features {
  let own = sectionFeatureCache.get(section)
  if (!own) {
    own = new Map()
    for (const role of section.roles) own.set(`role:${role}`, 1)
    for (const role of section.ownRoles) own.set(`own-role:${role}`, 1)
    const heading = section.heading
    if (heading) for (const sentence of heading.sentences) addWords(own, sentence.tokens, 'heading')
    else own.set('section:preamble', 1)
    sectionFeatureCache.set(section, own)
  }
  return own
}

export function addSection(features: Features, section: Section): void {
  for (const [name, value] of sectionFeatures(section)) features.set(name, value)
}

export function countBucket(count: number): string {
  return count >= 3 ? '3+' : String(count)
}

/**
 * How far into the plan a block stands, counted in blocks: the opening is a
 * few blocks long whatever the plan's length.
 */
export function indexBucket(index: number): string {
  if (index === 0) return '0'
  if (index <= 3) return '1-3'
  if (index <= 10) return '4-10'
  return '11+'
}

export function blockKind(block: Block): string {
  if (block.kind === 'heading') return 'heading'
  if (block.table) return 'table-cell'
  if (block.list) return 'list-item'
  return 'paragraph'
}
