// The common consent banners: the names autoconsent gives them, and the cookies and storage keys in which each keeps
// the visitor's choice. A key that only stores the choice is strictly necessary (the choice must be remembered to be
// respected). Each fact names the vendor's page it comes from.

/**
 * @typedef {{ name: string, prefix?: boolean, type?: 'cookie' | 'localStorage' | 'sessionStorage', purpose: string, retention?: string }} BannerKey
 *   retention: only where the source states it (a default the site may change)
 * @typedef {{ id: string, name: string, vendor: string, rules: string[], keys: BannerKey[], source: string }} Banner
 */

/** @type {Banner[]} */
export const BANNERS = [
  {
    id: 'bandeau',
    name: 'bandeau',
    vendor: 'bandeau',
    rules: ['bandeau'],
    keys: [], // its consent cookie is the config's `cookie.name`, declared by site-config.js
    source: 'https://github.com/bandeau-consent/bandeau',
  },
  {
    id: 'vanilla-cookieconsent',
    name: 'vanilla-cookieconsent',
    vendor: 'Orest Bida',
    rules: ['cookieconsent3', 'cookieconsent2'],
    keys: [{ name: 'cc_cookie', purpose: 'The plugin’s cookie: the visitor’s consent (default `cookie.name`).', retention: '182 days (default `cookie.expiresAfterDays`)' }],
    source: 'https://github.com/orestbida/cookieconsent/blob/master/docs/reference/configuration-reference.md',
  },
  {
    id: 'klaro',
    name: 'Klaro',
    vendor: 'KIProtect GmbH',
    rules: ['Klaro'],
    keys: [
      { name: 'klaro', purpose: 'Klaro’s consent information (default `storageName`, stored as a cookie by default).' },
      { name: 'klaro', type: 'localStorage', purpose: 'Klaro’s consent information when `storageMethod` is localStorage.' },
    ],
    source: 'https://klaro.org/docs/integration/annotated-configuration',
  },
  {
    id: 'tarteaucitron',
    name: 'tarteaucitron.js',
    vendor: 'Amauri Champeaux',
    rules: ['tarteaucitron.js', 'tarteaucitron deny'],
    keys: [{ name: 'tarteaucitron', purpose: 'Stores the consent (default `cookieName`).', retention: '365 days' }],
    source: 'https://github.com/AmauriC/tarteaucitron.js',
  },
  {
    id: 'cookiebot',
    name: 'Cookiebot',
    vendor: 'Usercentrics A/S',
    rules: ['Cybotcookiebot'],
    keys: [{ name: 'CookieConsent', purpose: 'Cookiebot’s consent cookie, set without consent when classified as necessary.' }],
    source: 'https://support.cookiebot.com/hc/en-us/community/posts/360006393160-Information-sent-to-cookiebot-and-CookieConsent',
  },
  {
    id: 'onetrust',
    name: 'OneTrust',
    vendor: 'OneTrust LLC',
    rules: ['Onetrust'],
    keys: [
      { name: 'OptanonConsent', purpose: 'The visitor’s consent status; OneTrust’s cookies are necessary for its banner to function.' },
      { name: 'OptanonAlertBoxClosed', purpose: 'Set once the banner has been closed; OneTrust’s cookies are necessary for its banner to function.' },
    ],
    source: 'https://my.onetrust.com/articles/en_US/Knowledge/UUID-2dc719a8-4be5-8d16-1dc8-c7b4147b88e0',
  },
  {
    id: 'didomi',
    name: 'Didomi',
    vendor: 'Didomi',
    rules: ['didomi'],
    keys: /** @type {const} */ (['cookie', 'localStorage']).flatMap((type) => [
      { name: 'didomi_token', type, purpose: 'Consent to vendors and purposes (token format).' },
      { name: 'didomi_dcs', type, purpose: 'Consent to vendors and purposes (Didomi Consent String).' },
    ]),
    source: 'https://developers.didomi.io/cmp/web-sdk/consent-notice/cookies',
  },
  {
    id: 'axeptio',
    name: 'Axeptio',
    vendor: 'Axeptio',
    rules: ['axeptio'],
    keys: [
      { name: 'axeptio_cookies', purpose: 'The visitor’s consent: date, anonymous identifier, status.', retention: '6 months (default)' },
      { name: 'axeptio_all_vendors', purpose: 'The cookies declared in the Axeptio widget.', retention: '6 months (default)' },
      { name: 'axeptio_authorized_vendors', purpose: 'The cookies the visitor accepted.', retention: '6 months (default)' },
      { name: '_ax_token', purpose: 'Anonymous visitor identifier of the consent (CMP for publishers).', retention: '6 months (default)' },
      { name: '_ax_token', type: 'localStorage', purpose: 'Anonymous visitor identifier of the consent (CMP for publishers).' },
      { name: '_ax_expiration', type: 'localStorage', purpose: 'When the consent expires (CMP for publishers).' },
      { name: '_ax_tcstring', type: 'localStorage', purpose: 'The IAB TCF string of the consent (CMP for publishers).' },
    ],
    source: 'https://support.axeptio.eu/en/articles/274085-what-cookies-does-axeptio-set',
  },
  {
    id: 'usercentrics',
    name: 'Usercentrics',
    vendor: 'Usercentrics GmbH',
    rules: ['usercentrics-api', 'usercentrics-button'],
    keys: [
      { name: 'uc_settings', type: 'localStorage', purpose: 'The consent settings of each service.' },
      { name: 'uc_user_interaction', type: 'localStorage', purpose: 'Whether the visitor has answered the banner.' },
      { name: 'uc_tcf', type: 'localStorage', purpose: 'The IAB TCF string of the consent.' },
    ],
    // The storage keys of Usercentrics' own browser SDK (its published type declarations).
    source: 'https://app.unpkg.com/@usercentrics/cmp-browser-sdk@4.59.0/files/dist/src/services/Storage/enums.d.ts',
  },
  {
    id: 'osano',
    name: 'Osano',
    vendor: 'Osano, Inc.',
    rules: ['osano'],
    keys: [{ name: 'osano_consentmanager', purpose: 'The consent of each Osano category (ESSENTIAL, ANALYTICS, MARKETING, …).' }],
    // No page of Osano's own names the cookie; this integration guide does.
    source: 'https://edgee.mintlify.dev/docs/components/consent-management/osano-consent-mapping',
  },
  {
    id: 'iab-tcf',
    name: 'IAB TCF',
    vendor: 'IAB Europe (Transparency & Consent Framework)',
    rules: [],
    keys: [
      { name: 'euconsent-v2', purpose: 'The IAB TCF v2 consent string (TC string).' },
      { name: 'euconsent-v2', type: 'localStorage', purpose: 'The IAB TCF v2 consent string (TC string).' },
    ],
    source: 'https://developers.didomi.io/cmp/web-sdk/consent-notice/cookies',
  },
];

/**
 * The banner whose consent cookie or key `name` is, with that key, or null.
 * @param {string} name
 * @param {string} [type] 'cookie' (default), 'localStorage', 'sessionStorage'
 * @returns {{ banner: Banner, key: BannerKey } | null}
 */
export function bannerKey(name, type = 'cookie') {
  for (const banner of BANNERS) {
    for (const key of banner.keys) {
      if ((key.type ?? 'cookie') !== type) continue;
      if (key.prefix ? name.startsWith(key.name) : name === key.name) return { banner, key };
    }
  }
  return null;
}

/**
 * The banner an autoconsent rule operates, or a banner named after the rule when we know no more of it.
 * @param {string} rule the name autoconsent reports (`popupFound.cmp`)
 * @returns {{ id: string, name: string }}
 */
export function bannerOfRule(rule) {
  const banner = BANNERS.find((b) => b.rules.includes(rule));
  return banner ? { id: banner.id, name: banner.name } : { id: rule, name: rule };
}
