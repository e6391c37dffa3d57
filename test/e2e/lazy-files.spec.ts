// Issue 20: one typed manifest of the lazy files (src/core/lazy.ts). Checked against the build: every file of dist/
// that a lazy file imports is a lazy file itself, fetched beside it (IMPORTS), so no file arrives one round trip late
// and none is named anywhere but in the manifest.
import { test, expect } from '@playwright/test';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { IMPORTS, type SharedChunk } from '../../src/core/lazy.js';
import { LAZY_MODULES } from '../../src/lazy-modules.js';

const DIST = fileURLToPath(new URL('../../dist/', import.meta.url));
// The package's own entries (ES modules for bundlers, and the script tag's), and the chunks only they share.
const ENTRIES = ['index', 'react', 'vue', 'svelte', 'cookie-consent', 'consent-source', 'events'];
const names = [...Object.keys(LAZY_MODULES), ...(['schema', 'defaults'] satisfies SharedChunk[])];
const importsOf = (file: string): string[] =>
  [...readFileSync(`${DIST}${file}.js`, 'utf8').matchAll(/(?:from|import)\s*\(?\s*"\.\/([\w-]+)\.js"/g)].map(([, name]) => name);

test('every top-level file of dist/ is an entry of the package or a lazy file of the manifest', () => {
  const files = readdirSync(DIST).filter((file) => file.endsWith('.js')).map((file) => file.slice(0, -3));
  expect(files.filter((file) => !ENTRIES.includes(file)).sort()).toEqual([...names].sort());
});

for (const name of names) {
  test(`${name}.js imports only lazy files, each fetched beside it`, () => {
    const expected: string[] = (IMPORTS as Record<string, string[]>)[name] ?? [];
    for (const imported of new Set(importsOf(name))) {
      expect(names, `${name}.js imports ${imported}.js, which the manifest does not name`).toContain(imported);
      expect(expected, `${name}.js imports ${imported}.js: IMPORTS['${name}'] must list it`).toContain(imported);
    }
  });
}
