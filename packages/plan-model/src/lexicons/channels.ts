import type {Lexicon} from '../types.js'

/**
 * Networks and platforms, current and past. Names that are also common words
 * (X, Threads, Medium, Line, Signal) only count when capitalized.
 */
export const platforms: Lexicon = {
  category: 'platform',
  entries: [
    ...[
      'Facebook', 'Instagram', 'TikTok', 'Twitter', 'LinkedIn', 'YouTube', 'Flickr', 'Pinterest',
      'Snapchat', 'Reddit', 'Tumblr', 'WhatsApp', 'Telegram', 'Discord', 'Slack', 'Twitch',
      'Mastodon', 'Bluesky', 'Lemon8', 'BeReal', 'MySpace', 'Vine', 'Friendster', 'Orkut', 'Bebo',
      'Digg', 'StumbleUpon', 'Periscope', 'Clubhouse', 'WeChat', 'Weibo', 'Douyin', 'Xiaohongshu',
      'VKontakte', 'Nextdoor', 'Quora', 'Substack', 'Patreon', 'Kickstarter', 'Spotify', 'SoundCloud',
      'Vimeo', 'Dribbble', 'Behance', 'Yelp', 'Tripadvisor', 'Meetup', 'Eventbrite', 'Strava',
      'Goodreads', 'Letterboxd', 'Kakao', 'KakaoTalk', 'Viber', 'Google+', 'Delicious', 'Foursquare',
      'Hacker News', 'Product Hunt', 'Stack Overflow', 'Instagram Reels', 'YouTube Shorts',
      'Facebook Groups', 'LinkedIn Groups', 'Twitter Spaces', 'Google Business Profile', 'Threads.net',
      'Fediverse', 'Truth Social', 'Gab', 'Rumble', 'Kick', 'Cohost', 'Hive Social', 'Post.news',
      'Mumsnet', 'Gumtree', 'Craigslist', 'Flipboard', 'Tinder', 'Bumble', 'Hinge', 'Roblox', 'Minecraft', 'Fortnite'
    ].map((phrase) => ({phrase, capitalized: true})),
    {phrase: 'insta', canonical: 'Instagram'},
    {phrase: 'IG', canonical: 'Instagram', capitalized: true},
    {phrase: 'FB', canonical: 'Facebook', capitalized: true},
    {phrase: 'YT', canonical: 'YouTube', capitalized: true},
    {phrase: 'tik tok', canonical: 'TikTok'},
    {phrase: 'you tube', canonical: 'YouTube'},
    {phrase: 'X', capitalized: true},
    {phrase: 'Threads', capitalized: true},
    {phrase: 'Medium', capitalized: true},
    {phrase: 'Line', capitalized: true},
    {phrase: 'Signal', capitalized: true},
    {phrase: 'Meta', capitalized: true}
  ]
}

/** Generic channels: not a network, but still a medium to post through. */
export const channels: Lexicon = {
  category: 'channel',
  entries: [
    'newsletter', 'e-newsletter', 'email newsletter', 'email campaign', 'email blast', 'mailing list',
    'email', 'e-mail', 'blog', 'blog post', 'vlog', 'podcast', 'webinar', 'livestream', 'live stream',
    'billboard', 'bus shelter', 'poster', 'flyer', 'leaflet', 'brochure', 'press release', 'radio',
    'radio ad', 'tv ad', 'television', 'print ad', 'magazine ad', 'banner ad', 'display ad',
    'paid social', 'social ad', 'search ad', 'google ads', 'adwords', 'ppc', 'seo', 'sms', 'text message',
    'direct mail', 'mailer', 'postcard', 'website', 'landing page', 'microsite', 'app store',
    'push notification', 'influencer', 'forum', 'message board', 'chat group', 'group chat',
    'social media', 'social network', 'social channel', 'social platform', 'socials',
    'youtube channel', 'tiktok account', 'instagram account', 'facebook page', 'twitter account',
    'hashtag', 'reels', 'short-form video', 'infographic', 'meme',
    'media release', 'op-ed', 'trade show', 'roadshow', 'street team', 'pop-up'
  ].map((phrase) => ({phrase}))
}

/** Words that mark a presence on a medium: an account, a page, a handle. */
export const channelCues: Lexicon = {
  category: 'channel-cue',
  entries: ['account', 'page', 'handle', 'profile', 'channel', 'feed', 'presence', 'platform', 'network', 'grid', 'followers'].map((phrase) => ({phrase}))
}

/** Cadence and scheduling words: a posting schedule is a tactic. */
export const schedule: Lexicon = {
  category: 'schedule',
  entries: [
    'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
    'mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun',
    'daily', 'weekly', 'fortnightly', 'biweekly', 'monthly', 'every day', 'every week', 'per week',
    'a week', 'per day', 'a day', 'times a week', 'x per week', 'posts per', 'post per',
    'posting schedule', 'content calendar', 'editorial calendar', 'cadence', 'posting frequency', 'am', 'pm'
  ].map((phrase) => ({phrase}))
}

/**
 * Hosts of social platforms, for links: a link to one is an account whatever
 * its text says (“[our page](https://facebook.com/…)”). A closed class, like
 * the platform names above.
 */
export const socialHosts: readonly string[] = [
  'twitter.com', 'x.com', 'facebook.com', 'instagram.com', 'linkedin.com', 'youtube.com', 'tiktok.com', 'reddit.com',
  'discord.gg', 'discord.com', 't.me', 'medium.com', 'bsky.app', 'threads.net', 'meetup.com', 'mastodon',
  'fosstodon.org', 'slack.com', 'twitch.tv', 'pinterest.com'
]
