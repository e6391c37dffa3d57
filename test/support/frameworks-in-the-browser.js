// For the bindings' tests (src/bindings/*.test.ts) under @web/test-runner: React and Vue as the browser can load
// them. Vue: its browser build. React (CommonJS only): react and react-dom/client bundled once by esbuild into one
// module (one copy of React, so hooks work), re-exported under their bare names with the names they export.
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';

const BUNDLE = '/__frameworks/react-all.js';
const MODULES = { react: 'React', 'react-dom/client': 'ReactDOMClient' };
// Their export names, read in a separate node (loading React here would write to the console the runner patches).
const exportNames = (name) =>
  JSON.parse(execFileSync(process.execPath, ['-p', `JSON.stringify(Object.keys(require(${JSON.stringify(name)})))`], { encoding: 'utf8' }));

export function frameworksInTheBrowser() {
  let bundle;
  return {
    name: 'frameworks-in-the-browser',
    resolveImport({ source }) {
      if (source === 'vue') return '/node_modules/vue/dist/vue.runtime.esm-browser.js';
      if (source in MODULES) return `/__frameworks/${source}.js`;
    },
    async serve(context) {
      if (context.path === BUNDLE) {
        bundle ??= build({
          stdin: { contents: `export * as React from 'react'; export * as ReactDOMClient from 'react-dom/client';`, resolveDir: process.cwd() },
          bundle: true,
          format: 'esm',
          write: false,
          define: { 'process.env.NODE_ENV': '"development"' },
        }).then((result) => result.outputFiles[0].text);
        return { body: await bundle, type: 'js' };
      }
      const name = context.path.match(/^\/__frameworks\/(.+)\.js$/)?.[1];
      if (name in MODULES) {
        const names = exportNames(name).filter((key) => /^[A-Za-z_$][\w$]*$/.test(key) && key !== 'default');
        const body = `import { ${MODULES[name]} as all } from '${BUNDLE}';\nexport default all;\nexport const { ${names.join(', ')} } = all;\n`;
        return { body, type: 'js' };
      }
    },
  };
}
