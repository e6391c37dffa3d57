#!/usr/bin/env node
// Checks packages/consent-catalog/src/presets/presets.json: its shape, that it is what build.js makes of services.json, and that every cookie
// fact it publishes (name, prefix, type, domain, duration) either is the Open Cookie Database's or names its source
// (the vendor's page) in services.json, and that every cookie has a purpose in every language of the widget (French and
// English in presets.json, the others in packages/consent-catalog/src/presets/purposes/<lang>.json, translated from
// the English presets.json has now: see purposes.js). Exits 1 and lists the problems if any.
//
//   node scripts/presets/check.js                 # the check (CI runs it: npm run test:presets)
//   node scripts/presets/check.js --write-ocd [path/to/open-cookie-database.csv]
//        rewrites ocd-rows.csv, the Open Cookie Database rows of the platforms services.json names, so that the
//        check (and the build, with --ocd) runs where the full database is not (a fresh CI machine)
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isDeepStrictEqual } from 'node:util';
import { parseCsv } from 'bandeau-catalog/open-cookie-database';
import { build, normaliseDomain, normaliseDuration, readOcd } from './build.js';
import { PURPOSE_LANGUAGES, purposeProblems, readPurposes } from './purposes.js';

const here = dirname(fileURLToPath(import.meta.url));
const PRESETS = resolve(here, '../../packages/consent-catalog/src/presets/presets.json');
const SERVICES = resolve(here, 'services.json');
export const OCD_ROWS = resolve(here, 'ocd-rows.csv');

const REQUIRED = ['google-analytics', 'google-tag-manager', 'google-ads', 'google-maps', 'recaptcha', 'youtube', 'vimeo',
  'dailymotion', 'meta-pixel', 'facebook', 'x', 'linkedin', 'tiktok', 'pinterest', 'instagram', 'telegram', 'disqus', 'matomo',
  'hotjar', 'microsoft-clarity', 'piano-analytics', 'criteo', 'outbrain', 'taboola', 'hubspot', 'intercom', 'stripe', 'spotify',
  'soundcloud', 'twitch'];
const CATEGORIES = new Set(['necessary', 'analytics', 'social', 'ads', 'preferences']);
const TYPES = new Set(['cookie', 'localStorage', 'sessionStorage']);
const PRESET_KEYS = new Set(['label', 'provider', 'privacyPolicyUrl', 'category', 'hosts', 'platforms', 'cookies']);
const COOKIE_KEYS = new Set(['name', 'prefix', 'type', 'domain', 'duration', 'purpose']);
/** What the widget can word in every language (src/ui/preferences/service-details.ts). */
const DURATION = /^(session|persistent|PT?[1-9]\d*[YMWDHS])$/;

const text = (v) => typeof v === 'string' && v.trim() !== '';
const bilingual = (v) => v && typeof v === 'object' && text(v.fr) && text(v.en) && Object.keys(v).length === 2;
/** A source is the https URL of the page that states the fact (or a list of them). */
export const isSource = (v) => (Array.isArray(v) ? v.length > 0 && v.every(isSource) : typeof v === 'string' && /^https:\/\/[^\s]+$/.test(v));

/** The shape of presets.json (what the widget reads). */
export function shapeProblems(presets, services) {
  const problems = [];
  const bad = (id, msg) => problems.push(`${id}: ${msg}`);
  // Services whose curated entry says they load nothing from a third party may have no hosts (none today).
  const firstPartyOnly = new Set(Object.entries(services).filter(([, s]) => s.firstPartyOnly).map(([id]) => id));
  for (const id of REQUIRED) if (!presets[id]) bad(id, 'required preset missing');
  if (Object.keys(presets).length < 40) bad('*', `only ${Object.keys(presets).length} presets, 40 wanted`);
  for (const [id, p] of Object.entries(presets)) {
    if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(id)) bad(id, 'id is not kebab-case');
    for (const k of Object.keys(p)) if (!PRESET_KEYS.has(k)) bad(id, `unexpected field "${k}"`);
    for (const k of ['label', 'provider', 'privacyPolicyUrl', 'category']) if (!text(p[k])) bad(id, `${k} missing`);
    try {
      if (new URL(p.privacyPolicyUrl).protocol !== 'https:') bad(id, 'privacyPolicyUrl is not https');
    } catch { bad(id, 'privacyPolicyUrl is not a URL'); }
    if (!CATEGORIES.has(p.category)) bad(id, `unknown category "${p.category}"`);
    if (!Array.isArray(p.hosts)) bad(id, 'hosts is not an array');
    else {
      if (!p.hosts.length && !firstPartyOnly.has(id)) bad(id, 'hosts empty for a service that loads third-party content');
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
      if (!DURATION.test(c.duration)) bad(id, `${where}: duration "${c.duration}" is not "session", "persistent" or an ISO 8601 duration of one unit`);
      if (!bilingual(c.purpose)) bad(id, `${where}: purpose needs fr and en`);
    }
  }
  return problems;
}

/**
 * Every published cookie fact is the Open Cookie Database's (a row of one of the service's platforms, of the same name,
 * normalised as the build does) or its curated entry in services.json names a source URL. The curated entry is the
 * one keyed by the OCD name the cookie came from, or by its own name.
 */
export function provenanceProblems(presets, services, ocdRows) {
  const problems = [];
  for (const [id, preset] of Object.entries(presets)) {
    const service = services[id] ?? {};
    // The rows the build takes, in its order (per "ocd" entry, its "only" and "exclude"), then the platforms' others.
    const picked = (service.ocd ?? []).flatMap((o) => ocdRows.filter((r) => r.platform === o.platform
      && (!o.only || o.only.includes(r.name)) && !(o.exclude ?? []).includes(r.name)));
    const platforms = new Set((service.ocd ?? []).map((o) => o.platform));
    const curated = Object.entries(service.cookies ?? {});
    for (const c of preset.cookies ?? []) {
      const [key, entry] = curated.find(([k, e]) => (e.name ?? k) === c.name) ?? [c.name, undefined];
      const row = picked.find((r) => r.name === key) ?? ocdRows.find((r) => platforms.has(r.platform) && r.name === key);
      const differs = row
        ? [
            c.name !== row.name && `name (OCD: ${row.name})`,
            !!c.prefix !== row.wildcard && `prefix (OCD: ${row.wildcard})`,
            (c.type ?? 'cookie') !== 'cookie' && `type ${c.type} (OCD: a cookie)`,
            (c.domain ?? undefined) !== normaliseDomain(row.domain) && `domain ${c.domain ?? "the site's own"} (OCD: ${normaliseDomain(row.domain) ?? "the site's own"})`,
            c.duration !== normaliseDuration(row.retention) && `duration ${c.duration} (OCD: ${row.retention || 'none'})`,
          ].filter(Boolean)
        : ['every fact (no row of its name in the Open Cookie Database for this service)'];
      if (differs.length && !isSource(entry?.source)) {
        problems.push(`${id}: cookie "${c.name}": ${differs.join(', ')}: services.json must name the source, the vendor's page ("source": "https://…")`);
      }
    }
    for (const [key, entry] of curated) {
      if ('source' in entry && !isSource(entry.source)) problems.push(`${id}: cookie "${key}": source must be an https URL or a list of them`);
      if (entry.drop && !isSource(entry.source)) problems.push(`${id}: cookie "${key}" is dropped from the OCD's list: name the source that says why`);
    }
  }
  return problems;
}

/** presets.json is exactly what build.js makes of services.json and the OCD rows (nobody edited it by hand). */
export function buildProblems(presets, ocdPath) {
  const built = build({ ocdPath });
  const ids = new Set([...Object.keys(built), ...Object.keys(presets)]);
  return [...ids].filter((id) => !isDeepStrictEqual(built[id], presets[id])).map((id) => `${id}: presets.json differs from what build.js makes (run node scripts/presets/build.js --ocd scripts/presets/ocd-rows.csv)`);
}

/** The OCD rows of the platforms services.json names, as CSV (header first). */
export function ocdSubset(csvText, services) {
  const platforms = new Set(Object.values(services).flatMap((s) => (s.ocd ?? []).map((o) => o.platform)));
  const [header, ...rows] = parseCsv(csvText);
  const col = header.indexOf('Platform');
  const quote = (field) => (/[",\r\n]/.test(field) ? `"${field.replace(/"/g, '""')}"` : field);
  return [header, ...rows.filter((r) => platforms.has((r[col] ?? '').trim()))].map((r) => r.map(quote).join(',')).join('\n') + '\n';
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { services } = JSON.parse(readFileSync(SERVICES, 'utf8'));
  const i = process.argv.indexOf('--write-ocd');
  if (i > 0) {
    const source = process.argv[i + 1] ?? '/work/shared/data/open-cookie-database/open-cookie-database.csv';
    writeFileSync(OCD_ROWS, ocdSubset(readFileSync(source, 'utf8'), services));
    console.log(`wrote ${OCD_ROWS} from ${source}`);
    process.exit(0);
  }
  const presets = JSON.parse(readFileSync(PRESETS, 'utf8'));
  const problems = [
    ...shapeProblems(presets, services),
    ...provenanceProblems(presets, services, readOcd(OCD_ROWS)),
    ...buildProblems(presets, OCD_ROWS),
    ...PURPOSE_LANGUAGES.flatMap((language) => purposeProblems(presets, readPurposes(language), language)),
  ];
  if (problems.length) {
    console.error(`${problems.length} problem(s) in ${PRESETS}:\n  ${problems.join('\n  ')}`);
    process.exit(1);
  }
  const n = Object.values(presets).reduce((s, p) => s + p.cookies.length, 0);
  console.log(`ok: ${Object.keys(presets).length} presets, ${n} cookies, all required ids present, every fact from the Open Cookie Database or a named source, every purpose in ${PURPOSE_LANGUAGES.length + 2} languages`);
}
