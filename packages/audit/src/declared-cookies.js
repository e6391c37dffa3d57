// The cookies and storage keys a site's config declares by name, with their type and duration where it gives them:
// its categories' `cookies` (names only), its services' own `cookies`, and the cookies of the presets they name (the
// catalog's presets, the list the widget shows).
import { readCookiePattern } from 'bandeau-catalog/config/schema';
import { PRESETS } from 'bandeau-catalog/presets/presets';

/**
 * @typedef {{ name: string, prefix: boolean, type: 'cookie' | 'localStorage' | 'sessionStorage' | null, duration: unknown, category: string, source: string }} DeclaredCookie
 *   type null: any type (a category's list of names says none)
 */

/**
 * The cookies a preset declares (name, prefix, type, duration), or [] for an unknown preset.
 * @param {string} id
 * @returns {{ name: string, prefix?: boolean, type?: string, duration: unknown }[]}
 */
export const presetCookies = (id) => (Object.hasOwn(PRESETS, id) ? PRESETS[id].cookies : []);

/**
 * Every cookie and key declared with a type and a duration in some configs.
 * @param {any[]} configs the site's configs (parsed config blocks)
 * @returns {DeclaredCookie[]}
 */
export function declaredCookies(configs) {
  /** @type {DeclaredCookie[]} */
  const out = [];
  const add = (cookie, category, source) => {
    if (typeof cookie?.name !== 'string') return;
    out.push({ name: cookie.name, prefix: cookie.prefix === true, type: cookie.type ?? 'cookie', duration: cookie.duration, category, source });
  };
  for (const config of configs) {
    for (const [id, category] of Object.entries(config?.categories ?? {})) {
      for (const name of Array.isArray(category?.cookies) ? category.cookies : []) {
        // A "/regex/" is no name: it declares neither a type nor a lifetime (nor does an entry the widget rejects).
        if (typeof readCookiePattern(name) === 'string') out.push({ name, prefix: false, type: null, duration: undefined, category: id, source: `categories.${id}.cookies` });
      }
      for (const [serviceId, service] of Object.entries(category?.services ?? {})) {
        if (!service || typeof service !== 'object') continue;
        const where = `categories.${id}.services.${serviceId}`;
        for (const cookie of Array.isArray(service.cookies) ? service.cookies : []) add(cookie, id, where);
        if (typeof service.preset === 'string') for (const cookie of presetCookies(service.preset)) add(cookie, id, `${where} (preset ${service.preset})`);
      }
    }
  }
  return out;
}

/**
 * The most specific declarations of `name`: those of its exact name when there are any, else those of its longest
 * declared prefix (a config that lists `_ga_demo` says more of it than a preset's `_ga_*`).
 * @param {DeclaredCookie[]} declared
 * @param {string} name
 */
export function declarationsOfName(declared, name) {
  const exact = declared.filter((d) => !d.prefix && d.name === name);
  if (exact.length) return exact;
  const prefixes = declared.filter((d) => d.prefix && name.startsWith(d.name));
  const longest = Math.max(0, ...prefixes.map((d) => d.name.length));
  return prefixes.filter((d) => d.name.length === longest);
}
