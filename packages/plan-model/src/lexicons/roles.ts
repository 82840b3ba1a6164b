import type {Lexicon, SectionRole} from '../types.js'

/** Heading words that say what a section is for. One lexicon per role. */
const roleWords: Record<SectionRole, readonly string[]> = {
  purpose: ['purpose', 'why', 'what for', 'mission', 'cause', 'reason', 'the point', 'the change', 'what changes', 'what we want to change', 'the problem', 'problem we', 'why this matters', 'why it matters', 'raison d\'etre', 'big why', 'our promise', 'what we stand for', "what we're about", 'what we are about', "what it's for", 'what it is for', 'what this is for', 'what this plan is for', 'what this is actually for', 'what the plan is for', 'what this campaign is for', "what we're for"],
  audience: ['audience', 'audiences', 'who it is for', "who it's for", 'who we serve', "who we're for", 'who we are for', 'who for', 'for whom', 'who we are talking to', "who we're talking to", 'people', 'personas', 'persona', 'target audience', 'target audiences', 'target market', 'target group', 'target groups', 'customers', 'stakeholders', 'users', 'readers', 'members', 'segments', 'who we serve', 'who it is for', 'community'],
  strategy: ['strategy', 'strategies', 'strategic', 'approach', 'go-to-market', 'go to market', 'big idea', 'how we will win', 'how we\'ll win'],
  tactics: ['tactics', 'tactical', 'activities', 'activity', 'actions', 'action plan', 'execution', 'content plan', 'calendar', 'schedule', 'what we will do', 'what we\'ll do', 'deliverables', 'workstreams', 'initiatives', 'campaign', 'campaigns', 'content', 'programme', 'program', 'rollout', 'roll-out', 'launch plan', 'checklist', 'posting', 'the plan', 'our plan', 'plan of action', "what we're doing", 'what we are doing'],
  channels: ['channel', 'channels', 'platform', 'platforms', 'social media', 'networks', 'where we will be', 'where we\'ll be', 'media mix', 'media plan', 'distribution', 'presence', 'outlets', 'social channels'],
  goals: ['goal', 'goals', 'objective', 'objectives', 'kpi', 'kpis', 'metric', 'metrics', 'measure', 'measures', 'measurement', 'success', 'outcome', 'outcomes', 'results', 'aims', 'okr', 'okrs', 'key results', 'what success looks like'],
  owners: ['team', 'owner', 'owners', 'ownership', 'roles', 'responsibilities', 'who does what', "who's doing what", 'who is doing what', 'who will do what', 'raci', 'staffing', 'resourcing', 'governance', 'people involved', 'who is involved', "who's involved", "who's doing it", 'who is doing it', 'who does it', 'who will do', "who'll do", 'doing the work', 'does the work', 'contacts', 'accountability'],
  beliefs: ['belief', 'beliefs', 'values', 'principles', 'what we believe', 'philosophy', 'assumptions', 'manifesto'],
  listening: ['listening', 'monitoring', 'social listening', 'insight', 'insights'],
  review: ['review', 'evaluation', 'evaluate', 'exit', 'exit criteria', 'when to stop', 'kill criteria', 'risks', 'learning', 'retrospective', 'check-in', 'checkpoints', 'sunset']
}

export const roleLexicons: readonly Lexicon[] = Object.entries(roleWords).map(([role, words]) => ({
  category: `role:${role}`,
  entries: words.map((phrase) => ({phrase}))
}))
