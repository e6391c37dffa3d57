// Copies what bandeau's drop-in fetches into public/bandeau/ (Astro serves public/ as it is, and its own output
// folder is dist/, hence not public/dist/): the drop-in, the files it loads beside itself on demand, and i18n/ and
// presets/. Not the ESM entries (index.js and the bindings, for bundlers), nor types/ (which `astro check` would scan).
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);
const pkgDir = dirname(require.resolve('bandeau/package.json'));
const pkg = JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8'));
// The ESM entries, as package.json's exports name them (./dist/index.js, ./dist/react.js, …).
const esmEntries = new Set(
  Object.values(pkg.exports).flatMap((target) => (typeof target === 'object' ? [target.default] : [])).map((path) => path.replace('./dist/', '')),
);
const from = join(pkgDir, 'dist');
const to = 'public/bandeau';
rmSync(to, { recursive: true, force: true });
mkdirSync(to, { recursive: true });
let count = 0;
for (const entry of readdirSync(from, { withFileTypes: true })) {
  if (entry.isFile() && entry.name.endsWith('.js') && !esmEntries.has(entry.name)) {
    cpSync(join(from, entry.name), join(to, entry.name));
    count++;
  } else if (entry.isDirectory() && (entry.name === 'i18n' || entry.name === 'presets')) {
    cpSync(join(from, entry.name), join(to, entry.name), { recursive: true });
    count += readdirSync(join(from, entry.name), { recursive: true }).filter((name) => String(name).endsWith('.js')).length;
  }
}
console.log(`bandeau: ${count} files copied into ${to}/`);
