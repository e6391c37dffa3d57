// Copies the shared receipt schema (docs/consent-receipt.schema.json) into the package before it
// is packed, so a published bandeau-receiver carries it. The copy is gitignored: docs/ stays the source.
import { copyFileSync, mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const from = fileURLToPath(new URL('../../../docs/consent-receipt.schema.json', import.meta.url));
const dir = fileURLToPath(new URL('../schema/', import.meta.url));
mkdirSync(dir, { recursive: true });
copyFileSync(from, dir + 'consent-receipt.schema.json');
console.log(`copied ${from} -> ${dir}`);
