/**
 * The five essays every whatfor rule argues from. Metadata is copied from each
 * essay's front matter; this file is the one place it lives.
 */
export interface Essay {
  readonly id: EssayId
  readonly title: string
  readonly author: string
  readonly date: string
  readonly url: string
  readonly publishedIn: string
}

export type EssayId =
  | 'social-media-is-not-its-networks'
  | 'social-accidents'
  | 'strategic-cart-before-social-horse'
  | 'maximize-meaning'
  | 'social-just-is'

export const essays: Readonly<Record<EssayId, Essay>> = {
  'social-media-is-not-its-networks': {
    id: 'social-media-is-not-its-networks',
    title: 'Social media IS NOT its networks',
    author: 'Joel Kelly',
    date: '2008-12-07',
    url: 'http://ingenioustries.blogspot.com/2008/12/social-media-is-not-its-networks.html',
    publishedIn: 'ingenioustries (blog)'
  },
  'social-accidents': {
    id: 'social-accidents',
    title: 'Social Accidents Looking For a Place to Happen',
    author: 'Jay Deragon',
    date: '2012-10-04',
    url: 'http://www.relationship-economy.com/2012/10/social-accidents-looking-for-a-place-to-happen/',
    publishedIn: 'The Relationship Economy (blog)'
  },
  'strategic-cart-before-social-horse': {
    id: 'strategic-cart-before-social-horse',
    title: 'Putting The Strategic Cart Before The Social Horse',
    author: 'Jay Deragon',
    date: '2013-07-29',
    url: 'http://www.relationship-economy.com/2013/07/putting-the-strategic-cart-before-the-social-horse/',
    publishedIn: 'The Relationship Economy (blog)'
  },
  'maximize-meaning': {
    id: 'maximize-meaning',
    title: 'Does Your Social Media Strategy Maximize Meaning?',
    author: 'CEO of 2020 Social (the post\u2019s byline), summarising Umair Haque',
    date: '2010',
    url: 'https://humancapitalleague.com/does-your-social-media-strategy-maximize-meaning/',
    publishedIn: '2020 Social blog, reposted by Human Capital League'
  },
  'social-just-is': {
    id: 'social-just-is',
    title: 'Social Just is',
    author: 'Mitch Lieberman (quoting Esteban Kolsky, Graham Hill and Doc Searls)',
    date: '2009-11-16',
    url: 'http://mjayliebs.wordpress.com/2010/01/07/2009/11/16/social-just-is/',
    publishedIn: 'mjayliebs (blog), republished on CustomerThink'
  }
}
