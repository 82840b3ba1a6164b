import type {Lexicon, SectionRole} from '../types.js'

/** Heading words that say what a section is for. One lexicon per role. */
const roleWords: Record<SectionRole, readonly string[]> = {
  purpose: [
    'purpose',
    'why',
    'what for',
    'mission',
    'reason',
    'the problem',
    'why this matters',
    'why it matters',
    'what this is for',
    'what this plan is for',
    "what we're for"
  ],
  audience: [
    'audience',
    "who it's for",
    "who we're for",
    'who we are talking to',
    "who we're talking to",
    'people',
    'personas',
    'target audience',
    'target market',
    'target group',
    'customers',
    'stakeholders',
    'users',
    'readers',
    'members',
    'segments',
    'community'
  ],
  strategy: ['strategy', 'strategic', 'approach', 'go-to-market'],
  tactics: [
    'tactics',
    'activities',
    'actions',
    'action plan',
    'execution',
    'content plan',
    'calendar',
    'schedule',
    'what we will do',
    "what we'll do",
    'deliverables',
    'initiatives',
    'campaign',
    'content',
    'programme',
    'program',
    'rollout',
    'launch plan',
    'checklist',
    'posting',
    'the plan'
  ],
  channels: [
    'channel',
    'platform',
    'social media',
    'networks',
    'media plan',
    'distribution',
    'presence',
    'outlets',
    'social channels'
  ],
  goals: [
    'goal',
    'objective',
    'kpi',
    'metric',
    'measure',
    'success',
    'outcome',
    'results',
    'aims',
    'okr',
    'key results',
    'what success looks like'
  ],
  owners: [
    'team',
    'owner',
    'roles',
    'responsibilities',
    'who does what',
    "who's doing what",
    'raci',
    'staffing',
    'resourcing',
    'governance',
    "who's involved",
    "who's doing it",
    'who does it',
    'does the work',
    'contacts',
    'accountability'
  ],
  beliefs: ['values', 'principles', 'philosophy', 'assumptions'],
  listening: ['listening', 'monitoring', 'social listening', 'insight'],
  review: ['review', 'evaluation', 'exit', 'risks', 'learning']
}

export const roleLexicons: readonly Lexicon[] = Object.entries(roleWords).map(([role, words]) => ({
  category: `role:${role}`,
  entries: words.map((phrase) => ({phrase}))
}))
