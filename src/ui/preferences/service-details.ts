import { html, nothing, type TemplateResult } from 'lit-html';
import type { ResolvedConfig, ServiceId } from '../../core/types.js';
import type { ResolvedService } from '../../services/resolved.js';
import type { Texts, UIHost } from '../contract.js';
import { localize } from '../common.js';

// Shared by the preferences dialog and <cookie-declaration> (a chunk of its own, service-details.js, that the core
// fetches beside either).

/** Adds the preferences dialog's texts (fetched when it first opens) to the table, the config's overrides last. */
export const loadDialogTexts = (host: UIHost, table: Texts): Promise<void> =>
  host.load(`i18n/dialog/${host.language}`).then((module) => void Object.assign(table, module.default, host.config.texts[host.language]));

const services = new WeakMap<UIHost, Map<string, Promise<Record<ServiceId, ResolvedService>>>>();

/**
 * Every service's details, with the presets' purposes in `language` (services.js, the presets the config names and
 * their purposes in that language are fetched once, on the first call).
 */
export function loadServices(host: UIHost, language = host.language): Promise<Record<ServiceId, ResolvedService>> {
  let languages = services.get(host);
  if (!languages) services.set(host, (languages = new Map()));
  let resolved = languages.get(language);
  if (!resolved) {
    resolved = Object.keys(host.config.services).length
      ? host.load('services').then((module) => module.resolveServices(host.config, host.load, language))
      : Promise.resolve({});
    resolved.catch(() => languages.delete(language));
    languages.set(language, resolved);
  }
  return resolved;
}

/** Replaces `{name}` placeholders (a function replacement: "$&" and the like in a value stay literal). */
export const fill = (text: string, values: Record<string, string | number>): string =>
  text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));

/** A text of the table with its `{name}` placeholders filled. */
export type TextLookup = (key: string, values?: Record<string, string | number>) => string;

/** « 1 service » / « 2 services », by the language's plural rules. */
export const servicesCount = (t: TextLookup, language: string, count: number): string =>
  t(new Intl.PluralRules(language).select(count) === 'one' ? 'servicesOne' : 'servicesOther', { count });

/** A service as resolved by services.js, or (when that failed to load) as the config alone names it. */
export const serviceOf = (resolved: Record<ServiceId, ResolvedService>, config: ResolvedConfig, id: ServiceId): ResolvedService =>
  resolved[id] ?? { id, category: '', label: config.services[id]?.config.label ?? id, cookies: [] };

const UNITS: Record<string, string> = { Y: 'Year', M: 'Month', W: 'Week', D: 'Day', H: 'Hour', S: 'Second' };

/**
 * A cookie's duration in the language: "session" and "persistent" are the table's words, an ISO 8601 duration of one
 * unit ("P13M", "PT30M") is worded by Intl, or by the table's own plural forms where Intl lacks the language's unit
 * names (Chromium has none for Irish and Maltese: `durationYear` is "one:{n} …|…|other:{n} …", "other" last); any
 * other text is shown as written.
 */
export function durationText(t: TextLookup, duration: Parameters<typeof localize>[0], language: string): string {
  const value = localize(duration, language, 'en') ?? '';
  const iso = /^P(T?)([1-9]\d*)([YMWDHS])$/.exec(value);
  if (!iso) return value === 'session' || value === 'persistent' ? t(value) : value;
  const unit = iso[1] && iso[3] === 'M' ? 'Minute' : UNITS[iso[3]];
  const n = +iso[2];
  const forms = t('duration' + unit).split('|');
  if (!forms[0].includes(':')) return new Intl.NumberFormat(language, { style: 'unit', unit: unit.toLowerCase(), unitDisplay: 'long' }).format(n);
  const category = new Intl.PluralRules(language).select(n) + ':';
  const form = forms.find((f) => f.startsWith(category)) ?? forms[forms.length - 1];
  return fill(form.slice(form.indexOf(':') + 1), { n });
}

/** A service's label in the language (a preset's is a name, the same in every language). */
export const labelOf = (service: ResolvedService, language: string): string => localize(service.label, language, 'en') ?? service.id;

/**
 * A service's provider, privacy-policy link and cookie table: shared with `<cookie-declaration>` (which imports this
 * module). `describedBy` is the id of the provider line (a switch's description).
 */
export function renderServiceDetails(t: TextLookup, service: ResolvedService, language: string, describedBy: string): TemplateResult {
  const label = labelOf(service, language);
  const text = (value: Parameters<typeof localize>[0]) => localize(value, language, 'en') ?? '';
  return html`
    ${service.provider || service.privacyPolicyUrl
      ? html`<p class="provider" id=${describedBy}>
          ${service.provider ? html`<span>${t('provider', { provider: service.provider })}</span>` : nothing}
          ${service.privacyPolicyUrl ? html`<a href=${service.privacyPolicyUrl}>${t('servicePrivacy', { service: label })}</a>` : nothing}
        </p>`
      : nothing}
    ${service.cookies.length
      ? html`<table class="cookie-table" part="cookie-table">
          <caption>${t('cookiesCaption', { service: label })}</caption>
          <thead>
            <tr>
              <th scope="col">${t('cookieName')}</th>
              <th scope="col">${t('cookieDuration')}</th>
              <th scope="col">${t('cookiePurpose')}</th>
            </tr>
          </thead>
          <tbody>
            ${service.cookies.map(
              (cookie) => html`<tr>
                <td>
                  <code>${cookie.name}${cookie.prefix ? '*' : ''}</code>
                  ${cookie.type !== 'cookie' ? html`<span class="note">(${t(cookie.type)})</span>` : nothing}
                  ${cookie.domain ? html`<span class="note">${t('cookieDomain', { domain: cookie.domain })}</span>` : nothing}
                </td>
                <td>${durationText(t, cookie.duration, language)}</td>
                <td>${text(cookie.purpose)}</td>
              </tr>`,
            )}
          </tbody>
        </table>`
      : html`<p class="note">${t('noCookies')}</p>`}
  `;
}
