export {analyse, getPlan} from './analyse.js'
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
export {roleLexicons, sentenceLexicons} from './lexicons/index.js'
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
export {PSEUDO_HEADING_DEPTH} from './sections/outline.js'
export {isCalendarWord} from './sentences/dates.js'
export {isNegated, isVerbNegation} from './sentences/negation.js'
export {headedAsChannels} from './statements/channel-tables.js'
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
