// Parses and validates one posted receipt: the shared JSON Schema (ajv, draft 2020-12), then the
// rules that make a receipt canonical, so that what is stored is exactly what was accepted and
// every value the database is given is one it takes. The one place that says what a receipt is.
import Ajv2020Module from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { loadSchema } from './schema.js';

const Ajv2020 = /** @type {any} */ (Ajv2020Module).default ?? Ajv2020Module;
const addFormats = /** @type {any} */ (addFormatsModule).default ?? addFormatsModule;

export const MAX_BODY_BYTES = 8192;

/** decidedAt: RFC 3339 in UTC with `Z`, milliseconds optional (what `Date.prototype.toISOString()` writes). */
const DECIDED_AT = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(\.\d{3})?Z$/;
/** No decision predates the receiver's kind of law (and PostgreSQL's range stays far away). */
export const EARLIEST_DECISION = Date.UTC(2000, 0, 1);
/** How far ahead of the receiver's clock a visitor's clock may be. */
export const MAX_CLOCK_AHEAD_MS = 10 * 60 * 1000;

/**
 * Receipt fields that other parts of the project add (issue 23's variants, the jurisdictions'
 * regimes): accepted here until the shared schema has them. Only added where the schema does not
 * say anything, so that once the catalog's schema (bandeau-catalog/receipt) has them, it alone decides.
 */
const PENDING_PROPERTIES = {
  regime: { enum: ['opt-in', 'uk', 'opt-out', 'notice'] },
  region: { type: ['string', 'null'], pattern: '^[A-Z]{2}(-[A-Z0-9]{1,3})?$' },
  variant: { type: ['string', 'null'], minLength: 1, maxLength: 64 },
};
const PENDING_METHODS = ['notice', 'opt-out'];

/** @param {Record<string, any>} schema */
function withPendingFields(schema) {
  const s = structuredClone(schema);
  s.properties ??= {};
  for (const [k, v] of Object.entries(PENDING_PROPERTIES)) s.properties[k] ??= v;
  const method = s.properties.method;
  if (Array.isArray(method?.enum)) for (const m of PENDING_METHODS) if (!method.enum.includes(m)) method.enum.push(m);
  return s;
}

/**
 * @typedef {{ consentId: string, decidedAt: string, origin: string, [key: string]: unknown }} Receipt
 * @typedef {{ ok: true, receipt: Receipt, decidedTs: string } | { ok: false, reason: string }} Validation
 */

/**
 * @param {{ now?: () => number }} [opts] the receiver's clock (tests move it)
 * @returns {(text: string) => Validation}
 */
export function createValidator({ now = Date.now } = {}) {
  const { schema } = loadSchema();
  const ajv = new Ajv2020({ allErrors: false, strict: false });
  addFormats(ajv);
  const check = ajv.compile(withPendingFields(schema));
  return (text) => {
    let value;
    try {
      value = JSON.parse(text);
    } catch (err) {
      return { ok: false, reason: `invalid JSON: ${oneLine(/** @type {Error} */ (err).message)}` };
    }
    // Before the schema: a number JSON.parse changed (1e400, 12345678901234567890, 1.0) must
    // not be checked, or stored, as the value it was turned into.
    const inexact = inexactNumber(text);
    if (inexact !== null) {
      const where = pathOf(value, Number(inexact)) ?? '(receipt)';
      return { ok: false, reason: `schema violation at ${where}: ${inexact.slice(0, 40)} is not stored exactly (numbers must be whole, within ±9007199254740991, written plainly)` };
    }
    if (!check(value)) {
      const e = check.errors?.[0];
      const where = e?.instancePath || '(receipt)';
      const extra = e?.keyword === 'additionalProperties' ? ` "${e.params.additionalProperty}"` : '';
      return { ok: false, reason: oneLine(`schema violation at ${where}: ${e?.message ?? 'invalid'}${extra}`) };
    }
    const when = decidedInstant(value.decidedAt, now());
    if (!when.ok) return { ok: false, reason: `schema violation at /decidedAt: ${when.reason}` };
    return { ok: true, receipt: value, decidedTs: when.iso };
  };
}

/**
 * @typedef {{ origin: string, language: string, regime: string | null, variant: string | null }} Impression
 * @typedef {{ ok: true, impression: Impression } | { ok: false, reason: string }} ImpressionValidation
 */

/**
 * The body of POST /impressions: `{ origin, variant, regime, language }` and nothing else, each
 * field as the receipt schema defines it (regime and variant may be null or left out).
 * @returns {(text: string) => ImpressionValidation}
 */
export function createImpressionValidator() {
  const props = withPendingFields(loadSchema().schema).properties;
  const ajv = new Ajv2020({ allErrors: false, strict: false });
  const check = ajv.compile({
    type: 'object', additionalProperties: false, required: ['origin', 'language'],
    properties: { origin: props.origin, language: props.language, variant: props.variant, regime: { anyOf: [{ type: 'null' }, props.regime] } },
  });
  return (text) => {
    let value;
    try { value = JSON.parse(text); } catch { return { ok: false, reason: 'invalid JSON' }; }
    if (!check(value)) {
      const e = check.errors?.[0];
      const extra = e?.keyword === 'additionalProperties' ? ` "${e.params.additionalProperty}"` : '';
      return { ok: false, reason: oneLine(`invalid impression at ${e?.instancePath || '(body)'}: ${e?.message ?? 'invalid'}${extra}`) };
    }
    return { ok: true, impression: { origin: value.origin, language: value.language, regime: value.regime ?? null, variant: value.variant ?? null } };
  };
}

/**
 * @param {string} s @param {number} nowMs
 * @returns {{ ok: true, iso: string } | { ok: false, reason: string }} iso: the instant with milliseconds
 */
export function decidedInstant(s, nowMs) {
  const m = DECIDED_AT.exec(s);
  const expected = 'expected UTC like 2026-12-01T10:00:00.000Z (milliseconds optional)';
  if (!m) return { ok: false, reason: expected };
  const t = Date.parse(s);
  // Date.parse rolls 2026-02-30 over to March: a real date gives back its own fields.
  const iso = Number.isNaN(t) ? '' : new Date(t).toISOString();
  if (iso.slice(0, 19) !== s.slice(0, 19)) return { ok: false, reason: `not a real date and time, ${expected}` };
  if (t < EARLIEST_DECISION) return { ok: false, reason: 'before 2000-01-01' };
  if (t > nowMs + MAX_CLOCK_AHEAD_MS) return { ok: false, reason: 'more than 10 minutes ahead of the receiver\'s clock' };
  return { ok: true, iso };
}

// In text that JSON.parse accepted: string literals (skipped) and number literals.
const TOKENS = /"(?:[^"\\]|\\.)*"|-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?/g;

/** The first number literal that would not come back byte for byte, or null. @param {string} text */
function inexactNumber(text) {
  for (const [tok] of text.matchAll(TOKENS)) {
    if (tok[0] === '"') continue;
    const n = Number(tok);
    if (!Number.isSafeInteger(n) || String(n) !== tok) return tok;
  }
  return null;
}

/** JSON Pointer of the first value equal to n (to name the field), or null. @param {unknown} v @param {number} n */
function pathOf(v, n, at = '') {
  if (typeof v === 'number') return Object.is(v, n) || v === n ? at || '(receipt)' : null;
  if (v && typeof v === 'object') {
    for (const [k, x] of Object.entries(v)) {
      const p = pathOf(x, n, `${at}/${k.replace(/~/g, '~0').replace(/\//g, '~1')}`);
      if (p) return p;
    }
  }
  return null;
}

/** @param {string} s */
const oneLine = (s) => s.replace(/\s+/g, ' ').slice(0, 200);
