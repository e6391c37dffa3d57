// Writes src/bindings/elements.ts from custom-elements.json (npm run build runs it after the analyzer): each element's
// attributes as typed, documented props, the list of tag names (Vue's isCustomElement) and HTMLElementTagNameMap. The
// React, Vue and Svelte typings map over it (src/bindings/react.ts, vue.ts, svelte.ts), so a new element or attribute in
// an element's JSDoc reaches every framework at the next build. `--check` writes nothing and fails when the file is not
// what the manifest gives (test/e2e/package.spec.ts runs it).
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const TARGET = 'src/bindings/elements.ts';

/** `consent-gate` -> `ConsentGateProps`. */
const propsName = (tag) => `${tag.replace(/(^|-)(\w)/g, (_, __, letter) => letter.toUpperCase())}Props`;
/** The module that declares an element's class, from the bindings' folder. */
const from = (path) => `../${path.replace(/^src\//, '').replace(/\.ts$/, '.js')}`;
const comment = (text, indent = '') => (text ? `${indent}/** ${text.replace(/\*\//g, '*\\/').replace(/\s+/g, ' ').trim()} */\n` : '');

/** The file's text from the manifest's text. */
export function elementTypings(manifest) {
  const elements = manifest.modules
    .flatMap((module) => (module.declarations ?? []).filter((d) => d.customElement && d.tagName).map((d) => ({ ...d, path: module.path })))
    .sort((a, b) => a.tagName.localeCompare(b.tagName));
  if (!elements.length) throw new Error('custom-elements.json lists no element');
  const lines = [
    '// Generated from custom-elements.json by scripts/element-typings.mjs (npm run build): do not edit by hand; change the',
    "// element's JSDoc (@attr) instead.",
    ...elements.map((e) => `import type { ${e.name} } from '${from(e.path)}';`),
    '',
  ];
  for (const e of elements) {
    lines.push(`/** The attributes of \`<${e.tagName}>\`. */`, `export interface ${propsName(e.tagName)} {`);
    for (const attribute of [...(e.attributes ?? [])].sort((a, b) => a.name.localeCompare(b.name))) {
      const key = /^[a-z]\w*$/i.test(attribute.name) ? attribute.name : `'${attribute.name}'`;
      lines.push(`${comment(attribute.description, '  ')}  ${key}?: ${attribute.type?.text ?? 'string'};`);
    }
    lines.push('}', '');
  }
  lines.push(
    '/** Every element of the package, by tag name: its attributes (for the frameworks\' template typings). */',
    'export interface ElementProps {',
    ...elements.map((e) => `  '${e.tagName}': ${propsName(e.tagName)};`),
    '}',
    '',
    '/** Tag names a framework must treat as custom elements (Vue: compilerOptions.isCustomElement). */',
    `export const ELEMENT_NAMES: ReadonlyArray<keyof ElementProps> = [${elements.map((e) => `'${e.tagName}'`).join(', ')}];`,
    '',
    'declare global {',
    '  interface HTMLElementTagNameMap {',
    ...elements.map((e) => `    '${e.tagName}': ${e.name};`),
    '  }',
    '}',
    '',
  );
  return lines.join('\n');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const text = elementTypings(JSON.parse(readFileSync(`${ROOT}custom-elements.json`, 'utf8')));
  if (process.argv.includes('--check')) {
    if (readFileSync(`${ROOT}${TARGET}`, 'utf8') !== text) {
      console.error(`${TARGET} differs from what custom-elements.json gives: run npm run build (or node scripts/element-typings.mjs).`);
      process.exit(1);
    }
  } else writeFileSync(`${ROOT}${TARGET}`, text);
}
