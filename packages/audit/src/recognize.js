// Recognition: cookie and storage-key names against the Open Cookie Database (derived file data/cookies.json, see
// NOTICE), other origins' hosts against the hosts of the presets (bandeau-catalog, the list the widget uses).
import { readFileSync } from 'node:fs';
import { presetForHost, PRESETS } from 'bandeau-catalog/presets/presets';
import { bannerKey } from './banners.js';

const DB = JSON.parse(readFileSync(new URL('../data/cookies.json', import.meta.url), 'utf8'));

/** @typedef {{ name: string, prefix: boolean, platform: string, category: string, purpose: string, retention: string, controller: string, privacyUrl: string }} Known */

/** @type {Map<string, Known>} */
const EXACT = new Map();
/** @type {Known[]} longest prefix first */
const PREFIXES = [];
for (const [name, prefix, platform, category, purpose, retention, controller, privacyUrl] of DB.entries) {
  const entry = { name, prefix: prefix === 1, platform, category, purpose, retention, controller, privacyUrl };
  if (entry.prefix) PREFIXES.push(entry);
  else if (!EXACT.has(name)) EXACT.set(name, entry);
}
PREFIXES.sort((a, b) => b.name.length - a.name.length);

/**
 * What the Open Cookie Database knows of a cookie or key name, or null.
 * @param {string} name
 * @returns {Known | null}
 */
export function recognizeName(name) {
  return EXACT.get(name) ?? PREFIXES.find((entry) => name.startsWith(entry.name)) ?? null;
}

/**
 * What is known of a cookie or key: a consent banner's own consent key (strictly necessary, with the vendor's page),
 * else what the Open Cookie Database knows, in the report's shape; or null.
 * @param {string} name
 * @param {string} [type] 'cookie' (default), 'localStorage', 'sessionStorage', 'indexedDB'
 */
export function knownOf(name, type = 'cookie') {
  const consent = bannerKey(name, type);
  if (consent) {
    const { banner, key } = consent;
    return { platform: banner.name, category: 'necessary', purpose: key.purpose, retention: key.retention ?? '', controller: banner.vendor, privacyUrl: '', matched: key.prefix ? `${key.name}*` : key.name, banner: banner.name, source: banner.source };
  }
  const known = recognizeName(name);
  if (!known) return null;
  return { platform: known.platform, category: known.category, purpose: known.purpose, retention: known.retention, controller: known.controller, privacyUrl: known.privacyUrl, matched: known.prefix ? `${known.name}*` : known.name };
}

/** The entries of the database for some platforms (the cookies a preset declares). */
export function entriesOfPlatforms(platforms) {
  return [...EXACT.values(), ...PREFIXES].filter((entry) => platforms.includes(entry.platform));
}

/**
 * The preset and category of a host:port, or null.
 * @param {string} hostPort
 */
export function recognizeHost(hostPort) {
  const host = hostPort.replace(/:\d+$/, '');
  const preset = presetForHost(host);
  return preset ? { preset, category: PRESETS[preset].category } : null;
}
