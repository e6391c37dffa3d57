// What the site declares, from the configs its pages showed (the JSON config block, or the categories of
// window.cookieConsent). Each config is read by the widget's own reader and checker (bandeau-catalog), so it means to
// the audit what it means to the widget, and its problems are the widget's console messages. It declares: category
// `cookies` (names and "/regex/flags", in the catalog's one syntax), services' cookies (name or prefix, with a type),
// and the cookies of the presets its services use (the catalog's presets, the list the widget shows). The widget's
// own consent cookie is always declared and necessary.
import { checkConfig } from 'bandeau-catalog/config/check-config';
import { DEFAULT_COOKIE } from 'bandeau-catalog/config/defaults';
import { problemMessages } from 'bandeau-catalog/config/report-problems';
import { readCookiePattern } from 'bandeau-catalog/config/schema';
import { cookieMatches, PRESETS } from 'bandeau-catalog/presets/presets';

export const DEFAULT_CONSENT_COOKIE = DEFAULT_COOKIE.name;

/**
 * @typedef {{ category: string, required: boolean, source: string }} Declaration
 * @typedef {{ name: string, regex?: RegExp, prefix?: boolean, type?: string, preset?: string, category: string, required: boolean, source: string, explicit: boolean }} Rule
 */

/**
 * The site's configs, from what each page showed (distinct config blocks; the API's categories when there is none),
 * and the problems the widget's checker finds in them, as the widget prints them on the page's console.
 * @param {{ configText: string | null, api: boolean, categories: string[] | null }[]} widgets
 */
export function siteConfigs(widgets) {
  const configs = [];
  /** @type {string[]} */
  const problems = [];
  const texts = new Set();
  let widgetSeen = false;
  for (const widget of widgets) {
    widgetSeen ||= widget.api || widget.configText !== null;
    if (widget.configText !== null && !texts.has(widget.configText)) {
      texts.add(widget.configText);
      for (const [, message] of problemMessages(checkConfig(widget.configText).problems)) problems.push(`[cookie-consent] ${message}`);
      try {
        const parsed = JSON.parse(widget.configText);
        if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) configs.push(parsed);
      } catch {
        // A config block that does not parse declares nothing (its problem is reported above).
      }
    } else if (widget.configText === null && widget.api && widget.categories && !configs.some((c) => c.fromApi)) {
      configs.push({ fromApi: true, categories: Object.fromEntries(widget.categories.map((id) => [id, {}])) });
    }
  }
  return { configs, widgetSeen, problems };
}

/**
 * The declaration rules of some configs, as the widget reads them: what its checker drops declares nothing.
 * @param {any[]} configs
 */
export function declarations(configs) {
  /** @type {Rule[]} */
  const rules = [];
  /** @type {Set<string>} */
  const consentCookies = new Set([DEFAULT_CONSENT_COOKIE]);
  for (const raw of configs) {
    const { fromApi, ...given } = raw;
    const config = checkConfig(given).config;
    consentCookies.add(config.cookie.name);
    for (const category of config.categories) {
      const { id, required } = category;
      for (const entry of category.cookies) {
        const pattern = readCookiePattern(entry);
        rules.push({ name: entry, regex: pattern instanceof RegExp ? pattern : undefined, category: id, required, source: `categories.${id}.cookies`, explicit: true });
      }
      for (const serviceId of category.services) {
        const service = config.services[serviceId].config;
        const source = `categories.${id}.services.${serviceId}`;
        for (const cookie of Array.isArray(service.cookies) ? service.cookies : []) {
          if (typeof cookie?.name !== 'string') continue;
          rules.push({ name: cookie.name, prefix: cookie.prefix === true, type: cookie.type ?? 'cookie', category: id, required, source, explicit: true });
        }
        if (typeof service.preset === 'string' && Object.hasOwn(PRESETS, service.preset)) {
          rules.push({ name: `preset:${service.preset}`, preset: service.preset, category: id, required, source: `${source} (preset ${service.preset})`, explicit: false });
        }
      }
    }
  }
  return { rules, consentCookies };
}

/**
 * How a cookie or key is declared, or null.
 * @param {{ rules: Rule[], consentCookies: Set<string> }} declared
 * @param {string} name
 * @param {string} type 'cookie' | 'localStorage' | 'sessionStorage' | 'indexedDB'
 * @returns {Declaration | null}
 */
export function declarationOf(declared, name, type) {
  if (type === 'cookie' && declared.consentCookies.has(name)) return { category: 'necessary', required: true, source: 'the widget’s consent cookie' };
  for (const rule of declared.rules) {
    let hit = false;
    if (rule.preset) hit = PRESETS[rule.preset].cookies.some((cookie) => cookieMatches(cookie, name, type));
    else if (rule.regex) hit = rule.regex.test(name);
    else if (rule.type !== undefined) hit = rule.type === type && (rule.prefix ? name.startsWith(rule.name) : name === rule.name);
    else hit = name === rule.name;
    if (hit) return { category: rule.category, required: rule.required, source: rule.source };
  }
  return null;
}
