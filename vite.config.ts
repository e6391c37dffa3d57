import { randomBytes } from 'node:crypto';
import { createReadStream, existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { defaultClientConditions, defineConfig, type Plugin } from 'vite';
import type { ServicePreset } from './packages/consent-catalog/src/presets/presets.js';
import { PURPOSE_LANGUAGES, purposesOf, readPurposes } from './scripts/presets/purposes.js';

/** Serves the built dist/ untouched at /dist, as a site owner's server would. */
function serveDist(): Plugin {
  const root = resolve('dist');
  return {
    name: 'serve-dist',
    configureServer(server) {
      server.middlewares.use('/dist', (req, res, next) => {
        const file = resolve(root, `.${decodeURIComponent((req.url ?? '/').split('?')[0])}`);
        if (!file.startsWith(root) || !existsSync(file) || statSync(file).isDirectory()) return next();
        // The configurator (dist/configurator/) has HTML and CSS beside the scripts.
        const type = ({ '.html': 'text/html', '.css': 'text/css', '.json': 'application/json' } as Record<string, string>)[file.slice(file.lastIndexOf('.'))];
        res.setHeader('content-type', `${type ?? 'text/javascript'}; charset=utf-8`);
        createReadStream(file).pipe(res);
      });
      // The strict-CSP demo: a fresh nonce per response, and the policy the widget is built to run under.
      server.middlewares.use('/demo/csp.html', (_req, res) => {
        const nonce = randomBytes(16).toString('base64');
        res.setHeader(
          'content-security-policy',
          `default-src 'self'; script-src 'self' 'nonce-${nonce}'; style-src 'self'; require-trusted-types-for 'script'; trusted-types cookie-consent lit-html`,
        );
        res.setHeader('content-type', 'text/html; charset=utf-8');
        res.end(readFileSync('demo/csp.html', 'utf8').replaceAll('{{nonce}}', nonce));
      });
      // The compliance demo's consent log goes to bandeau-receiver (PGlite in ./consent-receipts), started in-process
      // on the first receipt: /consent-log is its POST /receipts, and /receipts/<consentId> looks one up.
      let receiver: Promise<{ url: string }> | undefined;
      const forward = (path: string) => async (req: import('node:http').IncomingMessage, res: import('node:http').ServerResponse) => {
        const origin = `http://${req.headers.host}`;
        receiver ??= import('bandeau-receiver').then((m) => m.startReceiver({ origins: [origin], data: 'consent-receipts', port: 0, rateLimit: 0 }));
        const body = await new Promise<string>((resolve) => {
          let text = '';
          req.on('data', (chunk) => (text += chunk)).on('end', () => resolve(text));
        });
        const { url } = await receiver;
        const answer = await fetch(`${url}${path}${req.url === '/' ? '' : req.url}`, {
          method: req.method,
          headers: { origin, 'content-type': req.headers['content-type'] ?? 'application/json' },
          body: req.method === 'POST' ? body : undefined,
        });
        if (req.method === 'POST') server.config.logger.info(`consent receipt: ${answer.status} ${body}`);
        res.statusCode = answer.status;
        res.setHeader('content-type', answer.headers.get('content-type') ?? 'text/plain');
        res.end(await answer.text());
      };
      server.middlewares.use('/consent-log', forward('/receipts'));
      server.middlewares.use('/receipts', forward('/receipts'));
      // The site's root leads to the article.
      server.middlewares.use((req, res, next) => {
        if (req.url !== '/' && req.url !== '/index.html') return next();
        res.statusCode = 302;
        res.setHeader('location', '/demo/');
        res.end();
      });
      // The first URL printed is the article's; Vite's own list (the site's root, which leads there) follows.
      const printUrls = server.printUrls.bind(server);
      server.printUrls = () => {
        for (const url of server.resolvedUrls?.local ?? []) server.config.logger.info(`\n  Demo article: ${url}demo/\n`);
        printUrls();
      };
    },
  };
}

/**
 * Puts V8's explicit compile hint (`//# allFunctionsCalledOnLoad`, Chrome 136+) on the drop-in's first line: almost all
 * of its functions run at start-up, so they are compiled with the script as it streams in, off the main thread,
 * rather than one by one on the main thread as each is first called (about a fifth of its start-up script time, in
 * `npm run bench`). Other engines read a comment. Added after minification, which drops comments.
 */
function compileHints(): Plugin {
  return {
    name: 'compile-hints',
    generateBundle(options, bundle) {
      // Not under `npm run size:modules` (--sourcemap): the line it adds would shift the map.
      if (options.sourcemap) return;
      for (const chunk of Object.values(bundle)) if (chunk.type === 'chunk' && chunk.isEntry) chunk.code = `//# allFunctionsCalledOnLoad\n${chunk.code}`;
    },
  };
}

/**
 * Minifies the CSS in the UI's `*.styles.ts` modules (template literals): comments and whitespace go, which the
 * JS minifier leaves alone inside strings. Interpolations (`${...}`) are kept as they are.
 */
function minifyStyles(): Plugin {
  const css = (text: string) =>
    text
      .replace(/\/\*[^]*?\*\//g, '')
      .replace(/\s+/g, ' ')
      .replace(/\s*([{};,>])\s*/g, '$1')
      .replace(/:\s+/g, ':')
      .replace(/;}/g, '}')
      // Leading zeros, and spaces the syntax does not need: before !important, around "/" and "*" in values.
      .replace(/(^|[\s:,(-])0\.(\d)/g, '$1.$2')
      .replace(/\s+!important/g, '!important')
      .replace(/ ([*/]) /g, '$1')
      // Quotes around an attribute selector's value that is a plain word ([layout=modal]); #rrggbb as #rgb where it can.
      .replace(/\[([\w-]+)='([\w-]+)'\]/g, '[$1=$2]')
      .replace(/#([\da-f])\1([\da-f])\2([\da-f])\3\b/gi, '#$1$2$3')
      .trim();
  return {
    name: 'minify-styles',
    apply: 'build',
    transform(code, id) {
      if (!/[\\/]src[\\/]ui[\\/].*\.styles\.ts$/.test(id)) return null;
      return code.replace(/`([^`]*)`/g, (_, body: string) => `\`${body.split(/(\$\{[^}]*\})/).map((part, i) => (i % 2 ? part : css(part))).join('')}\``);
    },
  };
}

const PRESETS: Record<string, ServicePreset> = JSON.parse(readFileSync('packages/consent-catalog/src/presets/presets.json', 'utf8'));
/** Each preset's purposes in the languages presets.json does not carry, by language, preset and cookie name. */
const PURPOSES = Object.fromEntries(
  PURPOSE_LANGUAGES.map((language) => {
    const translations = readPurposes(language);
    return [language, Object.fromEntries(Object.entries(PRESETS).map(([id, preset]) => [id, purposesOf(preset, translations[id], language)]))];
  }),
);

/**
 * One small module per service preset (dist/presets/<id>.js), made from the catalog's presets.json: a page fetches only
 * the presets its config names, when the dialog or the declaration is shown. Beside each, one per language that
 * presets.json does not carry (dist/presets/<id>/<lang>.js: its cookies' purposes by name), fetched with it only on a
 * page in that language. `virtual:presets` finds them for the ESM entry: the presets by id, and the purposes through one
 * list per language (i18n/presets/<lang>.js), so that its own code does not grow with every preset and language.
 */
function presetModules(): Plugin {
  const importOf = (id: string) => `() => import(${JSON.stringify(`virtual:preset/${id}`)})`;
  const map = (keys: string[], value: (key: string) => string) => `{${keys.map((key) => `${JSON.stringify(key)}: ${value(key)}`).join(',')}}`;
  return {
    name: 'preset-modules',
    // Lib-mode entries reach resolveId as paths under the project root.
    resolveId: (id) => {
      const at = id.indexOf('virtual:preset');
      return at >= 0 ? `\0${id.slice(at)}` : null;
    },
    load(id) {
      if (id === '\0virtual:presets') {
        // A file of the family by its name after "presets/": "<id>" or "<id>/<lang>".
        return `const presets = ${map(Object.keys(PRESETS), importOf)};
const purposes = ${map(PURPOSE_LANGUAGES, (language) => `() => import('virtual:preset-purposes/${language}')`)};
export default (name) => {
  const [id, language] = name.split('/');
  if (!language) return presets[id];
  return purposes[language] && (() => purposes[language]().then((list) => list.default[id]()));
};`;
      }
      if (id.startsWith('\0virtual:preset-purposes/')) {
        const language = id.slice('\0virtual:preset-purposes/'.length);
        return `export default ${map(Object.keys(PRESETS), (preset) => importOf(`${preset}/${language}`))};`;
      }
      if (!id.startsWith('\0virtual:preset/')) return null;
      const [preset, language] = id.slice('\0virtual:preset/'.length).split('/');
      if (language) return `export default ${JSON.stringify(PURPOSES[language][preset])};`;
      // The Open Cookie Database platforms are the audit's business: the page is not sent them.
      return `export default ${JSON.stringify({ ...PRESETS[preset], platforms: undefined })};`;
    },
  };
}

/**
 * The lazy files' entries (dist/<name>.js), read from src/lazy-modules.ts, where each file of the manifest
 * (src/core/lazy.ts) has its source: a module of src/, or a package's main module (lit-html: node_modules/lit-html/lit-html.js, as the browser build resolves it).
 */
function lazyModuleEntries(): Record<string, string> {
  const list = readFileSync('src/lazy-modules.ts', 'utf8');
  return Object.fromEntries(
    [...list.matchAll(/'?([\w-]+)'?: \(\) => import\('(.+?)'\)/g)].map(([, name, path]) => [
      name,
      path.startsWith('./')
        ? `src/${path.slice(2, -3)}.ts`
        : path.startsWith('bandeau-catalog/')
          ? `packages/consent-catalog/src/${path.slice('bandeau-catalog/'.length)}.ts`
          : `node_modules/${path}/${path}.js`,
    ]),
  );
}

/**
 * Two builds into dist/:
 * - default mode: the ESM entry (index.js), the lazily loaded Lit UI (cookie-consent-ui.js) and one file per
 *   language (i18n/<code>.js, i18n/dialog/<code>.js), all ES modules that load each other by relative URL;
 * - `--mode drop-in`: dist/cookie-consent.js, the classic script for a script tag (the core, with the first layer).
 * The dev server serves the demo pages in demo/ (run `npm run demo`).
 */
export default defineConfig(({ mode }) => {
  const build = { outDir: 'dist', target: 'es2022', minify: true, reportCompressedSize: false };
  // The catalog (packages/consent-catalog) is bundled from its TypeScript source: the published widget depends on no
  // workspace package at runtime.
  const catalogSource = { conditions: ['source', ...defaultClientConditions] };
  // The configurator page (dist/configurator/, relative URLs so it works from any folder of any static server) and
  // the migrate command's module (dist/cli/migrate.js, for bin/bandeau.js, with acorn bundled in).
  if (mode === 'configurator') {
    return {
      root: 'configurator',
      base: './',
      resolve: catalogSource,
      build: { ...build, outDir: '../dist/configurator', emptyOutDir: true, rolldownOptions: { input: { index: 'configurator/index.html', preview: 'configurator/preview.html' } } },
    };
  }
  if (mode === 'migrate') {
    return {
      resolve: catalogSource,
      build: {
        ...build,
        target: 'node20',
        minify: false,
        emptyOutDir: false,
        outDir: 'dist/cli',
        lib: { entry: 'configurator/src/migrate/index.ts', formats: ['es'], fileName: () => 'migrate.js' },
      },
    };
  }
  if (mode === 'drop-in') {
    return {
      // It carries the first layer, styles included.
      plugins: [minifyStyles(), compileHints()],
      resolve: catalogSource,
      build: {
        ...build,
        // Every visitor downloads this file: terser's two passes make it 45 B (gzip) smaller than the default minifier.
        minify: 'terser',
        terserOptions: { compress: { passes: 2 } },
        emptyOutDir: false,
        lib: { entry: 'src/drop-in.ts', formats: ['iife'], name: 'cookieConsentDropIn', fileName: () => 'cookie-consent.js' },
      },
    };
  }
  return {
    plugins: [serveDist(), minifyStyles(), presetModules()],
    resolve: catalogSource,
    server: { host: '127.0.0.1', port: 5173 },
    build: {
      ...build,
      emptyOutDir: true,
      lib: {
        entry: {
          index: 'src/index.ts',
          // Framework bindings (React and Vue stay external: optional peer dependencies of the package).
          react: 'src/bindings/react.ts',
          vue: 'src/bindings/vue.ts',
          svelte: 'src/bindings/svelte.ts',
          ...lazyModuleEntries(),
          ...Object.fromEntries(Object.keys(PRESETS).map((id) => [`presets/${id}`, `virtual:preset/${id}`])),
          ...Object.fromEntries(Object.keys(PRESETS).flatMap((id) => PURPOSE_LANGUAGES.map((language) => [`presets/${id}/${language}`, `virtual:preset/${id}/${language}`]))),
          ...Object.fromEntries(PURPOSE_LANGUAGES.map((language) => [`i18n/presets/${language}`, `virtual:preset-purposes/${language}`])),
          // Per language: the first layer's texts, the dialog's (fetched when it first opens), the regimes' notice
          // (fetched only under the opt-out and notice regimes) and the UK banner's line (only under uk).
          ...Object.fromEntries(
            ['i18n', 'i18n/dialog', 'i18n/notice', 'i18n/uk'].flatMap((folder) =>
              readdirSync(`src/${folder}`)
                .filter((file) => /^[a-z]{2}\.ts$/.test(file))
                .map((file) => [`${folder}/${file.slice(0, 2)}`, `src/${folder}/${file}`]),
            ),
          ),
        },
        formats: ['es'],
        fileName: (_format, name) => `${name}.js`,
      },
      // Lib mode keeps ES output readable; these files go to browsers as they are, so minify them.
      // Stable chunk names: the drop-in loads them by name, and dist/ stays easy to copy and cache. The chunk that holds
      // the config's schema keeps its name (schema.js, which README lists) whichever of its modules comes first.
      rolldownOptions: {
        external: ['react', 'vue'],
        preserveEntrySignatures: 'allow-extension',
        output: { minify: true, chunkFileNames: (chunk) => (chunk.moduleIds.some((id) => id.endsWith('/config/schema.ts')) ? 'schema.js' : '[name].js') },
      },
    },
  };
});
