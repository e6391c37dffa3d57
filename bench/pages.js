// Builds the four benchmark pages (and the peers' config files) under bench/pages/ from the demo article.
// Every page has the same <title>, stylesheet, article body (headline, paragraphs, Telegram block, comments), the
// same four categories (necessary required, analytics, social, ads), the same French banner text and buttons
// (« Tout accepter », « Tout refuser », « Paramétrer vos choix »), a bottom bar on a phone, and gates the same two
// social scripts (Telegram block, comments) plus the analytics script, each product in its own documented way.
// The files are regenerated at every run (run.js calls writePages()), so the demo stays the single source.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const BENCH = dirname(fileURLToPath(import.meta.url));
const ROOT = join(BENCH, '..');
const OUT = join(BENCH, 'pages');

/** URL paths (the site's root is the project). */
export const PATHS = {
  pages: '/bench/pages',
  thirdParty: '/bench/pages/third-party',
  analytics: '/demo/third-party/audience.js',
  privacy: '/demo/confidentialite.html',
  vanilla: '/bench/node_modules/vanilla-cookieconsent/dist',
  klaro: '/bench/node_modules/klaro/dist',
  tarteaucitron: '/bench/node_modules/tarteaucitronjs',
};

// The French texts of our widget (first layer and dialog), reused verbatim for the peers' banners: read from the build
// (npm run build first).
const T = { ...(await import('../dist/i18n/fr.js')).default, ...(await import('../dist/i18n/dialog/fr.js')).default };
const CATEGORIES = Object.fromEntries(
  ['necessary', 'analytics', 'social', 'ads'].map((id) => [id, { title: T[`${id}Title`], description: T[`${id}Description`] }]),
);
for (const [id, { title, description }] of Object.entries(CATEGORIES)) {
  if (!title || !description) throw new Error(`bench: the ${id} texts are missing from dist/i18n (run npm run build)`);
}
const PURPOSES_HTML = `<ul class="bench-purposes">${Object.values(CATEGORIES)
  .map((c) => `<li>${c.title}</li>`)
  .join('')}</ul>`;
const PRIVACY_HTML = `${T.privacyText} <a href="${PATHS.privacy}">${T.privacyLink}</a>.`;
/** The banner's body as HTML, for the peers that take HTML (same words as ours, in the same order). */
const BANNER_HTML = `<p>${T.bannerText}</p>${PURPOSES_HTML}<p>${T.rejectInfo} ${T.changeInfo}</p><p>${PRIVACY_HTML}</p>`;

/** The two social scripts: the demo's fake third parties plus a marker for the benchmark. */
const SOCIAL = [
  { key: 'telegram', name: 'Telegram', file: 'telegram-widget.js', cookie: 'tg_session' },
  { key: 'comments', name: 'Commentaires', file: 'comments.js', cookie: 'comments_uid' },
];

function demo() {
  const html = readFileSync(join(ROOT, 'demo', 'index.html'), 'utf8');
  const title = html.match(/<title>([\s\S]*?)<\/title>/)[1];
  const body = html.match(/<body>([\s\S]*?)<\/body>/)[1];
  const config = html.match(/<script type="application\/json" id="cookie-consent-config">[\s\S]*?<\/script>/)[0];
  return { title, body, config };
}

// Gated by category or, since the demo declares services, by service (all of them social).
const GATE = /<consent-gate (?:category|service)="[\w-]+">\s*<template>([\s\S]*?)<\/template>\s*<\/consent-gate>/g;
const SCRIPT = /<script src="\.\/third-party\/([\w-]+\.js)"><\/script>/g;
const PREFERENCES_LINK = '<a href="#" data-cookie-consent="preferences">Paramétrer vos choix</a>';

/** The demo body with each <consent-gate> replaced by its content, each social script written by `gate(social)`. */
function ungatedBody(body, gate, preferencesLink) {
  const out = body
    .replace(GATE, (_, content) =>
      content.replace(SCRIPT, (_, file) => gate(SOCIAL.find((s) => s.file === file))).replace(/\n {4}/g, '\n'),
    )
    .replace(PREFERENCES_LINK, preferencesLink);
  if (out.includes('consent-gate') || out.includes('./third-party/')) throw new Error('bench/pages.js: demo markup not understood');
  return out;
}

function page({ title, head, body, tail = '' }) {
  return `<!doctype html>
<html lang="fr">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <link rel="icon" href="data:," />
    <title>${title}</title>
    <link rel="stylesheet" href="/demo/demo.css" />
    <style>.bench-purposes { font-weight: 600; }</style>
${head}
  </head>
  <body>${body}${tail}</body>
</html>
`;
}

// ---------------------------------------------------------------------------------------------------------------
// Ours: the demo article itself (its drop-in tag with defer, as README recommends), with its relative URLs made
// absolute and the social scripts' marked copies.
function ours({ title, body, config }) {
  const head = `    <!-- generated from demo/index.html by bench/pages.js -->
    ${config.replace(/\n {4}/g, '\n    ')}
    <script src="/dist/cookie-consent.js" defer></script>
    <script type="text/plain" data-category="analytics" data-src="${PATHS.analytics}"></script>`;
  const gated = body.replace(SCRIPT, (_, file) => `<script src="${PATHS.thirdParty}/${file}"></script>`);
  return page({ title, head, body: gated });
}

// The same article without any widget (its gated scripts stay inert): the first contentful paint a widget must not
// delay.
function none({ title, body }) {
  return page({ title, head: '    <!-- generated from demo/index.html by bench/pages.js: no consent widget -->', body });
}

/**
 * The article with one deferred script that does nothing (a line of comment): what one script tag costs the first
 * paint here, whatever it carries, for the FCP goal's reading. (A file as heavy as the drop-in, doing nothing, cost
 * what this one costs: 470 and 464 ms against ours 464 and 476 ms, and the article alone 448 ms, in two runs
 * (52010b1, 4db2db1).)
 */
function empty({ title, body }) {
  return page({ title, head: '    <!-- generated by bench/pages.js: no consent widget, one script that does nothing -->\n    <script src="./empty.js" defer></script>', body });
}

// ---------------------------------------------------------------------------------------------------------------
// vanilla-cookieconsent 3.1.0: the stylesheet in <head>, a module that imports the UMD build and calls
// CookieConsent.run() (docs: "Getting started", HTML setup); scripts gated with type="text/plain" data-category.
function vanillaConfig() {
  const section = (id) => ({ title: CATEGORIES[id].title, description: CATEGORIES[id].description, linkedCategory: id });
  const config = {
    // The benchmark drives Chromium through the DevTools protocol (navigator.webdriver is true): without this
    // documented switch the plugin treats the visitor as a bot and shows nothing.
    hideFromBots: false,
    guiOptions: {
      consentModal: { layout: 'bar', position: 'bottom', equalWeightButtons: true, flipButtons: false },
      preferencesModal: { layout: 'box', equalWeightButtons: true },
    },
    categories: {
      necessary: { enabled: true, readOnly: true },
      analytics: { autoClear: { cookies: [{ name: /^_ga/ }, { name: '_gid' }] } },
      social: { autoClear: { cookies: SOCIAL.map((s) => ({ name: s.cookie })) } },
      ads: {},
    },
    language: {
      default: 'fr',
      translations: {
        fr: {
          consentModal: {
            title: T.bannerTitle,
            description: BANNER_HTML,
            acceptAllBtn: T.acceptAll,
            acceptNecessaryBtn: T.rejectAll,
            showPreferencesBtn: T.customize,
          },
          preferencesModal: {
            title: T.dialogTitle,
            acceptAllBtn: T.acceptAll,
            acceptNecessaryBtn: T.rejectAll,
            savePreferencesBtn: T.save,
            closeIconLabel: T.close,
            sections: [{ description: T.dialogText }, ...Object.keys(CATEGORIES).map(section)],
          },
        },
      },
    },
  };
  const json = JSON.stringify(config, null, 2).replace('"name": {}', '"name": /^_ga/');
  return `// generated by bench/pages.js: vanilla-cookieconsent's documented setup (a module importing the UMD build).
import '${PATHS.vanilla}/cookieconsent.umd.js';

CookieConsent.run(${json});
`;
}

function vanilla({ title, body }) {
  const head = `    <link rel="stylesheet" href="${PATHS.vanilla}/cookieconsent.css" />
    <script type="text/plain" data-category="analytics" src="${PATHS.analytics}"></script>`;
  const gate = (s) => `<script type="text/plain" data-category="social" src="${PATHS.thirdParty}/${s.file}"></script>`;
  const link = `<a href="#" data-cc="show-preferencesModal">${T.customize}</a>`;
  const tail = `\n    <script type="module" src="${PATHS.pages}/vanilla-cookieconsent/cookieconsent-config.js"></script>\n  `;
  return page({ title, head, body: ungatedBody(body, gate, link), tail });
}

// ---------------------------------------------------------------------------------------------------------------
// klaro 0.7.22: a config.js defining window.klaroConfig, then klaro.js, both deferred (README "Getting started");
// elements gated with type="text/plain", data-type, data-src and data-name (README "Managing third-party apps").
function klaroConfig() {
  const purpose = (id) => ({ title: CATEGORIES[id].title, description: CATEGORIES[id].description });
  return `// generated by bench/pages.js: klaro's documented setup (see node_modules/klaro/dist/config.js).
var klaroConfig = {
  version: 1,
  elementID: 'klaro',
  styling: { theme: ['light', 'bottom', 'wide'] },
  noAutoLoad: false,
  htmlTexts: true,
  embedded: false,
  groupByPurpose: true,
  showNoticeTitle: true,
  storageMethod: 'cookie',
  cookieName: 'klaro',
  cookieExpiresAfterDays: 182,
  default: false,
  mustConsent: false,
  acceptAll: true,
  hideDeclineAll: false,
  hideLearnMore: false,
  noticeAsModal: false,
  lang: 'fr',
  translations: {
    zz: { privacyPolicyUrl: ${JSON.stringify(PATHS.privacy)} },
    fr: {
      privacyPolicyUrl: ${JSON.stringify(PATHS.privacy)},
      acceptAll: ${JSON.stringify(T.acceptAll)},
      // with acceptAll: true the notice's accept-all button is labelled by 'ok' (src/components/consent-notice.jsx)
      ok: ${JSON.stringify(T.acceptAll)},
      decline: ${JSON.stringify(T.rejectAll)},
      save: ${JSON.stringify(T.save)},
      close: ${JSON.stringify(T.close)},
      consentNotice: {
        title: ${JSON.stringify(T.bannerTitle)},
        description: ${JSON.stringify(`<p>${T.bannerText}</p><p class="bench-purposes">{purposes}</p><p>${T.rejectInfo} ${T.changeInfo}</p><p>${T.privacyText} {privacyPolicy}.</p>`)},
        learnMore: ${JSON.stringify(T.customize)},
      },
      privacyPolicy: { name: ${JSON.stringify(T.privacyLink)}, text: ${JSON.stringify(`${T.privacyText} {privacyPolicy}.`)} },
      consentModal: { title: ${JSON.stringify(T.dialogTitle)}, description: ${JSON.stringify(T.dialogText)} },
      purposes: ${JSON.stringify(Object.fromEntries(Object.keys(CATEGORIES).map((id) => [id, purpose(id)])))},
    },
  },
  services: [
    { name: 'necessary', title: ${JSON.stringify(CATEGORIES.necessary.title)}, purposes: ['necessary'], required: true },
    { name: 'audience', title: ${JSON.stringify(CATEGORIES.analytics.title)}, purposes: ['analytics'], cookies: [/^_ga/, '_gid'] },
${SOCIAL.map((s) => `    { name: '${s.key}', title: '${s.name}', purposes: ['social'], cookies: ['${s.cookie}'] },`).join('\n')}
    { name: 'ads', title: ${JSON.stringify(CATEGORIES.ads.title)}, purposes: ['ads'] },
  ],
};
`;
}

function klaro({ title, body }) {
  const head = `    <script defer src="${PATHS.pages}/klaro/config.js"></script>
    <script defer src="${PATHS.klaro}/klaro.js"></script>
    <script type="text/plain" data-type="text/javascript" data-name="audience" data-src="${PATHS.analytics}"></script>`;
  const gate = (s) =>
    `<script type="text/plain" data-type="text/javascript" data-name="${s.key}" data-src="${PATHS.thirdParty}/${s.file}"></script>`;
  const link = `<a href="#" onclick="return klaro.show();">${T.customize}</a>`;
  return page({ title, head, body: ungatedBody(body, gate, link) });
}

// ---------------------------------------------------------------------------------------------------------------
// tarteaucitron 1.34.0: tarteaucitron(.min).js in <head>, tarteaucitronCustomText then tarteaucitron.init()
// (README "How to use", "Customize text"); no markup gating in 1.x, so each script is a custom service
// (README "Create custom service") whose js() loads it, added with tarteaucitron.job.push().
function tarteaucitronInit() {
  const service = (key, type, name, cookies, js) => `tarteaucitron.services.${key} = {
  key: '${key}',
  type: '${type}',
  name: ${JSON.stringify(name)},
  needConsent: true,
  cookies: ${JSON.stringify(cookies)},
  readmoreLink: ${JSON.stringify(PATHS.privacy)},
  js: function () {
    'use strict';
${js ? `    tarteaucitron.addScript(${JSON.stringify(js)});\n` : ''}  },
  fallback: function () {
    'use strict';
  },
};
(tarteaucitron.job = tarteaucitron.job || []).push('${key}');
`;
  return `// generated by bench/pages.js: tarteaucitron's documented setup (README "How to use", "Create custom service").
tarteaucitronCustomText = {
  // the bottom banner's text box is an inline-flex row: one <span> keeps the text in one flow; tarteaucitron's own
  // « Politique de confidentialité » button (privacyUrl) stands for the privacy sentence
  alertBigPrivacy: ${JSON.stringify(
    `<span><strong>${T.bannerTitle}</strong><br>${T.bannerText}<br><strong>${Object.values(CATEGORIES)
      .map((c) => c.title)
      .join(' · ')}</strong><br>${T.rejectInfo} ${T.changeInfo}</span>`,
  )},
  acceptAll: ${JSON.stringify(T.acceptAll)},
  denyAll: ${JSON.stringify(T.rejectAll)},
  personalize: ${JSON.stringify(T.customize)},
  close: ${JSON.stringify(T.close)},
  title: ${JSON.stringify(T.dialogTitle)},
  disclaimer: ${JSON.stringify(T.dialogText)},
  mandatoryTitle: ${JSON.stringify(CATEGORIES.necessary.title)},
  mandatoryText: ${JSON.stringify(CATEGORIES.necessary.description)},
  analytic: { title: ${JSON.stringify(CATEGORIES.analytics.title)}, details: ${JSON.stringify(CATEGORIES.analytics.description)} },
  social: { title: ${JSON.stringify(CATEGORIES.social.title)}, details: ${JSON.stringify(CATEGORIES.social.description)} },
  ads: { title: ${JSON.stringify(CATEGORIES.ads.title)}, details: ${JSON.stringify(CATEGORIES.ads.description)} },
};

tarteaucitron.init({
  privacyUrl: ${JSON.stringify(PATHS.privacy)},
  bodyPosition: 'bottom',
  hashtag: '#tarteaucitron',
  cookieName: 'tarteaucitron',
  orientation: 'bottom',
  groupServices: true,
  showDetailsOnClick: true,
  serviceDefaultState: 'wait',
  showAlertSmall: false,
  showTitleBanner: false,
  cookieslist: false,
  cookieslistEmbed: false,
  showIcon: true,
  iconPosition: 'BottomRight',
  adblocker: false,
  DenyAllCta: true,
  AcceptAllCta: true,
  highPrivacy: true,
  alwaysNeedConsent: false,
  handleBrowserDNTRequest: false,
  removeCredit: false,
  moreInfoLink: true,
  useExternalCss: false,
  useExternalJs: false,
  readmoreLink: ${JSON.stringify(PATHS.privacy)},
  mandatory: true,
  mandatoryCta: true,
  googleConsentMode: false,
  bingConsentMode: false,
  pianoConsentMode: false,
  softConsentMode: false,
  dataLayer: false,
  serverSide: false,
  partnersList: false,
});

${service('audience', 'analytic', CATEGORIES.analytics.title, ['_ga', '_gid'], PATHS.analytics)}
${SOCIAL.map((s) => service(s.key, 'social', s.name, [s.cookie], `${PATHS.thirdParty}/${s.file}`)).join('\n')}
${service('ads', 'ads', CATEGORIES.ads.title, [], null)}`;
}

function tarteaucitron({ title, body }) {
  const head = `    <script src="${PATHS.tarteaucitron}/tarteaucitron.min.js"></script>
    <script src="${PATHS.pages}/tarteaucitron/init.js"></script>`;
  // The gated scripts are loaded by the services' js(); the markup keeps only the elements they fill.
  const gate = () => '';
  const link = `<a href="#" onclick="tarteaucitron.userInterface.openPanel(); return false;">${T.customize}</a>`;
  return page({ title, head, body: ungatedBody(body, gate, link) });
}

// ---------------------------------------------------------------------------------------------------------------
function thirdParty(file, key) {
  const original = readFileSync(join(ROOT, 'demo', 'third-party', file), 'utf8');
  return `// generated by bench/pages.js: demo/third-party/${file}, plus the time it ran (window.__socialRanAt).
${original.trimEnd()}
(window.__socialRan = window.__socialRan || {})[${JSON.stringify(key)}] = window.__socialRanAt = performance.now();
`;
}

/** Writes every page; returns the URL path of each product's page. */
export function writePages() {
  const source = demo();
  const files = {
    'ours.html': ours(source),
    'none.html': none(source),
    'empty.html': empty(source),
    'empty.js': '// does nothing\n',
    'vanilla-cookieconsent.html': vanilla(source),
    'vanilla-cookieconsent/cookieconsent-config.js': vanillaConfig(),
    'klaro.html': klaro(source),
    'klaro/config.js': klaroConfig(),
    'tarteaucitron.html': tarteaucitron(source),
    'tarteaucitron/init.js': tarteaucitronInit(),
  };
  for (const s of SOCIAL) files[`third-party/${s.file}`] = thirdParty(s.file, s.key);
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(dirname(join(OUT, name)), { recursive: true });
    writeFileSync(join(OUT, name), text);
  }
  return {
    ours: `${PATHS.pages}/ours.html`,
    'vanilla-cookieconsent': `${PATHS.pages}/vanilla-cookieconsent.html`,
    klaro: `${PATHS.pages}/klaro.html`,
    tarteaucitron: `${PATHS.pages}/tarteaucitron.html`,
    none: `${PATHS.pages}/none.html`,
    empty: `${PATHS.pages}/empty.html`,
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) console.log(writePages());
