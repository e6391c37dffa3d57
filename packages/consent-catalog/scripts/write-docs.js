#!/usr/bin/env node
// Writes docs/consent-receipt.schema.json from the catalog's RECEIPT_SCHEMA (src/receipt.ts), after `npm run build`.
import { writeFileSync } from 'node:fs';
import { receiptSchemaJson } from '../dist/receipt.js';

const target = new URL('../../../docs/consent-receipt.schema.json', import.meta.url);
writeFileSync(target, receiptSchemaJson());
console.log(`wrote ${target.pathname}`);
