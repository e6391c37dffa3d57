import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { SourceMapConsumer } from 'source-map-js';
const file = process.argv[2];
const code = readFileSync(file, 'utf8');
const map = new SourceMapConsumer(JSON.parse(readFileSync(file + '.map', 'utf8')));
const lines = code.split('\n');
const offs = []; let o = 0; for (const l of lines) { offs.push(o); o += l.length + 1; }
const ms = []; map.eachMapping((m) => ms.push(m));
ms.sort((a, b) => a.generatedLine - b.generatedLine || a.generatedColumn - b.generatedColumn);
const owner = new Array(code.length).fill('?');
for (let i = 0; i < ms.length; i++) { const m = ms[i], n = ms[i + 1]; const s = offs[m.generatedLine - 1] + m.generatedColumn; const e = n ? offs[n.generatedLine - 1] + n.generatedColumn : code.length; const src = (m.source || '?').replace(/.*\/(src|node_modules)\//, ''); for (let k = s; k < e; k++) owner[k] = src; }
const g = (s) => gzipSync(s, { level: 9 }).length;
const total = g(code);
const mods = [...new Set(owner)];
const rows = mods.map((mod) => { let rest = ''; let chars = 0; for (let k = 0; k < code.length; k++) owner[k] === mod ? chars++ : (rest += code[k]); return [mod, chars, total - g(rest)]; });
rows.sort((a, b) => b[2] - a[2]);
console.log('total', total);
for (const [m, c, d] of rows) console.log(String(d).padStart(5), String(c).padStart(6), m);
