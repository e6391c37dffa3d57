// Lifetimes, declared and observed, and when they disagree. A lifetime is { kind: 'session' } (gone with the browsing
// session), { kind: 'persistent' } (no expiry: localStorage, or a declaration saying "persistent"), or
// { kind: 'fixed', seconds }.

const MINUTE = 60;
const HOUR = 3600;
const DAY = 86400;
/** @type {Array<[RegExp, number]>} */
const UNITS = [
  [/^(s|sec|secs|seconds?|secondes?)$/, 1],
  [/^(min|mins|minutes?)$/, MINUTE],
  [/^(h|hours?|heures?)$/, HOUR],
  [/^(d|days?|jours?)$/, DAY],
  [/^(w|weeks?|semaines?)$/, 7 * DAY],
  [/^(months?|mois)$/, 30.44 * DAY],
  [/^(y|years?|ans?|années?)$/, 365.25 * DAY],
];
const ISO_UNITS = { Y: 365.25 * DAY, M: 30.44 * DAY, W: 7 * DAY, D: DAY, H: HOUR, MIN: MINUTE, S: 1 };

/** Chromium keeps a cookie at most 400 days (RFC 6265bis): a longer declared lifetime is observed as 400 days. */
export const BROWSER_CAP_S = 400 * DAY;
/** How far an observed lifetime may be from the declared one (a fraction of it). */
export const TOLERANCE = 0.1;

/**
 * The lifetime a declared duration means, or null when it cannot be read (then nothing is compared). This is the one
 * place that knows how durations are written: a code as the presets write them (ISO 8601 "P13M", "PT30M", or
 * "session", "persistent"), a text ("13 months", "1 an"), a text per language ({ "en": …, "fr": … }, English read
 * first), or a structured value ({ "value": 13, "unit": "months" } or { "session": true }).
 * @param {unknown} duration
 * @returns {{ kind: 'session' } | { kind: 'persistent' } | { kind: 'fixed', seconds: number } | null}
 */
export function declaredLifetime(duration) {
  if (duration === null || duration === undefined) return null;
  if (typeof duration === 'number') return duration > 0 ? { kind: 'fixed', seconds: duration * DAY } : null; // days
  if (typeof duration === 'object' && !Array.isArray(duration)) {
    const record = /** @type {Record<string, unknown>} */ (duration);
    if (record.session === true || record.kind === 'session' || record.unit === 'session') return { kind: 'session' };
    if (record.persistent === true || record.kind === 'persistent' || record.unit === 'persistent') return { kind: 'persistent' };
    const value = record.value ?? record.amount ?? record.count;
    if (typeof value === 'number' && typeof record.unit === 'string') return fromText(`${value} ${record.unit}`);
    if (typeof record.iso === 'string') return fromText(record.iso);
    for (const text of [record.en, record.fr, ...Object.values(record)]) {
      if (typeof text !== 'string') continue;
      const read = fromText(text);
      if (read) return read;
    }
    return null;
  }
  return typeof duration === 'string' ? fromText(duration) : null;
}

/**
 * A lifetime from a text: the leading "N unit" of it ("2 years after last activity" is 2 years).
 * @param {string} text
 * @returns {{ kind: 'session' } | { kind: 'persistent' } | { kind: 'fixed', seconds: number } | null}
 */
function fromText(text) {
  const t = text.trim().toLowerCase();
  if (/^(session|de session|la session|fin de session)\b/.test(t)) return { kind: 'session' };
  if (/^(persistent|persistant|permanent|no expiry|sans expiration)\b/.test(t)) return { kind: 'persistent' };
  const iso = /^p(?:(\d+)y)?(?:(\d+)m)?(?:(\d+)w)?(?:(\d+)d)?(?:t(?:(\d+)h)?(?:(\d+)m)?(?:(\d+)s)?)?$/i.exec(t);
  if (iso && iso.slice(1).some(Boolean)) {
    const [y, mo, w, d, h, mi, s] = iso.slice(1).map((n) => Number(n ?? 0));
    return { kind: 'fixed', seconds: y * ISO_UNITS.Y + mo * ISO_UNITS.M + w * ISO_UNITS.W + d * ISO_UNITS.D + h * ISO_UNITS.H + mi * ISO_UNITS.MIN + s };
  }
  // A range ("30 seconds till 1 year") has no one lifetime to compare.
  if (/\b(till|until|to|à|jusqu)\b.*\d/.test(t.replace(/^\d+/, ''))) return null;
  const match = /^(\d+(?:[.,]\d+)?)\s*([a-zéè]+)/.exec(t);
  if (!match) return null;
  const unit = UNITS.find(([pattern]) => pattern.test(match[2]));
  return unit ? { kind: 'fixed', seconds: Number(match[1].replace(',', '.')) * unit[1] } : null;
}

/**
 * The lifetime the browser gives an item: a cookie's expiry as first seen, localStorage none, sessionStorage the session.
 * @param {{ type: string, lifetimeS?: number | null }} item
 */
export function observedLifetime(item) {
  if (item.type === 'localStorage') return { kind: 'persistent' };
  if (item.type === 'sessionStorage') return { kind: 'session' };
  if (item.type !== 'cookie') return null;
  return item.lifetimeS === null || item.lifetimeS === undefined ? { kind: 'session' } : { kind: 'fixed', seconds: item.lifetimeS };
}

/**
 * Whether an observed lifetime contradicts the declared one: more than 10 % apart, or a session against an expiry
 * (either way). A lifetime the browser capped is not a contradiction, and a localStorage key, which the browser keeps
 * with no expiry, is only held to a declared "session" (a script may delete it when its own clock says so).
 * @param {ReturnType<typeof declaredLifetime>} declared
 * @param {ReturnType<typeof observedLifetime>} observed
 */
export function lifetimesDiffer(declared, observed) {
  if (!declared || !observed) return false;
  if (observed.kind === 'session') return declared.kind !== 'session';
  if (observed.kind === 'persistent') return declared.kind === 'session';
  // observed: a fixed expiry
  if (declared.kind === 'session') return true;
  if (declared.kind === 'persistent') return false;
  const expected = Math.min(declared.seconds, BROWSER_CAP_S);
  return Math.abs(observed.seconds - expected) > TOLERANCE * expected;
}

/** A short text for a lifetime ("13 months", "1 day", "session", "no expiry"). */
export function describeLifetime(lifetime) {
  if (!lifetime) return 'unknown';
  if (lifetime.kind === 'session') return 'session';
  if (lifetime.kind === 'persistent') return 'no expiry';
  const s = lifetime.seconds;
  const round = (n, unit) => `${Math.round(n)} ${unit}${Math.round(n) === 1 ? '' : 's'}`;
  if (s < HOUR * 0.98) return round(Math.max(1, s / MINUTE), 'minute');
  if (s < DAY * 0.98) return round(s / HOUR, 'hour');
  // A few seconds pass between a cookie's setting and its reading: 86 398 s is a day.
  const near = (n) => Math.abs(n - Math.round(n)) < 0.02;
  if (s < 60 * DAY) return near(s / DAY) || s >= 2 * DAY ? round(s / DAY, 'day') : round(s / HOUR, 'hour');
  if (near(s / (365.25 * DAY)) && s > 300 * DAY) return round(s / (365.25 * DAY), 'year');
  if (s < 700 * DAY) return round(s / (30.44 * DAY), 'month');
  return round(s / (365.25 * DAY), 'year');
}
