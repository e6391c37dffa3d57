// Loads the consent receipt's JSON Schema. Its single source is docs/consent-receipt.schema.json
// at the repository root; a published package carries a copy made by scripts/copy-schema.js
// (prepack), so the schema is never written out by hand here.
import { readFileSync, existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const candidates = [
  // In a published package: the copy taken at pack time (removed again after packing, so that in
  // the repository the file in docs/ is always the one read).
  new URL('../schema/consent-receipt.schema.json', import.meta.url),
  // In the repository: the shared file itself.
  new URL('../../../docs/consent-receipt.schema.json', import.meta.url),
];

/** @returns {{ path: string, schema: Record<string, unknown> }} */
export function loadSchema() {
  for (const url of candidates) {
    const path = fileURLToPath(url);
    if (existsSync(path)) return { path, schema: JSON.parse(readFileSync(path, 'utf8')) };
  }
  throw new Error('consent-receipt.schema.json not found (looked in docs/ and the package schema/ folder)');
}
