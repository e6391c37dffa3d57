// Derives data/labels.json (the accept-all and reject-all labels of the widget's 24 languages) from the widget's
// language tables in the repository (src/i18n/*.ts): node scripts/build-labels.js [path/to/src/i18n]
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const I18N = process.argv[2] ?? fileURLToPath(new URL('../../../src/i18n/', import.meta.url));
const OUT = fileURLToPath(new URL('../data/labels.json', import.meta.url));

/** The string value of `key: '…'` in a language table's source. */
function read(source, key) {
  const match = source.match(new RegExp(`\\b${key}:\\s*(['"])((?:\\\\.|(?!\\1).)*)\\1`));
  return match ? match[2].replace(/\\(.)/g, '$1') : null;
}

/** @returns {{ accept: Record<string,string[]>, reject: Record<string,string[]> }} */
export function buildLabels(dir = I18N) {
  const accept = {};
  const reject = {};
  for (const file of readdirSync(dir).filter((f) => /^[a-z]{2}\.ts$/.test(f)).sort()) {
    const lang = file.slice(0, 2);
    const source = readFileSync(join(dir, file), 'utf8');
    accept[lang] = [read(source, 'acceptAll')].filter(Boolean);
    reject[lang] = [read(source, 'rejectAll'), read(source, 'continueWithoutAccepting')].filter(Boolean);
  }
  return { accept, reject };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const labels = buildLabels();
  writeFileSync(OUT, `${JSON.stringify(labels, null, 1)}\n`);
  console.log(`data/labels.json: ${Object.keys(labels.accept).length} languages`);
}
