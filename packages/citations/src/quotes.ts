import type {EssayId} from './essays.js'

/**
 * The passages rules cite, verbatim from the essays (a test checks each one
 * against the essay text, so a quote cannot drift from its source).
 */
export interface Quote {
  readonly essay: EssayId
  readonly text: string
}

export const quotes = {
  'list-of-websites': {
    essay: 'social-media-is-not-its-networks',
    text: 'stop writing what you think is your \u2018social media strategy\u2019 by starting off with a list of websites you need to post your content on, as if the media will create the society. It won\u2019t.'
  },
  'communities-create-networks': {
    essay: 'social-media-is-not-its-networks',
    text: 'Communities create networks, not the other way around.'
  },
  'why-people-should-care': {
    essay: 'social-media-is-not-its-networks',
    text: 'Social media strategy is about figuring out, first of all, why people should care.'
  },
  'tactic-is-not-strategy': {
    essay: 'social-media-is-not-its-networks',
    text: 'First, a tactic is not a strategy.'
  },
  'not-flickr-and-facebook': {
    essay: 'social-media-is-not-its-networks',
    text: 'Your social media strategy is not to start using Flickr and Facebook to spread your message, okay?'
  },
  'media-is-interchangeable': {
    essay: 'social-media-is-not-its-networks',
    text: 'The media is interchangeable.'
  },
  'not-mission-vision-values': {
    essay: 'social-media-is-not-its-networks',
    text: 'this is not \u2018mission, vision, values\u2019 territory - it\u2019s about real drives, passions and beliefs.'
  },
  'purposeless-tactical-activity': {
    essay: 'social-accidents',
    text: 'Labeling purposeless tactical activity as strategic is like creating a strategic plan without involving the people who are supposed to execute the plan.'
  },
  'purposeless-as-strategic': {
    essay: 'social-accidents',
    text: 'Labeling purposeless tactical activity as strategic'
  },
  'people-who-execute': {
    essay: 'social-accidents',
    text: 'like creating a strategic plan without involving the people who are supposed to execute the plan.'
  },
  'business-not-human-objective': {
    essay: 'social-accidents',
    text: 'we think about organizations and people using social to achieve a business objective rather than a human objective.'
  },
  'pursuing-influence': {
    essay: 'social-accidents',
    text: 'Everyone and every company appears to be pursuing an objective of \u2018influence\u2019.'
  },
  'influence-is-tactical': {
    essay: 'social-accidents',
    text: 'Applying traditional practices of marketing to \u2018be more influential with humans\u2019 by using social technology is not a strategy, it is tactical'
  },
  'wrong-beliefs': {
    essay: 'strategic-cart-before-social-horse',
    text: 'A strategy grounded in the wrong beliefs puts the cart before the horse'
  },
  'friends-and-likes': {
    essay: 'strategic-cart-before-social-horse',
    text: 'chasing friends and likes followed by self-justification of the ROI on such efforts. But for the majority the numbers simply don\u2019t justify the cost.'
  },
  'viral-messages': {
    essay: 'strategic-cart-before-social-horse',
    text: 'crafting viral messages with the aim of selling something. Everyone knows the intent.'
  },
  'push-buzz-engage': {
    essay: 'maximize-meaning',
    text: 'most \u2018social media\u2019 strategies have one or more of three goals: to \u2018push product,\u2019 \u2018build buzz,\u2019 or \u2018engage consumers.\u2019 None of these lives up to the Internet\u2019s promise of meaning.'
  },
  'meaningful-value': {
    essay: 'maximize-meaning',
    text: 'socially useful stuff that creates meaningful value for people, communities, and tomorrow\u2019s generations.'
  },
  'meaningful-social-object': {
    essay: 'maximize-meaning',
    text: 'connecting with constituents around a meaningful social object: a lifestyle, identity or cause.'
  },
  'customer-as-individual': {
    essay: 'social-just-is',
    text: 'we must recognize the customer as an individual and empower them in everything we do'
  },
  'listening-without-purpose': {
    essay: 'social-just-is',
    text: 'Just listening without a purpose can hurt more than it can help.'
  },
  'hard-to-get-out': {
    essay: 'social-just-is',
    text: 'once you are committed to a channel (listening) it is very easy to get in, but extremely hard to get out.'
  },
  'challenge-the-gurus': {
    essay: 'social-just-is',
    text: 'Challenge the gurus with the Social Media strategies, not just to challenge, but to ask them how they did it.'
  },
  'no-one-size-fits-all': {
    essay: 'social-just-is',
    text: 'there is no one size fits all answer to these questions'
  }
} as const satisfies Record<string, Quote>

export type QuoteId = keyof typeof quotes
