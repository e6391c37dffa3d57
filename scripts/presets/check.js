#!/usr/bin/env node
// Validates packages/consent-catalog/src/presets/presets.json. Exits 1 and lists the problems if any.
//   node scripts/presets/check.js [path/to/presets.json]
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const file = process.argv[2] ?? resolve(here, '../../packages/consent-catalog/src/presets/presets.json');
const presets = JSON.parse(readFileSync(file, 'utf8'));
const { services } = JSON.parse(readFileSync(resolve(here, 'services.json'), 'utf8'));

const REQUIRED = ['google-analytics', 'google-tag-manager', 'google-ads', 'google-maps', 'recaptcha', 'youtube', 'vimeo',
  'dailymotion', 'meta-pixel', 'facebook', 'x', 'linkedin', 'tiktok', 'pinterest', 'instagram', 'telegram', 'disqus', 'matomo',
  'hotjar', 'microsoft-clarity', 'piano-analytics', 'criteo', 'outbrain', 'taboola', 'hubspot', 'intercom', 'stripe', 'spotify',
  'soundcloud', 'twitch'];
const CATEGORIES = new Set(['necessary', 'analytics', 'social', 'ads', 'preferences']);
const TYPES = new Set(['cookie', 'localStorage', 'sessionStorage']);
const PRESET_KEYS = new Set(['label', 'provider', 'privacyPolicyUrl', 'category', 'hosts', 'platforms', 'cookies']);
const COOKIE_KEYS = new Set(['name', 'prefix', 'type', 'domain', 'duration', 'purpose']);
// Services whose curated entry says they load nothing from a third party may have no hosts (none today).
const FIRST_PARTY_ONLY = new Set(Object.entries(services).filter(([, s]) => s.firstPartyOnly).map(([id]) => id));

const problems = [];
const bad = (id, msg) => problems.push(`${id}: ${msg}`);
const text = (v) => typeof v === 'string' && v.trim() !== '';
const bilingual = (v) => v && typeof v === 'object' && text(v.fr) && text(v.en) && Object.keys(v).length === 2;

for (const id of REQUIRED) if (!presets[id]) bad(id, 'required preset missing');
if (Object.keys(presets).length < 40) bad('*', `only ${Object.keys(presets).length} presets, 40 wanted`);

for (const [id, p] of Object.entries(presets)) {
  if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(id)) bad(id, 'id is not kebab-case');
  for (const k of Object.keys(p)) if (!PRESET_KEYS.has(k)) bad(id, `unexpected field "${k}"`);
  for (const k of ['label', 'provider', 'privacyPolicyUrl', 'category']) if (!text(p[k])) bad(id, `${k} missing`);
  try {
    const u = new URL(p.privacyPolicyUrl);
    if (u.protocol !== 'https:') bad(id, 'privacyPolicyUrl is not https');
  } catch { bad(id, 'privacyPolicyUrl is not a URL'); }
  if (!CATEGORIES.has(p.category)) bad(id, `unknown category "${p.category}"`);
  if (!Array.isArray(p.hosts)) bad(id, 'hosts is not an array');
  else {
    if (!p.hosts.length && !FIRST_PARTY_ONLY.has(id)) bad(id, 'hosts empty for a service that loads third-party content');
    for (const h of p.hosts) if (!/^(\*\.)?[a-z0-9-]+(\.[a-z0-9-]+)+$/.test(h)) bad(id, `bad host "${h}"`);
    if (new Set(p.hosts).size !== p.hosts.length) bad(id, 'duplicate hosts');
  }
  if (!Array.isArray(p.cookies)) { bad(id, 'cookies is not an array'); continue; }
  const seen = new Set();
  for (const c of p.cookies) {
    const where = `cookie "${c.name}"`;
    for (const k of Object.keys(c)) if (!COOKIE_KEYS.has(k)) bad(id, `${where}: unexpected field "${k}"`);
    if (!text(c.name)) bad(id, 'cookie without name');
    const key = `${c.type ?? 'cookie'}|${c.name}`;
    if (seen.has(key)) bad(id, `${where}: duplicate`);
    seen.add(key);
    if ('prefix' in c && c.prefix !== true) bad(id, `${where}: prefix must be true or absent`);
    if ('type' in c && (!TYPES.has(c.type) || c.type === 'cookie')) bad(id, `${where}: bad type "${c.type}"`);
    if ('domain' in c && !/^[a-z0-9-]+(\.[a-z0-9-]+)+$/.test(c.domain)) bad(id, `${where}: bad domain "${c.domain}"`);
    if (!bilingual(c.duration)) bad(id, `${where}: duration needs fr and en`);
    if (!bilingual(c.purpose)) bad(id, `${where}: purpose needs fr and en`);
  }
}

if (problems.length) {
  console.error(`${problems.length} problem(s) in ${file}:\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
const n = Object.values(presets).reduce((s, p) => s + p.cookies.length, 0);
console.log(`ok: ${Object.keys(presets).length} presets, ${n} cookies, all required ids present`);
