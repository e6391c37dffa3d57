#!/usr/bin/env node
// Builds packages/consent-catalog/src/presets/presets.json from the Open Cookie Database (Apache-2.0)
// and the hand-curated scripts/presets/services.json.
//
//   node scripts/presets/build.js [--ocd path/to/open-cookie-database.csv]
//
// Node 20, ESM; reads the database with bandeau-catalog's reader (build it first: npm run build -w bandeau-catalog).
import { readFileSync, writeFileSync } from 'node:fs';
import { readOpenCookieDatabase } from 'bandeau-catalog/open-cookie-database';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '../..');
const DEFAULT_OCD = '/work/shared/data/open-cookie-database/open-cookie-database.csv';

/** The Open Cookie Database's rows, read by the catalog's one CSV reader. */
export const readOcd = (path) => readOpenCookieDatabase(readFileSync(path, 'utf8'));

// ---------------------------------------------------------------------------
// Durations: OCD's free text -> one language-free code that the widget words in the visitor's language:
// "session", "persistent" (web storage kept until deleted) or an ISO 8601 duration of one unit ("P13M", "PT30M").
const ISO = { second: 'PT#S', minute: 'PT#M', hour: 'PT#H', day: 'P#D', week: 'P#W', month: 'P#M', year: 'P#Y' };
const UNIT_ALIASES = [
  [/^(s|sec|secs|seconds?)$/, 'second'], [/^(m|min|mins|minutes?)$/, 'minute'],
  [/^(h|hrs?|hours?)$/, 'hour'], [/^(d|days?)$/, 'day'], [/^(w|weeks?)$/, 'week'],
  [/^(months?)$/, 'month'], [/^(y|yrs?|years?)$/, 'year'],
];
const SESSION = /^(session|sessions|seesion|session cookie|end of session( \(browser\))?|browser session)$/i;
const PERSISTENT = /^(persistent|permanent|forever|unlimited|no expiration|never expires?)$/i;
export const DURATION = /^(session|persistent|PT?[1-9]\d*[YMWDHS])$/;

function unitOf(word) {
  for (const [re, unit] of UNIT_ALIASES) if (re.test(word.toLowerCase())) return unit;
  return null;
}

// Reduce to the largest exact (or near-exact, for days -> years) unit.
function simplify(n, unit) {
  if (unit === 'second' && n >= 60 && n % 60 === 0) return simplify(n / 60, 'minute');
  if (unit === 'minute' && n >= 60 && n % 60 === 0) return simplify(n / 60, 'hour');
  if (unit === 'hour' && n >= 24 && n % 24 === 0) return simplify(n / 24, 'day');
  if (unit === 'day' && n >= 360) {
    const y = Math.round(n / 365);
    if (Math.abs(n - y * 365) <= Math.max(2, y * 0.0025 * 365)) return [y, 'year'];
  }
  if (unit === 'day' && n >= 7 && n % 7 === 0 && n <= 28) return [n / 7, 'week'];
  if (unit === 'month' && n >= 12 && n % 12 === 0) return [n / 12, 'year'];
  return [n, unit];
}

/**
 * OCD's retention text (or a curated one, "13 months") as a duration code; undefined when it cannot be read (the
 * curated input must then give one). "After last activity", "from set/update", "by default" and a remark in brackets
 * are dropped: a cookie declaration gives the lifetime from the last write, and a site that changes a default
 * overrides the cookie in its config.
 */
export function normaliseDuration(raw) {
  const text = String(raw ?? '').replace(/\s+/g, ' ').trim();
  if (DURATION.test(text)) return text;
  if (SESSION.test(text)) return 'session';
  if (PERSISTENT.test(text)) return 'persistent';
  const m = /^(\d+)\s*([a-z]+)\.?(?:\s+after last activity|\s+from set\/ ?update|\s+by default, modifiable|\s+\([^)]*\))?$/i.exec(text);
  const unit = m && unitOf(m[2]);
  if (!unit) return undefined;
  const n = Number(m[1]);
  if (n === 0) return 'session';
  const [value, simple] = simplify(n, unit);
  return ISO[simple].replace('#', value);
}

// ---------------------------------------------------------------------------
// Descriptions and domains.
export function firstSentence(text) {
  const t = String(text).replace(/\s+/g, ' ').replace(/\s+Contents:.*$/, '.').trim();
  const sentences = t.match(/[^.!?]+(?:[.!?]+(?=\s+[A-Z(]|$)|$)/g) ?? [t];
  // Skip a leading sentence that says nothing ("Hotjar cookie.").
  let s = (sentences.find((x) => x.trim().split(' ').length >= 4) ?? sentences[0]).trim();
  if (!/[.!?]$/.test(s)) s += '.';
  return s.charAt(0).toUpperCase() + s.slice(1);
}

export function normaliseDomain(raw) {
  let d = String(raw ?? '').replace(/[\u200b-\u200d\ufeff]/g, '').trim();
  if (!d) return undefined;
  d = d.replace(/\(3rd party\)/gi, '').split(/\s*\bor\b\s*/i).map((x) => x.trim()).filter(Boolean)[0] ?? '';
  d = d.replace(/\.$/, '').replace(/^\./, '');
  if (!/^[a-z0-9*.-]+\.[a-z]{2,}$/i.test(d)) return undefined;
  return d.toLowerCase();
}

// ---------------------------------------------------------------------------
function buildPreset(id, svc, ocd) {
  const picked = [];
  for (const src of svc.ocd ?? []) {
    const rows = ocd.filter((r) => r.platform === src.platform);
    if (!rows.length) throw new Error(`${id}: OCD platform "${src.platform}" has no rows`);
    for (const want of src.only ?? []) {
      if (!rows.some((r) => r.name === want)) throw new Error(`${id}: "${want}" not in OCD platform "${src.platform}"`);
    }
    for (const r of rows) {
      if (src.only && !src.only.includes(r.name)) continue;
      if (src.exclude && src.exclude.includes(r.name)) continue;
      picked.push(r);
    }
  }

  const curated = svc.cookies ?? {};
  const out = new Map();
  for (const r of picked) {
    const key = r.name;
    if (out.has(key)) continue; // first row wins on duplicates
    const c = curated[key] ?? {};
    if (c.drop) continue;
    out.set(key, {
      name: c.name ?? r.name,
      prefix: c.prefix ?? r.wildcard,
      type: c.type,
      domain: 'domain' in c ? c.domain ?? undefined : normaliseDomain(r.domain),
      duration: c.duration !== undefined ? c.duration : r.retention,
      en: c.en ?? firstSentence(r.description),
      fr: c.fr,
    });
  }
  // Completions: curated cookies OCD does not have (for this service).
  for (const [key, c] of Object.entries(curated)) {
    if (out.has(key) || c.drop || picked.some((r) => r.name === key)) continue;
    if (!c.source) throw new Error(`${id}: added cookie "${key}" needs a source (the vendor's page)`);
    if (c.duration === undefined || !c.en) throw new Error(`${id}: added cookie "${key}" needs duration and en`);
    out.set(key, { name: c.name ?? key, prefix: !!c.prefix, type: c.type, domain: c.domain ?? undefined, duration: c.duration, en: c.en, fr: c.fr });
  }

  let cookies = [...out.values()];
  // Deduplicate: same name and type once; drop names that a prefix entry of the same type covers.
  const seen = new Set();
  cookies = cookies.filter((c) => {
    const k = `${c.type ?? 'cookie'}|${c.name}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
  cookies = cookies.filter((c) => !cookies.some((o) => o !== c && o.prefix && (o.type ?? 'cookie') === (c.type ?? 'cookie')
    && c.name.length > o.name.length && c.name.startsWith(o.name)));

  return {
    label: svc.label,
    provider: svc.provider,
    privacyPolicyUrl: svc.privacyPolicyUrl,
    category: svc.category,
    hosts: svc.hosts ?? [],
    // Where its cookies come from in the Open Cookie Database (the audit recognises them by platform).
    platforms: [...new Set((svc.ocd ?? []).map((src) => src.platform))],
    cookies: cookies.map((c) => {
      const fr = c.fr ?? svc.purposeFr;
      if (!fr) throw new Error(`${id}: cookie "${c.name}" has no French purpose`);
      const o = { name: c.name };
      if (c.prefix) o.prefix = true;
      if (c.type && c.type !== 'cookie') o.type = c.type;
      if (c.domain) o.domain = c.domain;
      o.duration = normaliseDuration(c.duration);
      if (!o.duration) throw new Error(`${id}: cookie "${c.name}": duration "${c.duration}" is not one the widget can word; give one in services.json`);
      o.purpose = { fr, en: c.en };
      return o;
    }),
  };
}

export function build({ ocdPath = DEFAULT_OCD, servicesPath = resolve(here, 'services.json') } = {}) {
  const ocd = readOcd(ocdPath);
  const { services } = JSON.parse(readFileSync(servicesPath, 'utf8'));
  const presets = {};
  for (const id of Object.keys(services).sort()) presets[id] = buildPreset(id, services[id], ocd);
  return presets;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const i = process.argv.indexOf('--ocd');
  const ocdPath = i > 0 ? process.argv[i + 1] : DEFAULT_OCD;
  const presets = build({ ocdPath });
  const target = resolve(root, 'packages/consent-catalog/src/presets/presets.json');
  writeFileSync(target, JSON.stringify(presets) + '\n');
  const n = Object.values(presets).reduce((s, p) => s + p.cookies.length, 0);
  console.log(`wrote ${target}: ${Object.keys(presets).length} presets, ${n} cookies`);
}
