import type {Lexicon} from '../types.js'
import {channelCues, channels, platforms, schedule} from './channels.js'
import {futureCues, goalCues, growthVerbs, influenceGoals, negatingOpeners, notGoalCues, notPurposeHeadings, notVanityMetrics, pastCues, platformVanityMetrics, pushBuzzEngage, pushBuzzEngageMeasures, reasonCues, rejectingHeadings, signalCues, tacticFormats, vanityMetrics, viralAims, viralDescriptions} from './goals.js'
import {people} from './people.js'
import {audienceNeeds, boilerplate, businessObjectives, channelEach, channelExits, channelJudging, communityVerbs, communityWords, executorLabels, executorRoles, executorVerbs, executorVerbsAmbiguous, exitConditions, fashionAppeals, judgingWords, guruAuthorities, guruClaims, humanOutcomes, listening, listeningPurposes, massAudience, sharedObjects, weakBoilerplate, goalLabels} from './people-and-authority.js'
import {businessMetrics, purposeCues, tacticVerbs} from './purpose.js'

export {roleLexicons} from './roles.js'
export {socialHosts} from './channels.js'

/**
 * Every lexicon a sentence is matched against, in one pass. Rules read the
 * matches by category; to teach whatfor a word, add it here, not in a rule.
 */
export const sentenceLexicons: readonly Lexicon[] = [
  platforms,
  channels,
  channelCues,
  schedule,
  people,
  purposeCues,
  businessMetrics,
  tacticVerbs,
  vanityMetrics,
  platformVanityMetrics,
  notVanityMetrics,
  pushBuzzEngage,
  pushBuzzEngageMeasures,
  influenceGoals,
  viralAims,
  viralDescriptions,
  goalCues,
  notGoalCues,
  growthVerbs,
  signalCues,
  notPurposeHeadings,
  rejectingHeadings,
  pastCues,
  futureCues,
  negatingOpeners,
  tacticFormats,
  reasonCues,
  boilerplate,
  weakBoilerplate,
  executorRoles,
  executorVerbs,
  executorVerbsAmbiguous,
  executorLabels,
  communityVerbs,
  communityWords,
  sharedObjects,
  massAudience,
  audienceNeeds,
  listening,
  listeningPurposes,
  channelExits,
  channelJudging,
  channelEach,
  judgingWords,
  exitConditions,
  guruAuthorities,
  guruClaims,
  fashionAppeals,
  businessObjectives,
  humanOutcomes,
  goalLabels
]
