export {analyse, getPlan} from './analyse.js'
export {headedAsChannels} from './channel-tables.js'
export {isCalendarWord} from './dates.js'
export {
  describesThePast,
  growthVerbs,
  inRejectingSection,
  isCount,
  isGoalStatement,
  isGoalsSection,
  liveMatches,
  matchText,
  opensWithAim,
  opensWithNegation,
  rowCells,
  widestMatches,
  writtenAsListed
} from './goal-statements.js'
export {
  channelNames,
  type Features,
  type GroupShape,
  groupShape,
  lineUpFeatures,
  liveChannelMatches,
  whatForFeatures
} from './judgements/features.js'
export {
  type BlockEvidence,
  blockEvidence,
  decideOpening,
  decideWhatFor,
  type Judgements,
  judge,
  type LineUp,
  type Models,
  type OpeningEvidence,
  openingEnd,
  openingFeatures,
  openingLineUpIndex,
  type SentenceEvidence,
  sentenceEvidence,
  shippedModels,
  whatForDocumentFeatures,
  whatForIndices
} from './judgements/judge.js'
export {contributions, probability} from './judgements/model.js'
export type {Contribution, LinearModel, PlanCore} from './judgements/types.js'
export {PhraseIndex} from './lexicon.js'
export {type EntryTag, entryTags, fullyTaggedCategories, hasTag} from './lexicons/entry-tags.js'
export * from './lexicons/grammar-words.js'
export {roleLexicons, sentenceLexicons} from './lexicons/index.js'
export * from './lexicons/plan-words.js'
export {isMetadataBlock} from './metadata.js'
export {isNegated} from './negation.js'
export {saysWhatOthersCanDo} from './purpose.js'
export {append} from './shared/append.js'
export {isNegativeWord} from './shared/negative-word.js'
export {PSEUDO_HEADING_DEPTH} from './shared/pseudo-heading.js'
export {namesTacticMeans, TACTIC_MEANS} from './shared/tactic-means.js'
export {writtenAsListedOrPlural} from './shared/written-form.js'
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
export {withoutRepeatedNames, wordsAsWritten} from './words.js'
