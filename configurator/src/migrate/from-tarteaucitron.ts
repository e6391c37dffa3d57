/**
 * tarteaucitron.js (`tarteaucitron.init({...})`, `tarteaucitron.user.x = …`, `(tarteaucitron.job = …).push('name')`,
 * `tarteaucitron.services.name = {...}`; see github.com/AmauriC/tarteaucitron.js): each job becomes a service (a
 * preset where one exists, under the preset's category; a custom one with its declared type and cookies), and
 * `privacyUrl`, `cookieName`, `cookieDomain`, `orientation`, `showIcon`, `googleConsentMode` and the forced
 * language carry over. `tarteaucitron.user` values are the services' own settings: listed, never copied.
 */
import { Draft } from './draft.js';
import { Unreadable } from './literal.js';
import { presetFor } from './presets-match.js';

type Obj = Record<string, any>;

export interface TarteaucitronSetup {
  init?: Obj;
  user: Array<[name: string, value: unknown]>;
  jobs: string[];
  services: Record<string, Obj>;
  forceLanguage?: unknown;
}

/** tarteaucitron's service types and our categories. */
const TYPES: Record<string, string> = { analytic: 'analytics', ads: 'ads', social: 'social', video: 'social', comment: 'social', support: 'preferences', api: 'necessary', other: 'other' };
const NO_EQUIVALENT = ['hashtag', 'groupServices', 'showAlertSmall', 'cookieslist', 'iconPosition', 'iconSrc', 'adblocker', 'DenyAllCta', 'AcceptAllCta', 'highPrivacy', 'handleBrowserDNTRequest', 'removeCredit', 'moreInfoLink', 'useExternalCss', 'useExternalJs', 'readmoreLink', 'mandatory', 'mandatoryCta', 'bodyPosition', 'showDetailsOnClick', 'serviceDefaultState', 'closePopup', 'alwaysNeedConsent', 'partnersList', 'customCloserId', 'softConsent', 'dataLayer', 'serverSide', 'cookieslistEmbed'];

export function fromTarteaucitron(setup: TarteaucitronSetup): Draft {
  const draft = new Draft();
  const init = setup.init ?? {};
  draft.category('necessary');
  if (typeof init.privacyUrl === 'string' && init.privacyUrl) draft.config.privacyPolicyUrl = init.privacyUrl;
  draft.cookieSetting('name', init.cookieName, 'init.cookieName');
  draft.cookieSetting('domain', init.cookieDomain, 'init.cookieDomain');
  if (typeof init.orientation === 'string') draft.config.layout = init.orientation === 'middle' || init.orientation === 'popup' ? 'modal' : 'bar';
  if (init.orientation === 'top') draft.note('init.orientation', 'no-equivalent', 'top: bandeau shows its bar at the bottom');
  if (init.showIcon === true) draft.config.floatingButton = true;
  if (init.googleConsentMode === true) draft.config.googleConsentMode = true;
  if (init.highPrivacy === false) draft.note('init.highPrivacy', 'prechecked', 'implied consent is never used');
  for (const key of NO_EQUIVALENT) if (key in init && key !== 'highPrivacy') draft.note(`init.${key}`, 'no-equivalent');
  for (const [key, value] of Object.entries(init)) if (value instanceof Unreadable) draft.noteCode(value, `init.${key}`);
  if (typeof setup.forceLanguage === 'string') draft.config.language = setup.forceLanguage;

  for (const job of setup.jobs) {
    const custom = setup.services[job];
    const preset = presetFor(job, typeof custom?.name === 'string' ? custom.name : undefined);
    if (preset) {
      draft.service(draft.presetCategory(preset), job, { preset });
      continue;
    }
    if (custom) {
      const category = draft.category(TYPES[String(custom.type)] ?? 'other');
      draft.service(category, job, { label: typeof custom.name === 'string' ? custom.name : job, ...(typeof custom.uri === 'string' && { privacyPolicyUrl: custom.uri }) });
      for (const cookie of Array.isArray(custom.cookies) ? custom.cookies : []) draft.cookie(category, cookie);
      for (const key of ['js', 'fallback']) if (key in custom) draft.note(`tarteaucitron.services.${job}.${key}`, 'function');
      draft.note(`tarteaucitron.services.${job}`, 'no-preset');
    } else {
      draft.service(draft.category('other'), job, { label: job });
      draft.note(`tarteaucitron.job: ${job}`, 'no-preset');
    }
  }
  for (const [name, value] of setup.user) draft.note(`tarteaucitron.user.${name}`, value instanceof Unreadable ? 'function' : 'service-setting');
  draft.finishCategories();
  return draft;
}

/** Whether a plain object looks like tarteaucitron's init options. */
export const isTarteaucitronInit = (value: Obj): boolean =>
  ['hashtag', 'highPrivacy', 'orientation', 'privacyUrl', 'AcceptAllCta', 'DenyAllCta', 'showAlertSmall'].filter((key) => key in value).length >= 2;
