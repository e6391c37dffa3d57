// The cookies and storage keys a site's config declares with their type and duration: its services' own `cookies`,
// and the cookies of the presets they name (read from the widget's presets, src/services/presets.json).
import { existsSync, readFileSync } from 'node:fs';

/**
 * @typedef {{ name: string, prefix: boolean, type: 'cookie' | 'localStorage' | 'sessionStorage', duration: unknown, source: string }} DeclaredCookie
 */

const PRESETS_FILE = new URL('../../../src/services/presets.json', import.meta.url);
let presets = null;

/**
 * The cookies a preset declares (name, prefix, type, duration), or [] for an unknown preset. The one place that reads
 * the presets' file: the presets are moving to a catalog package, and this function is what follows them. Outside the
 * repository (the audit installed on its own) there is no such file and presets declare no duration.
 * @param {string} id
 * @returns {{ name: string, prefix?: boolean, type?: string, duration: unknown }[]}
 */
export function presetCookies(id) {
  presets ??= existsSync(PRESETS_FILE) ? JSON.parse(readFileSync(PRESETS_FILE, 'utf8')) : {};
  const preset = Object.hasOwn(presets, id) ? presets[id] : null;
  return Array.isArray(preset?.cookies) ? preset.cookies : [];
}

/**
 * Every cookie and key declared with a type and a duration in some configs.
 * @param {any[]} configs the site's configs (parsed config blocks)
 * @returns {DeclaredCookie[]}
 */
export function declaredCookies(configs) {
  /** @type {DeclaredCookie[]} */
  const out = [];
  const add = (cookie, source) => {
    if (typeof cookie?.name !== 'string') return;
    out.push({ name: cookie.name, prefix: cookie.prefix === true, type: cookie.type ?? 'cookie', duration: cookie.duration, source });
  };
  for (const config of configs) {
    for (const [id, category] of Object.entries(config?.categories ?? {})) {
      for (const [serviceId, service] of Object.entries(category?.services ?? {})) {
        if (!service || typeof service !== 'object') continue;
        const where = `categories.${id}.services.${serviceId}`;
        for (const cookie of Array.isArray(service.cookies) ? service.cookies : []) add(cookie, where);
        if (typeof service.preset === 'string') for (const cookie of presetCookies(service.preset)) add(cookie, `${where} (preset ${service.preset})`);
      }
    }
  }
  return out;
}

/**
 * The declarations whose name covers `name` (exact name, or prefix), the service's own before the presets'.
 * @param {DeclaredCookie[]} declared
 * @param {string} name
 */
export function declarationsOfName(declared, name) {
  return declared.filter((d) => (d.prefix ? name.startsWith(d.name) : name === d.name));
}
