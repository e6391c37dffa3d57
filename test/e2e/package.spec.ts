// Issue 11: the published package: its files, its manifest of elements, and its entry points on a server (Node, no DOM).
import { test, expect } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const pkg = JSON.parse(readFileSync(`${ROOT}package.json`, 'utf8'));

/** Runs an ES module snippet in a plain Node process (no DOM), from the package root (so `bandeau` resolves to itself). */
const node = (code: string, type: 'module' | 'commonjs' = 'module'): string =>
  execFileSync(process.execPath, [`--input-type=${type}`, '-e', code], { cwd: ROOT, encoding: 'utf8', timeout: 20_000 });

test('the packed file list: dist/, the manifest, LICENSE and NOTICE; no sources, tests or demo', () => {
  const [packed] = JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: ROOT, encoding: 'utf8' }));
  const files: string[] = packed.files.map((f: { path: string }) => f.path);
  for (const file of [
    'package.json', 'README.md', 'LICENSE', 'custom-elements.json', 'autoconsent/bandeau.json',
    'dist/cookie-consent.js', 'dist/index.js', 'dist/react.js', 'dist/vue.js', 'dist/svelte.js', 'dist/cookie-consent-ui.js',
    'dist/i18n/fr.js', 'dist/i18n/dialog/fr.js', 'dist/types/index.d.ts', 'dist/types/bindings/react.d.ts', 'dist/types/bindings/vue.d.ts',
  ]) {
    expect(files, file).toContain(file);
  }
  expect(files.filter((f) => /^(src|test|demo|bench|packages|examples)\//.test(f) || /\.test\.d\.ts$/.test(f))).toEqual([]);
  // What the installed code imports is bundled: no runtime dependency to install.
  expect(pkg.dependencies ?? {}).toEqual({});
  expect(Object.keys(pkg.peerDependenciesMeta)).toEqual(['react', 'vue']);
  expect(pkg.sideEffects).toEqual(['./dist/cookie-consent.js']);
  expect(pkg.customElements).toBe('custom-elements.json');
});

test('the framework typings are the manifest\'s: src/bindings/elements.ts is what custom-elements.json gives, every element and attribute', async () => {
  const manifest = JSON.parse(readFileSync(`${ROOT}custom-elements.json`, 'utf8'));
  const { elementTypings } = await import('../../scripts/element-typings.mjs');
  // Regenerated from the manifest and compared: an element or attribute added to a JSDoc and not to the typings fails.
  expect(readFileSync(`${ROOT}src/bindings/elements.ts`, 'utf8')).toBe(elementTypings(manifest));
  const { ELEMENT_NAMES } = await import('../../src/bindings/elements.js');
  expect([...ELEMENT_NAMES].sort()).toEqual(['consent-gate', 'cookie-consent', 'cookie-consent-button', 'cookie-declaration']);
  // What Vue's compiler is told to leave to the browser, from the built binding.
  const vue = node(`import('bandeau/vue').then((m) => console.log(JSON.stringify(['consent-gate', 'cookie-declaration', 'cookie-consent-button', 'cookie-consent', 'div'].map(m.isCustomElement))))`);
  expect(JSON.parse(vue)).toEqual([true, true, true, true, false]);
  const typings = readFileSync(`${ROOT}dist/types/bindings/elements.d.ts`, 'utf8');
  for (const attribute of ['category?: string', 'service?: string', "'heading-level'?: string"]) expect(typings).toContain(attribute);
});

test('custom-elements.json lists each element: tag, attributes, properties, parts, CSS properties and events', () => {
  const manifest = JSON.parse(readFileSync(`${ROOT}custom-elements.json`, 'utf8'));
  const elements = Object.fromEntries(
    manifest.modules.flatMap((m: any) => m.declarations ?? []).filter((d: any) => d.customElement).map((d: any) => [d.tagName, d]),
  );
  expect(Object.keys(elements).sort()).toEqual(['consent-gate', 'cookie-consent', 'cookie-consent-button', 'cookie-declaration']);
  const names = (list: Array<{ name: string }> = []) => list.map((item) => item.name).sort();
  expect(names(elements['consent-gate'].attributes)).toEqual(['category', 'service']);
  expect(names(elements['cookie-consent'].attributes)).toEqual(['layout', 'theme']);
  expect(names(elements['cookie-consent-button'].attributes)).toEqual(['side']);
  expect(names(elements['cookie-consent'].members.filter((m: any) => m.kind === 'field' && !m.privacy))).toEqual(['layout', 'theme']);
  expect(names(elements['consent-gate'].members.filter((m: any) => m.kind === 'field' && !m.privacy))).toEqual(['category', 'service']);
  expect(names(elements['cookie-consent'].cssParts)).toEqual(
    // The banner's words and buttons are light-DOM children (.cc-*), not parts; the dialog's are parts. With `regimes`,
    // the frame of the notice (regime-notice) or of the GPC status (gpc-status) takes the banner's place.
    ['actions', 'banner', 'button', 'button-accept', 'button-close', 'button-reject', 'button-save', 'category',
      'category-denied', 'category-granted', 'category-partial', 'cookie-table', 'dialog', 'disclosure', 'gpc-status', 'notice',
      'regime-notice', 'service', 'service-denied', 'service-granted', 'switch', 'title'].sort(),
  );
  const cssProperties = names(elements['cookie-consent'].cssProperties);
  expect(cssProperties).toHaveLength(17);
  expect(cssProperties.every((name) => /^--cc-[a-z-]+$/.test(name))).toBe(true);
  expect(names(elements['consent-gate'].slots)).toEqual(['', 'placeholder']);
  expect(names(elements['consent-gate'].cssParts)).toEqual(['placeholder']);
  expect(names(elements['cookie-consent-button'].cssParts)).toEqual(['floating-button']);
  expect(names(elements['cookie-consent'].events)).toEqual(['cookie-consent:change', 'cookie-consent:ready']);
  expect(names(elements['consent-gate'].events)).toEqual(['cookie-consent:placeholder']);
  expect(names(elements['cookie-declaration'].attributes)).toEqual(['heading-level', 'theme']);
  expect(names(elements['cookie-declaration'].cssParts)).toContain('cookie-table');
});

test('on a server: every entry imports, configure() is inert and undecided, ready resolves, no global, no timer', () => {
  const out = node(`
    const started = Date.now();
    const entries = ['bandeau', 'bandeau/react', 'bandeau/vue', 'bandeau/svelte'];
    for (const entry of entries) await import(entry);
    const { configure, READY_EVENT } = await import('bandeau');
    const consent = configure({ categories: { necessary: {}, analytics: {}, social: {} } });
    const ready = await consent.ready;
    let seen;
    consent.subscribe((state) => (seen = state));
    const { consentState } = await import('bandeau/svelte');
    let svelteSeen;
    consentState.subscribe((state) => (svelteSeen = state.decided));
    console.log(JSON.stringify({
      state: consent.get(), ready, same: consent.ready === consent.ready, social: consent.isGranted('social'),
      global: typeof globalThis.cookieConsent, event: READY_EVENT, seen: seen.decided, svelteSeen,
      elements: typeof globalThis.customElements,
    }));
  `);
  const result = JSON.parse(out);
  const undecided = { decided: false, categories: { necessary: true, analytics: false, social: false }, services: {}, consentId: null, decidedAt: null, revision: 1, method: null, variant: null };
  expect(result).toEqual({
    state: undecided, ready: undecided, same: true, social: false, global: 'undefined', event: 'cookie-consent:ready',
    seen: false, svelteSeen: false, elements: 'undefined',
  });
  // The process ended on its own (execFileSync returned): configure() left no timer running.
});

test('require() works (Node 20.19+ loads the ES module); the drop-in is for script tags, not an import', () => {
  expect(node(`const { configure } = require('bandeau'); console.log(typeof configure + ' ' + configure({}).get().decided);`, 'commonjs').trim()).toBe('function false');
  const failure = node(`import('bandeau/cookie-consent.js').then(() => console.log('imported'), (e) => console.log(e.code));`).trim();
  expect(failure).toBe('ERR_PACKAGE_PATH_NOT_EXPORTED');
});
