#!/usr/bin/env node
// The published widget bundles bandeau-catalog (a workspace package that is not its dependency), so its declarations
// must not name it either: this copies the catalog's declarations into dist/types/catalog/ and points every
// `bandeau-catalog/<path>` in dist/types at that copy. Run by `npm run build`, after tsc has written dist/types.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const types = join(root, 'dist/types');
const copy = join(types, 'catalog');
execFileSync(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-p', 'packages/consent-catalog/tsconfig.build.json', '--emitDeclarationOnly', '--outDir', copy], {
  cwd: root,
  stdio: 'inherit',
});

const files = (dir) => readdirSync(dir).flatMap((name) => (statSync(join(dir, name)).isDirectory() ? files(join(dir, name)) : [join(dir, name)]));
let rewritten = 0;
for (const file of files(types).filter((f) => f.endsWith('.d.ts'))) {
  const text = readFileSync(file, 'utf8');
  const next = text.replace(/(['"])bandeau-catalog\/([\w/.-]+)\1/g, (_, quote, path) => {
    let target = relative(dirname(file), join(copy, `${path}.js`)).replaceAll('\\', '/');
    if (!target.startsWith('.')) target = `./${target}`;
    return `${quote}${target}${quote}`;
  });
  if (next !== text) writeFileSync(file, next), rewritten++;
}
console.log(`dist/types/catalog: the catalog's declarations; ${rewritten} files point at them`);
