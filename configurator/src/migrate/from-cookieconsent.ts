/**
 * vanilla-cookieconsent v3 (`CookieConsent.run({...})`, see cookieconsent.orestbida.com/reference/configuration-reference):
 * categories (readOnly → required, autoClear cookies → cookies, services → presets or custom services), the
 * preferences sections' titles and descriptions (linkedCategory), the first layer's and the dialog's texts, the
 * cookie's name, domain, path, sameSite and lifetime, revision, language.
 */
import { Draft, firstLink, plainText } from './draft.js';
import { RegexLiteral, Unreadable } from './literal.js';
import { presetFor } from './presets-match.js';

type Obj = Record<string, any>;
const isObj = (value: unknown): value is Obj => !!value && typeof value === 'object' && !Array.isArray(value) && !(value instanceof Unreadable) && !(value instanceof RegexLiteral);

/** Keys of the source that have no counterpart (their behaviour is bandeau's own or not offered). */
const NO_EQUIVALENT = ['root', 'mode', 'autoShow', 'manageScriptTags', 'autoClearCookies', 'hideFromBots', 'disablePageInteraction', 'lazyHtmlGeneration'];
const CALLBACKS = ['onFirstConsent', 'onConsent', 'onChange', 'onModalShow', 'onModalHide', 'onModalReady'];

const CONSENT_TEXTS: Record<string, string> = { title: 'bannerTitle', description: 'bannerText', acceptAllBtn: 'acceptAll', acceptNecessaryBtn: 'rejectAll', showPreferencesBtn: 'customize' };
const DIALOG_TEXTS: Record<string, string> = { title: 'dialogTitle', acceptAllBtn: 'acceptAll', acceptNecessaryBtn: 'rejectAll', savePreferencesBtn: 'save', closeIconLabel: 'close' };

export function fromCookieConsent(source: Obj): Draft {
  const draft = new Draft();
  for (const key of CALLBACKS) if (key in source) draft.note(key, 'function');
  for (const key of NO_EQUIVALENT) if (key in source) draft.note(key, 'no-equivalent', JSON.stringify(source[key] instanceof Unreadable ? source[key].source : source[key]));

  if (typeof source.revision === 'number' && Number.isInteger(source.revision) && source.revision >= 0) draft.config.revision = source.revision;

  // The consent cookie.
  const cookie = isObj(source.cookie) ? source.cookie : {};
  draft.cookieSetting('name', cookie.name, 'cookie.name');
  draft.cookieSetting('domain', cookie.domain, 'cookie.domain');
  draft.cookieSetting('path', cookie.path, 'cookie.path');
  if (typeof cookie.sameSite === 'string') (draft.config.cookie ??= {}).sameSite = cookie.sameSite;
  if (typeof cookie.expiresAfterDays === 'number') draft.lifetime(cookie.expiresAfterDays, 'cookie.expiresAfterDays');
  else if (cookie.expiresAfterDays !== undefined) draft.noteCode(cookie.expiresAfterDays, 'cookie.expiresAfterDays');
  if (cookie.useLocalStorage) draft.note('cookie.useLocalStorage', 'storage');

  // Layout: a centred consent modal is our modal; a bar is our bar; box and cloud are our box.
  const consentModal = isObj(source.guiOptions?.consentModal) ? source.guiOptions.consentModal : undefined;
  if (consentModal) {
    const layout = String(consentModal.layout ?? 'box');
    const position = String(consentModal.position ?? '');
    draft.config.layout = /middle/.test(position) && !layout.startsWith('bar') ? 'modal' : layout.startsWith('bar') ? 'bar' : 'box';
    if (consentModal.position !== undefined) draft.note('guiOptions.consentModal.position', 'no-equivalent', position);
  }
  if (source.guiOptions?.preferencesModal) draft.note('guiOptions.preferencesModal', 'no-equivalent');

  // Categories, in order.
  const categories = isObj(source.categories) ? source.categories : {};
  for (const [name, category] of Object.entries<Obj>(categories)) {
    if (!isObj(category)) continue;
    const id = draft.category(name, category.readOnly === true ? { required: true } : name === 'necessary' ? {} : { required: false });
    if (category.enabled === true && !category.readOnly) draft.note(`categories.${name}.enabled`, 'prechecked');
    for (const [i, entry] of (Array.isArray(category.autoClear?.cookies) ? category.autoClear.cookies : []).entries()) {
      if (isObj(entry)) draft.cookie(id, entry.name);
      else draft.noteCode(entry, `categories.${name}.autoClear.cookies[${i}]`);
    }
    if (category.autoClear?.reloadPage !== undefined) draft.note(`categories.${name}.autoClear.reloadPage`, 'no-equivalent', 'bandeau reloads once by itself (reloadOnRevoke)');
    for (const [serviceName, service] of Object.entries<Obj>(isObj(category.services) ? category.services : {})) {
      const label = typeof service?.label === 'string' ? plainText(service.label).text : undefined;
      const preset = presetFor(serviceName, label);
      if (!preset) draft.note(`categories.${name}.services.${serviceName}`, 'no-preset');
      const serviceId = draft.service(id, serviceName, { preset, label: label ?? serviceName });
      for (const [i, entry] of (Array.isArray(service?.cookies) ? service.cookies : []).entries()) {
        if (isObj(entry)) draft.cookie(id, entry.name);
        else draft.noteCode(entry, `categories.${name}.services.${serviceName}.cookies[${i}]`);
      }
      for (const key of ['onAccept', 'onReject']) if (service && key in service) draft.note(`categories.${name}.services.${serviceName}.${key}`, 'function');
      void serviceId;
    }
  }

  // Languages: each translation's texts; the preferences sections give the categories' titles and descriptions.
  const language = isObj(source.language) ? source.language : {};
  const translations = isObj(language.translations) ? language.translations : {};
  const codes = Object.keys(translations).filter((code) => /^[a-z]{2,3}(-[a-z\d]{2,8})*$/i.test(code));
  if (typeof language.default === 'string') {
    if (language.autoDetect) draft.config.fallbackLanguage = language.default;
    else draft.config.language = language.default;
  }
  if (typeof language.rtl !== 'undefined') draft.note('language.rtl', 'no-equivalent');
  for (const code of Object.keys(translations)) {
    const table = translations[code];
    if (!isObj(table)) {
      draft.note(`language.translations.${code}`, typeof table === 'string' ? 'no-equivalent' : 'function', typeof table === 'string' ? `external file ${table}` : undefined);
      continue;
    }
    if (!codes.includes(code)) continue;
    for (const [key, ours] of Object.entries(CONSENT_TEXTS)) draft.text(code, ours, table.consentModal?.[key], `language.translations.${code}.consentModal.${key}`);
    for (const [key, ours] of Object.entries(DIALOG_TEXTS)) {
      // The dialog's accept and reject labels share our first layer's keys: keep the first layer's when both exist.
      if ((ours === 'acceptAll' || ours === 'rejectAll') && draft.config.texts?.[code.toLowerCase()]?.[ours]) continue;
      draft.text(code, ours, table.preferencesModal?.[key], `language.translations.${code}.preferencesModal.${key}`);
    }
    const privacy = firstLink(table.consentModal?.footer) ?? firstLink(table.consentModal?.description);
    if (privacy && draft.config.privacyPolicyUrl === undefined) draft.config.privacyPolicyUrl = privacy;
    if (table.consentModal?.footer) draft.note(`language.translations.${code}.consentModal.footer`, 'no-equivalent', privacy ? `its link became privacyPolicyUrl: ${privacy}` : undefined);
    for (const [i, section] of (Array.isArray(table.preferencesModal?.sections) ? table.preferencesModal.sections : []).entries()) {
      if (!isObj(section)) continue;
      const at = `language.translations.${code}.preferencesModal.sections[${i}]`;
      const linked = typeof section.linkedCategory === 'string' ? section.linkedCategory : undefined;
      const title = typeof section.title === 'string' ? plainText(section.title).text : '';
      const description = typeof section.description === 'string' ? plainText(section.description) : undefined;
      if (linked && categories[linked]) {
        draft.category(linked, { title: { [code]: title }, ...(description?.text && { description: { [code]: description.text } }) });
        if (description?.hadHtml) draft.note(`${at}.description`, 'html');
        if (section.cookieTable) draft.note(`${at}.cookieTable`, 'no-equivalent', "declare each cookie in its service (a preset's cookies are declared already)");
      } else if (description?.text) {
        // A free section (an introduction, "more information"): the dialog's text, once.
        if (i === 0 && !draft.config.texts?.[code.toLowerCase()]?.dialogText) draft.text(code, 'dialogText', section.description, `${at}.description`);
        else draft.note(at, 'no-equivalent', title || undefined);
      }
    }
  }
  draft.finishCategories();
  return draft;
}

/** Whether an object looks like a vanilla-cookieconsent config. */
export const isCookieConsent = (value: Obj): boolean =>
  isObj(value.language) && isObj(value.language.translations) ? true : isObj(value.guiOptions) || (isObj(value.categories) && Object.values(value.categories).some((c) => isObj(c) && ('readOnly' in c || 'enabled' in c || 'autoClear' in c)));
