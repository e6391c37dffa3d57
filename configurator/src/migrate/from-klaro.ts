/**
 * Klaro (`var klaroConfig = {...}`, see klaro.org/docs/integration/annotated-configuration): purposes become
 * categories (titles from `translations.<lang>.purposes`), services (`services`, or `apps` in older versions) become
 * presets or custom services under their first purpose (required services under "necessary"), their cookies the
 * category's cookie list; the privacy link, the cookie's name, domain and lifetime, the language, the notice and
 * modal texts, and `noticeAsModal`/`mustConsent` as the modal layout.
 */
import { Draft, plainText } from './draft.js';
import { RegexLiteral, Unreadable } from './literal.js';
import { presetFor } from './presets-match.js';

type Obj = Record<string, any>;
const isObj = (value: unknown): value is Obj => !!value && typeof value === 'object' && !Array.isArray(value) && !(value instanceof Unreadable) && !(value instanceof RegexLiteral);

/** Klaro's purpose names for what our built-in categories are. */
const PURPOSES: Record<string, string> = {
  required: 'necessary',
  necessary: 'necessary',
  functional: 'necessary',
  essential: 'necessary',
  analytics: 'analytics',
  analytical: 'analytics',
  statistics: 'analytics',
  marketing: 'ads',
  advertising: 'ads',
  ads: 'ads',
  social: 'social',
  socialmedia: 'social',
};
const NO_EQUIVALENT = ['elementID', 'styling', 'noAutoLoad', 'htmlTexts', 'embedded', 'groupByPurpose', 'acceptAll', 'hideDeclineAll', 'hideLearnMore', 'testing', 'additionalClass', 'disablePoweredBy', 'showDescriptionEmptyStore', 'autoFocus', 'showNoticeTitle', 'purposeOrder', 'version'];
const NOTICE_TEXTS: Record<string, string> = { 'consentNotice.title': 'bannerTitle', 'consentNotice.description': 'bannerText', acceptAll: 'acceptAll', decline: 'rejectAll', 'consentNotice.learnMore': 'customize', 'consentModal.title': 'dialogTitle', 'consentModal.description': 'dialogText', save: 'save', close: 'close' };

const at = (object: Obj, path: string): unknown => path.split('.').reduce<any>((value, key) => (isObj(value) ? value[key] : undefined), object);

export function fromKlaro(source: Obj): Draft {
  const draft = new Draft();
  for (const key of NO_EQUIVALENT) if (key in source) draft.note(key, 'no-equivalent');
  if (source.default === true) draft.note('default', 'prechecked');
  if (source.storageMethod === 'localStorage') draft.note('storageMethod', 'storage');
  draft.cookieSetting('name', source.cookieName ?? source.storageName, source.cookieName !== undefined ? 'cookieName' : 'storageName');
  draft.cookieSetting('domain', source.cookieDomain, 'cookieDomain');
  draft.cookieSetting('path', source.cookiePath, 'cookiePath');
  if (source.cookieExpiresAfterDays !== undefined) draft.lifetime(source.cookieExpiresAfterDays, 'cookieExpiresAfterDays');
  if (source.noticeAsModal === true || source.mustConsent === true) draft.config.layout = 'modal';
  const theme = Array.isArray(source.styling?.theme) ? source.styling.theme : [];
  if (theme.includes('dark')) draft.config.theme = 'dark';
  else if (theme.includes('light')) draft.config.theme = 'light';
  if (typeof source.lang === 'string' && source.lang !== 'zz') draft.config.language = source.lang;

  const translations: Obj = isObj(source.translations) ? source.translations : {};
  // The privacy link: `privacyPolicy` (a string, or per language with `default`), or the translations' privacyPolicyUrl.
  const policy = source.privacyPolicy;
  const privacy = typeof policy === 'string' ? policy : isObj(policy) ? (policy.default ?? Object.values(policy)[0]) : (translations.zz?.privacyPolicyUrl ?? Object.values(translations).find((t: any) => isObj(t) && t.privacyPolicyUrl)?.privacyPolicyUrl);
  if (typeof privacy === 'string' && privacy) draft.config.privacyPolicyUrl = privacy;
  for (const [code, table] of Object.entries(translations)) {
    if (code !== 'zz' && isObj(table) && table.privacyPolicyUrl && table.privacyPolicyUrl !== privacy) draft.note(`translations.${code}.privacyPolicyUrl`, 'no-equivalent', `one privacy link for every language: ${privacy}`);
  }

  // Services, in order; each under its first purpose.
  const services: unknown[] = Array.isArray(source.services) ? source.services : Array.isArray(source.apps) ? source.apps : [];
  const list = Array.isArray(source.services) ? 'services' : 'apps';
  const purposeTitle = (purpose: string): Record<string, string> => {
    const title: Record<string, string> = {};
    for (const [code, table] of Object.entries(translations)) {
      const entry = isObj(table) ? table.purposes?.[purpose] : undefined;
      const text = typeof entry === 'string' ? entry : isObj(entry) ? entry.title : undefined;
      if (code !== 'zz' && typeof text === 'string' && text) title[code] = plainText(text).text;
    }
    return title;
  };
  const purposeDescription = (purpose: string): Record<string, string> => {
    const description: Record<string, string> = {};
    for (const [code, table] of Object.entries(translations)) {
      const entry = isObj(table) ? table.purposes?.[purpose] : undefined;
      if (code !== 'zz' && isObj(entry) && typeof entry.description === 'string') description[code] = plainText(entry.description).text;
    }
    return description;
  };
  services.forEach((service, i) => {
    const where = `${list}[${i}]`;
    if (!isObj(service) || typeof service.name !== 'string') return draft.noteCode(service, where);
    const name = service.name;
    const purposes: string[] = (Array.isArray(service.purposes) ? service.purposes : []).filter((p: unknown): p is string => typeof p === 'string');
    const purpose = service.required === true ? 'required' : (purposes[0] ?? 'other');
    const ours = PURPOSES[purpose.toLowerCase().replace(/[^a-z]/g, '')] ?? purpose;
    const title = purposeTitle(purpose);
    const description = purposeDescription(purpose);
    const category = draft.category(ours, {
      ...(Object.keys(title).length && { title }),
      ...(Object.keys(description).length && { description }),
      ...(service.required === true && { required: true }),
    });
    if (purposes.length > 1) draft.note(`${where}.purposes`, 'no-equivalent', `a service belongs to one category: ${category}`);
    // Its title: on the service, or in the translations (per language).
    const label: Record<string, string> = {};
    for (const [code, table] of Object.entries(translations)) {
      const own = isObj(service.translations?.[code]) ? service.translations[code].title : undefined;
      const shared = isObj(table) && isObj(table[name]) ? table[name].title : undefined;
      const text = own ?? shared;
      if (code !== 'zz' && typeof text === 'string') label[code] = plainText(text).text;
    }
    const baseTitle = typeof service.title === 'string' ? plainText(service.title).text : (service.translations?.zz?.title ?? translations.zz?.[name]?.title);
    const preset = presetFor(name, baseTitle, ...Object.values(label));
    if (!preset) draft.note(`${where} (${name})`, 'no-preset');
    draft.service(category, name, { preset, label: Object.keys(label).length ? (baseTitle ? { ...label } : label) : (baseTitle ?? name) });
    for (const [j, cookie] of (Array.isArray(service.cookies) ? service.cookies : []).entries()) {
      const pattern = Array.isArray(cookie) ? cookie[0] : isObj(cookie) ? (cookie.pattern ?? cookie.name) : cookie;
      if (pattern instanceof RegexLiteral || typeof pattern === 'string') draft.cookie(category, typeof pattern === 'string' && /^\/.+\/[a-z]*$/.test(pattern) ? pattern.replace(/\/[a-z]+$/, '/') : pattern);
      else draft.noteCode(cookie, `${where}.cookies[${j}]`);
      if (Array.isArray(cookie) && cookie[2]) draft.note(`${where}.cookies[${j}]`, 'no-equivalent', `path and domain (${cookie.slice(1).join(', ')}): bandeau clears a cookie on the host and its parent domains`);
    }
    if (service.default === true && service.required !== true) draft.note(`${where}.default`, 'prechecked');
    if (service.optOut === true) draft.note(`${where}.optOut`, 'prechecked');
    for (const key of ['callback', 'onAccept', 'onDecline', 'onInit']) if (key in service) draft.note(`${where}.${key}`, 'function');
    for (const key of ['contextualConsentOnly', 'onlyOnce']) if (key in service) draft.note(`${where}.${key}`, 'no-equivalent');
  });

  // Texts per language; the services' descriptions have no place (bandeau describes a service by its cookies).
  const names = new Set(services.map((service) => (isObj(service) ? service.name : undefined)));
  for (const [code, table] of Object.entries(translations)) {
    if (code === 'zz' || !isObj(table)) continue;
    for (const [key, entry] of Object.entries(table)) if (names.has(key) && isObj(entry) && entry.description) draft.note(`translations.${code}.${key}.description`, 'no-equivalent');
    for (const [path, key] of Object.entries(NOTICE_TEXTS)) draft.text(code, key, at(table, path), `translations.${code}.${path}`);
    if (typeof table.ok === 'string' && !table.acceptAll) draft.text(code, 'acceptAll', table.ok, `translations.${code}.ok`);
  }
  draft.finishCategories();
  return draft;
}

export const isKlaro = (value: Obj): boolean =>
  Array.isArray(value.services) || Array.isArray(value.apps) || 'privacyPolicy' in value || 'mustConsent' in value || 'storageMethod' in value || isObj(value.translations?.zz);
