// The site's config as the widget reads it (the JSON config block, or the categories of window.cookieConsent), and
// what it declares: category `cookies` (names and "/regex/"), services' cookies (name or prefix, with a type), and the
// cookies of the presets its services use. The widget's own consent cookie is always declared and necessary.
import { PRESETS } from './presets.js';
import { recognizeName } from './recognize.js';

export const DEFAULT_CONSENT_COOKIE = 'cookie_consent';

/**
 * @typedef {{ category: string, required: boolean, source: string }} Declaration
 * @typedef {{ name: string, regex?: RegExp, prefix?: boolean, type?: string, category: string, required: boolean, source: string, explicit: boolean }} Rule
 */

/** Parses a "/regex/flags" string, or null. */
function asRegex(text) {
  const match = /^\/(.+)\/([a-z]*)$/.exec(text);
  if (!match) return null;
  try {
    return new RegExp(match[1], match[2]);
  } catch {
    return null;
  }
}

/**
 * The site's configs, from what each page showed (distinct config blocks; the API's categories when there is none).
 * @param {{ configText: string | null, api: boolean, categories: string[] | null }[]} widgets
 */
export function siteConfigs(widgets) {
  const configs = [];
  const texts = new Set();
  let widgetSeen = false;
  for (const widget of widgets) {
    widgetSeen ||= widget.api || widget.configText !== null;
    if (widget.configText !== null && !texts.has(widget.configText)) {
      texts.add(widget.configText);
      try {
        const parsed = JSON.parse(widget.configText);
        if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) configs.push(parsed);
      } catch {
        // A config block that does not parse declares nothing.
      }
    } else if (widget.configText === null && widget.api && widget.categories && !configs.some((c) => c.fromApi)) {
      configs.push({ fromApi: true, categories: Object.fromEntries(widget.categories.map((id) => [id, {}])) });
    }
  }
  return { configs, widgetSeen };
}

/**
 * The declaration rules of some configs.
 * @param {any[]} configs
 */
export function declarations(configs) {
  /** @type {Rule[]} */
  const rules = [];
  const consentCookies = new Set([DEFAULT_CONSENT_COOKIE]);
  for (const config of configs) {
    if (typeof config.cookie?.name === 'string') consentCookies.add(config.cookie.name);
    for (const [id, category] of Object.entries(config.categories ?? {})) {
      if (!category || typeof category !== 'object') continue;
      const required = category.required === true || (id === 'necessary' && category.required !== false);
      for (const entry of Array.isArray(category.cookies) ? category.cookies : []) {
        if (typeof entry !== 'string') continue;
        const regex = asRegex(entry);
        rules.push({ name: entry, regex: regex ?? undefined, category: id, required, source: `categories.${id}.cookies`, explicit: true });
      }
      for (const [serviceId, service] of Object.entries(category.services ?? {})) {
        if (!service || typeof service !== 'object') continue;
        for (const cookie of Array.isArray(service.cookies) ? service.cookies : []) {
          if (typeof cookie?.name !== 'string') continue;
          rules.push({ name: cookie.name, prefix: cookie.prefix === true, type: cookie.type ?? 'cookie', category: id, required, source: `categories.${id}.services.${serviceId}`, explicit: true });
        }
        const preset = PRESETS[service.preset];
        if (preset) {
          rules.push({ name: `preset:${service.preset}`, platforms: preset.platforms, category: id, required, source: `categories.${id}.services.${serviceId} (preset ${service.preset})`, explicit: false });
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
    if (rule.platforms) hit = rule.platforms.includes(recognizeName(name)?.platform);
    else if (rule.regex) hit = rule.regex.test(name);
    else if (rule.type !== undefined) hit = (rule.type === type || (rule.type === 'cookie' && type === 'cookie')) && (rule.prefix ? name.startsWith(rule.name) : name === rule.name);
    else hit = name === rule.name;
    if (hit) return { category: rule.category, required: rule.required, source: rule.source };
  }
  return null;
}
