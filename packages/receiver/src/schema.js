// The consent receipt's JSON Schema. It is written once, in bandeau-catalog (src/receipt.ts), which the widget's
// receipt type comes from too; docs/consent-receipt.schema.json is generated from it.
import { RECEIPT_SCHEMA } from 'bandeau-catalog/receipt';

/** @returns {{ path: string, schema: Record<string, unknown> }} */
export function loadSchema() {
  return { path: 'bandeau-catalog/receipt', schema: structuredClone(RECEIPT_SCHEMA) };
}
