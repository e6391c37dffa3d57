/**
 * Finds our preset for another banner's service name ("gtag", "googleAnalytics", "Matomo/Piwik", "youtube"…), from
 * the presets' own ids and labels plus the names the other banners use where they differ.
 */
import { PRESETS as presets } from 'bandeau-catalog/presets/presets';

export interface PresetSummary {
  label: string;
  provider: string;
  category: string;
}

export const PRESETS: Readonly<Record<string, PresetSummary>> = presets;

const normal = (name: string): string => name.normalize('NFD').toLowerCase().replace(/[^a-z0-9]/g, '');

/**
 * Names other banners give services whose normalised form is not our id or label (tarteaucitron's job names,
 * Klaro's and vanilla-cookieconsent's usual ids).
 */
const ALIASES: Record<string, string> = {
  gtag: 'google-analytics',
  analytics: 'google-analytics',
  gajs: 'google-analytics',
  ga: 'google-analytics',
  ga4: 'google-analytics',
  ganalytics: 'google-analytics',
  universalanalytics: 'google-analytics',
  googletagmanager: 'google-tag-manager',
  gtm: 'google-tag-manager',
  googlemapssearch: 'google-maps',
  googlemapsembed: 'google-maps',
  maps: 'google-maps',
  adsense: 'google-adsense',
  adsensesearchform: 'google-adsense',
  adsensesearchresult: 'google-adsense',
  googleadwordsremarketing: 'google-ads',
  googleadwordsconversion: 'google-ads',
  adwords: 'google-ads',
  googleadwords: 'google-ads',
  gads: 'google-ads',
  doubleclick: 'google-ads',
  facebookpixel: 'meta-pixel',
  fbpixel: 'meta-pixel',
  pixel: 'meta-pixel',
  facebooklikebox: 'facebook',
  facebookcomment: 'facebook',
  facebookpost: 'facebook',
  twitter: 'x',
  twitterembed: 'x',
  twittertimeline: 'x',
  twitteruwt: 'x',
  linkedininsighttag: 'linkedin-insight',
  linkedininsight: 'linkedin-insight',
  youtubeapi: 'youtube',
  youtubeplaylist: 'youtube',
  piwik: 'matomo',
  matomocloud: 'matomo',
  matomopiwik: 'matomo',
  xiti: 'piano-analytics',
  atinternet: 'piano-analytics',
  clarity: 'microsoft-clarity',
  tawk: 'tawk-to',
  sendinblue: 'brevo',
  turnstile: 'cloudflare-turnstile',
  bing: 'bing-ads',
  bingads: 'bing-ads',
  uetq: 'bing-ads',
  googlerecaptcha: 'recaptcha',
  recaptchav3: 'recaptcha',
  yandex: 'yandex-metrica',
  metrica: 'yandex-metrica',
  tiktokpixel: 'tiktok-pixel',
};

const INDEX = new Map<string, string>();
for (const [id, preset] of Object.entries(PRESETS)) {
  INDEX.set(normal(id), id);
  INDEX.set(normal(preset.label), id);
}
for (const [alias, id] of Object.entries(ALIASES)) if (PRESETS[id]) INDEX.set(alias, id);

/** Our preset id for any of these names (first match wins; "Matomo/Piwik" is also tried as "Matomo" and "Piwik"). */
export function presetFor(...names: Array<string | undefined>): string | undefined {
  for (const name of names) {
    if (typeof name !== 'string' || !name) continue;
    for (const candidate of [name, ...name.split(/[/()|,]/)]) {
      const found = INDEX.get(normal(candidate));
      if (found) return found;
    }
  }
  return undefined;
}
