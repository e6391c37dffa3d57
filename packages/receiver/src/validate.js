// Parses and validates one posted receipt against the shared JSON Schema (ajv, draft 2020-12).
import Ajv2020Module from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { loadSchema } from './schema.js';

const Ajv2020 = /** @type {any} */ (Ajv2020Module).default ?? Ajv2020Module;
const addFormats = /** @type {any} */ (addFormatsModule).default ?? addFormatsModule;

export const MAX_BODY_BYTES = 8192;

/**
 * @typedef {{ consentId: string, decidedAt: string, origin: string, [key: string]: unknown }} Receipt
 * @typedef {{ ok: true, receipt: Receipt } | { ok: false, reason: string }} Validation
 */

/** @returns {(text: string) => Validation} */
export function createValidator() {
  const { schema } = loadSchema();
  const ajv = new Ajv2020({ allErrors: false, strict: false });
  addFormats(ajv);
  const check = ajv.compile(schema);
  return (text) => {
    let value;
    try {
      value = JSON.parse(text);
    } catch (err) {
      return { ok: false, reason: `invalid JSON: ${oneLine(/** @type {Error} */ (err).message)}` };
    }
    if (!check(value)) {
      const e = check.errors?.[0];
      const where = e?.instancePath || '(receipt)';
      const extra = e?.keyword === 'additionalProperties' ? ` "${e.params.additionalProperty}"` : '';
      return { ok: false, reason: oneLine(`schema violation at ${where}: ${e?.message ?? 'invalid'}${extra}`) };
    }
    // A date the format accepts but that is not a real instant would not survive storage.
    if (Number.isNaN(Date.parse(value.decidedAt))) return { ok: false, reason: 'schema violation at /decidedAt: not a date' };
    return { ok: true, receipt: value };
  };
}

/** @param {string} s */
const oneLine = (s) => s.replace(/\s+/g, ' ').slice(0, 200);
