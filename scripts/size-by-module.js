#!/usr/bin/env node
// What each source module costs in a built file: for every module its minified characters and its marginal gzip -9
// bytes (the file's gzip size minus that of the file without the module's characters), from the file's source map.
// The size budget (test/e2e/size-budget.spec.ts) says how much a file weighs; this says where the bytes come from.
//
//   npm run size:modules                   the drop-in (dist/cookie-consent.js), built with a source map aside
//   npm run size:regimes                   regimes.js (what a page with `regimes` fetches before its banner)
//   node scripts/size-by-module.js FILE    any built file that has FILE.map beside it
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { SourceMapConsumer } from 'source-map-js';

const file = process.argv[2];
if (!file) {
  console.error('usage: node scripts/size-by-module.js <built file with a .map beside it>');
  process.exit(2);
}
const code = readFileSync(file, 'utf8');
const map = new SourceMapConsumer(JSON.parse(readFileSync(`${file}.map`, 'utf8')));

// Offsets of line starts, to turn (line, column) into a position in the file.
const lineStarts = [0];
for (let i = 0; i < code.length; i++) if (code[i] === '\n') lineStarts.push(i + 1);
const mappings = [];
map.eachMapping((m) => mappings.push(m));
mappings.sort((a, b) => a.generatedLine - b.generatedLine || a.generatedColumn - b.generatedColumn);

// Each character belongs to the source of the mapping it falls under.
const owner = new Array(code.length).fill('?');
mappings.forEach((m, i) => {
  const next = mappings[i + 1];
  const start = lineStarts[m.generatedLine - 1] + m.generatedColumn;
  const end = next ? lineStarts[next.generatedLine - 1] + next.generatedColumn : code.length;
  const source = (m.source || '?').replace(/.*\/(src|node_modules)\//, '');
  for (let k = start; k < end; k++) owner[k] = source;
});

const gzip = (text) => gzipSync(text, { level: 9 }).length;
const total = gzip(code);
const rows = [...new Set(owner)].map((module) => {
  let rest = '';
  let chars = 0;
  for (let k = 0; k < code.length; k++) owner[k] === module ? chars++ : (rest += code[k]);
  return { module, chars, gzip: total - gzip(rest) };
});
rows.sort((a, b) => b.gzip - a.gzip);
console.log(`${file}: ${total} bytes gzip -9\n  gzip  chars  module`);
for (const { module, chars, gzip: bytes } of rows) console.log(`${String(bytes).padStart(6)} ${String(chars).padStart(6)}  ${module}`);
