// The widget's service presets, as far as the audit needs them: the category each belongs in, the hosts its
// requests go to (recognition of other origins), and the Open Cookie Database platforms whose cookies it sets
// (a preset declares those cookies).

/** @typedef {{ category: string, hosts: string[], platforms: string[] }} Preset */

/** @type {Record<string, Preset>} */
export const PRESETS = {
  'google-analytics': { category: 'analytics', hosts: ['google-analytics.com', 'analytics.google.com', 'region1.google-analytics.com'], platforms: ['Google Analytics'] },
  'google-tag-manager': { category: 'analytics', hosts: ['googletagmanager.com'], platforms: ['Google Tag Manager'] },
  'google-ads': { category: 'ads', hosts: ['googleadservices.com', 'googlesyndication.com', 'doubleclick.net', 'googleads.g.doubleclick.net', 'adservice.google.com'], platforms: ['Google Ads', 'Google AdSense', 'DoubleClick/Google Marketing'] },
  'google-maps': { category: 'social', hosts: ['maps.googleapis.com', 'maps.gstatic.com', 'maps.google.com'], platforms: ['Google Maps'] },
  recaptcha: { category: 'necessary', hosts: ['recaptcha.net', 'www.google.com/recaptcha'], platforms: ['Google reCAPTCHA'] },
  youtube: { category: 'social', hosts: ['youtube.com', 'youtube-nocookie.com', 'ytimg.com', 'googlevideo.com'], platforms: ['Youtube'] },
  vimeo: { category: 'social', hosts: ['vimeo.com', 'vimeocdn.com'], platforms: ['Vimeo'] },
  dailymotion: { category: 'social', hosts: ['dailymotion.com', 'dmcdn.net'], platforms: ['Dailymotion'] },
  'meta-pixel': { category: 'ads', hosts: ['connect.facebook.net'], platforms: [] },
  facebook: { category: 'social', hosts: ['facebook.com', 'facebook.net', 'fbcdn.net'], platforms: ['Facebook'] },
  x: { category: 'social', hosts: ['x.com', 'twitter.com', 'twimg.com', 't.co'], platforms: ['X', 'Twitter'] },
  linkedin: { category: 'social', hosts: ['linkedin.com', 'licdn.com'], platforms: ['LinkedIn'] },
  tiktok: { category: 'social', hosts: ['tiktok.com', 'tiktokcdn.com', 'analytics.tiktok.com'], platforms: ['TikTok'] },
  pinterest: { category: 'social', hosts: ['pinterest.com', 'pinimg.com'], platforms: ['Pinterest'] },
  instagram: { category: 'social', hosts: ['instagram.com', 'cdninstagram.com'], platforms: ['Instagram'] },
  telegram: { category: 'social', hosts: ['telegram.org', 't.me'], platforms: ['Telegram'] },
  disqus: { category: 'social', hosts: ['disqus.com', 'disquscdn.com'], platforms: ['Disqus'] },
  matomo: { category: 'analytics', hosts: ['matomo.cloud', 'innocraft.cloud'], platforms: ['Matomo', 'Piwik'] },
  hotjar: { category: 'analytics', hosts: ['hotjar.com', 'hotjar.io'], platforms: ['Hotjar'] },
  'microsoft-clarity': { category: 'analytics', hosts: ['clarity.ms'], platforms: ['Microsoft Clarity'] },
  'piano-analytics': { category: 'analytics', hosts: ['piano.io', 'xiti.com', 'ati-host.net'], platforms: ['Piano', 'AT Internet'] },
  criteo: { category: 'ads', hosts: ['criteo.com', 'criteo.net'], platforms: ['Criteo'] },
  outbrain: { category: 'ads', hosts: ['outbrain.com', 'outbrainimg.com'], platforms: ['Outbrain'] },
  taboola: { category: 'ads', hosts: ['taboola.com', 'taboolasyndication.com'], platforms: ['Taboola'] },
  hubspot: { category: 'analytics', hosts: ['hubspot.com', 'hs-scripts.com', 'hs-analytics.net', 'hsforms.com', 'hs-banner.com'], platforms: ['HubSpot', 'Hubspot'] },
  intercom: { category: 'preferences', hosts: ['intercom.io', 'intercomcdn.com', 'intercomassets.com'], platforms: ['Intercom'] },
  stripe: { category: 'necessary', hosts: ['stripe.com', 'stripe.network', 'js.stripe.com'], platforms: ['Stripe'] },
  spotify: { category: 'social', hosts: ['spotify.com', 'scdn.co'], platforms: ['Spotify'] },
  soundcloud: { category: 'social', hosts: ['soundcloud.com', 'sndcdn.com'], platforms: ['SoundCloud'] },
  twitch: { category: 'social', hosts: ['twitch.tv', 'twitchcdn.net', 'jtvnw.net'], platforms: ['Twitch'] },
};

/**
 * The preset whose hosts cover `host` (exact host or a subdomain of a listed host), or null.
 * @param {string} host a hostname, without port
 * @returns {string | null}
 */
export function presetForHost(host) {
  const name = host.toLowerCase().replace(/\.$/, '');
  let best = null;
  let bestLength = 0;
  for (const [id, preset] of Object.entries(PRESETS)) {
    for (const listed of preset.hosts) {
      if (listed.includes('/')) continue;
      if ((name === listed || name.endsWith(`.${listed}`)) && listed.length > bestLength) {
        best = id;
        bestLength = listed.length;
      }
    }
  }
  return best;
}

/**
 * The preset that declares the cookies of an Open Cookie Database platform, or null.
 * @param {string | undefined} platform
 * @returns {string | null}
 */
export function presetForPlatform(platform) {
  if (!platform) return null;
  for (const [id, preset] of Object.entries(PRESETS)) if (preset.platforms.includes(platform)) return id;
  return null;
}

/** Platforms whose "Marketing" cookies are social-network or embed cookies rather than advertising ones. */
export const SOCIAL_PLATFORMS = new Set(
  Object.values(PRESETS)
    .filter((preset) => preset.category === 'social')
    .flatMap((preset) => preset.platforms)
    .concat(['ShareThis', 'AddThis', 'Viafoura']),
);
