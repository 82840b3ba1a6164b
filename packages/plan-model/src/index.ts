export {analyse, getPlan} from './analyse.js'
export {liveChannelMatches} from './judgements/channels.js'
export type {Features} from './judgements/features.js'
export {type GroupShape, groupShape} from './judgements/group-shape.js'
export {
  type Judgements,
  judge,
  type LineUp,
  type Models,
  shippedModels
} from './judgements/judge.js'
export {lineUpFeatures} from './judgements/line-up-features.js'
export {contributions, probability} from './judgements/model.js'
export {
  type BlockEvidence,
  blockEvidence,
  decideOpening,
  type OpeningEvidence,
  openingEnd
} from './judgements/opening.js'
export {openingFeatures} from './judgements/opening-features.js'
export type {Contribution, LinearModel, PlanCore} from './judgements/types.js'
export {
  decideWhatFor,
  type SentenceEvidence,
  sentenceEvidence,
  whatForDocumentFeatures
} from './judgements/what-for.js'
export {whatForFeatures} from './judgements/what-for-features.js'
export {PhraseIndex} from './lexicon.js'
export {type EntryTag, entryTags, fullyTaggedCategories, hasTag} from './lexicons/entry-tags.js'
export * from './lexicons/grammar-words.js'
export {roleLexicons, sentenceLexicons} from './lexicons/index.js'
export * from './lexicons/plan-words.js'
export {
  describesThePast,
  inRejectingSection,
  opensWithNegation,
  rowCells
} from './queries/context.js'
export {
  growthVerbsAsVerbs,
  isCount,
  liveMatches,
  matchText,
  widestMatches,
  writtenAsListed
} from './queries/matches.js'
export {isMetadataBlock} from './queries/metadata.js'
export {withoutRepeatedNames, wordsAsWritten} from './queries/words.js'
export {isCalendarWord} from './sentences/dates.js'
export {isNegated} from './sentences/negation.js'
export {append} from './shared/append.js'
export {isNegativeWord} from './shared/negative-word.js'
export {PSEUDO_HEADING_DEPTH} from './shared/pseudo-heading.js'
export {namesTacticMeans, TACTIC_MEANS} from './shared/tactic-means.js'
export {writtenAsListedOrPlural} from './shared/written-form.js'
export {isGoalsSection} from './statements/goals.js'
export {saysWhatOthersCanDo} from './statements/others-can-do.js'
export type {
  Block,
  FrontMatterEntry,
  Lexicon,
  LexiconEntry,
  LexiconMatch,
  ListPlace,
  PlanModel,
  Section,
  SectionRole,
  Sentence,
  TablePlace,
  Token
} from './types.js'
