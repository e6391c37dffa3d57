// Property tests of the config readers: whatever the site owner (or an attacker who controls the config) writes,
// the core's readConfig and the checker never throw, always give a complete, safe config, report unknown keys, and
// pollute nothing; and they agree: the same config, and "clean" exactly when the checker finds no problem.
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import type { ResolvedConfig } from './types.js';
import { checkConfig } from './check-config.js';
import { readConfig } from './read-config.js';
import type { Problem } from './rules.js';

const KEYS = [
  'revision', 'language', 'fallbackLanguage', 'privacyPolicyUrl', 'categories', 'cookie', 'texts', 'reloadOnRevoke',
  'continueWithoutAccepting', 'floatingButton', 'consentLog', 'gpc', 'googleConsentMode', 'theme', 'layout', 'services',
] as const;
const COOKIE_KEYS = ['name', 'domain', 'path', 'sameSite', 'lifetimeDays'];
const CATEGORY_KEYS = ['required', 'title', 'description', 'cookies', 'services'];
const CATEGORY_ID = /^[a-z][\w-]{0,39}$/i;
const LANGUAGE = /^[a-z]{2,3}(-[a-z\d]{2,8})*$/i;
const PROTO_KEYS = ['__proto__', 'constructor', 'prototype', 'toString', 'valueOf', 'hasOwnProperty', 'polluted'];

// ---------------------------------------------------------------------------------------------------------------
// Checks

function check(condition: unknown, message: () => string): void {
  if (!condition) throw new Error(message());
}
const show = (value: unknown): string => {
  try {
    return JSON.stringify(value)?.slice(0, 300) ?? String(value);
  } catch {
    return typeof value;
  }
};

const isPlainRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * An http(s) URL or one relative to the page, judged independently of the reader: the URL parser resolves it to
 * http(s), and the text, with what the URL parser ignores taken out (leading C0 controls and spaces, tabs and
 * newlines anywhere), does not start with a dangerous scheme.
 */
function isSafeLink(value: unknown): boolean {
  if (typeof value !== 'string') return false;
  let protocol: string;
  try {
    protocol = new URL(value, location.href).protocol;
  } catch {
    return false;
  }
  // eslint-disable-next-line no-control-regex
  const squeezed = value.replace(/^[\u0000-\u0020]+/, '').replace(/[\t\n\r]/g, '').toLowerCase();
  return /^https?:$/.test(protocol) && !/^(javascript|data|vbscript|blob|file|about|filesystem):/.test(squeezed);
}

const LIFETIME_MAX = 395;

/** Every field present, of the right type, within its range, and safe to use. */
function expectSafeConfig(config: ResolvedConfig, input: unknown): void {
  const where = () => ` for ${show(input)}`;
  const keys = Object.keys(config).sort();
  // Every documented field (consentLog, googleConsentMode, language, privacyPolicyUrl may be undefined).
  for (const key of KEYS) check(key in config, () => `missing ${key}${where()}`);
  check(keys.every((k) => (KEYS as readonly string[]).includes(k)), () => `extra keys ${keys}${where()}`);

  check(Number.isInteger(config.revision) && config.revision >= 0, () => `revision ${show(config.revision)}${where()}`);
  check(config.language === undefined || (typeof config.language === 'string' && LANGUAGE.test(config.language)), () => `language ${show(config.language)}${where()}`);
  check(typeof config.fallbackLanguage === 'string' && LANGUAGE.test(config.fallbackLanguage), () => `fallbackLanguage ${show(config.fallbackLanguage)}${where()}`);
  check(config.privacyPolicyUrl === undefined || isSafeLink(config.privacyPolicyUrl), () => `privacyPolicyUrl ${show(config.privacyPolicyUrl)}${where()}`);

  // Categories: a non-empty array of well-formed categories with distinct ids.
  check(Array.isArray(config.categories) && config.categories.length > 0, () => `categories ${show(config.categories)}${where()}`);
  const ids = new Set<string>();
  for (const category of config.categories) {
    check(isPlainRecord(category), () => `category ${show(category)}${where()}`);
    check(typeof category.id === 'string' && CATEGORY_ID.test(category.id), () => `category id ${show(category.id)}${where()}`);
    check(!ids.has(category.id), () => `duplicate category ${category.id}${where()}`);
    ids.add(category.id);
    check(typeof category.required === 'boolean', () => `${category.id}.required ${show(category.required)}${where()}`);
    check(Array.isArray(category.cookies) && category.cookies.every((c) => typeof c === 'string' && c.length > 0), () => `${category.id}.cookies ${show(category.cookies)}${where()}`);
    // Services: ids unique across categories and services, each listed once in config.services under this category.
    check(Array.isArray(category.services), () => `${category.id}.services ${show(category.services)}${where()}`);
    for (const service of category.services) {
      check(CATEGORY_ID.test(service) && !ids.has(service), () => `service id ${show(service)}${where()}`);
      ids.add(service);
      check(Object.hasOwn(config.services, service) && config.services[service].category === category.id && isPlainRecord(config.services[service].config), () => `service ${service}${where()}`);
    }
    for (const field of ['title', 'description'] as const) {
      const text = category[field];
      check(
        text === undefined || typeof text === 'string' || (isPlainRecord(text) && Object.values(text).every((v) => typeof v === 'string')),
        () => `${category.id}.${field} ${show(text)}${where()}`,
      );
    }
  }

  check(isPlainRecord(config.services) && Object.keys(config.services).every((id) => ids.has(id)), () => `services ${show(config.services)}${where()}`);

  // The cookie.
  const { cookie } = config;
  check(isPlainRecord(cookie), () => `cookie ${show(cookie)}${where()}`);
  check(typeof cookie.name === 'string' && /^[\w.-]{1,64}$/.test(cookie.name), () => `cookie.name ${show(cookie.name)}${where()}`);
  check(typeof cookie.path === 'string' && /^\/[^;\s]*$/.test(cookie.path), () => `cookie.path ${show(cookie.path)}${where()}`);
  check(cookie.domain === undefined || (typeof cookie.domain === 'string' && /^\.?[a-z\d.-]+$/i.test(cookie.domain)), () => `cookie.domain ${show(cookie.domain)}${where()}`);
  check(['Lax', 'Strict', 'None'].includes(cookie.sameSite), () => `cookie.sameSite ${show(cookie.sameSite)}${where()}`);
  check(
    typeof cookie.lifetimeDays === 'number' && cookie.lifetimeDays > 0 && cookie.lifetimeDays <= LIFETIME_MAX,
    () => `cookie.lifetimeDays ${show(cookie.lifetimeDays)}${where()}`,
  );

  // Texts: languages -> names -> strings.
  check(isPlainRecord(config.texts), () => `texts ${show(config.texts)}${where()}`);
  for (const [language, table] of Object.entries(config.texts)) {
    check(LANGUAGE.test(language) && language === language.toLowerCase(), () => `texts language ${show(language)}${where()}`);
    check(isPlainRecord(table), () => `texts.${language} ${show(table)}${where()}`);
    for (const [name, value] of Object.entries(table)) {
      check(/^\w+$/.test(name) && typeof value === 'string', () => `texts.${language}.${name} ${show(value)}${where()}`);
    }
  }

  for (const flag of ['reloadOnRevoke', 'continueWithoutAccepting', 'floatingButton'] as const) {
    check(typeof config[flag] === 'boolean', () => `${flag} ${show(config[flag])}${where()}`);
  }
  check(
    config.consentLog === undefined ||
      (isPlainRecord(config.consentLog) && Object.keys(config.consentLog).join() === 'endpoint,impressions' && isSafeLink(config.consentLog.endpoint) &&
        [true, false, undefined].includes(config.consentLog.impressions)),
    () => `consentLog ${show(config.consentLog)}${where()}`,
  );
  check(['honor', 'ignore'].includes(config.gpc), () => `gpc ${show(config.gpc)}${where()}`);
  check(['light', 'dark', 'auto'].includes(config.theme), () => `theme ${show(config.theme)}${where()}`);
  check(['bar', 'box', 'modal'].includes(config.layout), () => `layout ${show(config.layout)}${where()}`);
  const mode = config.googleConsentMode;
  check(
    mode === undefined ||
      (isPlainRecord(mode) &&
        Object.entries(mode).every(([type, list]) => /^[a-z_]{1,40}$/.test(type) && Array.isArray(list) && list.every((id) => typeof id === 'string' && CATEGORY_ID.test(id)))),
    () => `googleConsentMode ${show(mode)}${where()}`,
  );
}

/** Object.prototype, as it was before the tests: its own property names and their descriptors' values. */
const PROTOTYPE_BEFORE = Object.getOwnPropertyNames(Object.prototype).sort().join();
const ARRAY_PROTOTYPE_BEFORE = Object.getOwnPropertyNames(Array.prototype).sort().join();
function expectNoPollution(input: unknown): void {
  check(Object.getOwnPropertyNames(Object.prototype).sort().join() === PROTOTYPE_BEFORE, () => `Object.prototype changed by ${show(input)}`);
  check(Object.getOwnPropertyNames(Array.prototype).sort().join() === ARRAY_PROTOTYPE_BEFORE, () => `Array.prototype changed by ${show(input)}`);
  check(!('polluted' in {}) && ({} as Record<string, unknown>).title === undefined, () => `{} polluted by ${show(input)}`);
  check(typeof ({} as Record<string, unknown>).toString === 'function', () => `toString replaced by ${show(input)}`);
}

/** Reads with both readers, then checks everything; returns what the checker gave. */
function readSafely(input: unknown): { config: ResolvedConfig; problems: Problem[] } {
  let result: { config: ResolvedConfig; problems: Problem[] };
  let fast: { config: ResolvedConfig; clean: boolean };
  try {
    result = checkConfig(input);
    fast = readConfig(input);
  } catch (error) {
    throw new Error(`a config reader threw ${(error as Error)?.message ?? error} for ${show(input)}`);
  }
  check(Array.isArray(result.problems), () => `problems ${show(result.problems)}`);
  expectSafeConfig(result.config, input);
  expectSafeConfig(fast.config, input);
  expect(fast.config, `readConfig and checkConfig disagree for ${show(input)}`).to.deep.equal(result.config);
  check(fast.clean === !result.problems.length, () => `clean is ${fast.clean} but the checker found ${show(result.problems)} for ${show(input)}`);
  expectNoPollution(input);
  return result;
}


// ---------------------------------------------------------------------------------------------------------------
// Arbitraries

/** URL-like strings, dangerous ones in every disguise. */
const urlish = fc.oneof(
  fc.constantFrom(
    'javascript:alert(1)', 'JaVaScRiPt:alert(1)', ' javascript:alert(1)', '\tjavascript:alert(1)', 'java\nscript:alert(1)',
    'java\tscript:alert(1)', '\u0000javascript:alert(1)', 'javascript\u0000:alert(1)', '\u00a0javascript:alert(1)',
    '\ufeffjavascript:alert(1)', 'javascript:', 'javascript://%0aalert(1)', 'data:text/html,<script>alert(1)</script>',
    'DATA:text/html;base64,PHNjcmlwdD4=', 'vbscript:msgbox(1)', 'blob:https://example.com/x', 'file:///etc/passwd',
    'about:blank', 'mailto:a@b.c', 'tel:123', 'ftp://example.com', 'ws://example.com', '//evil.example/x', '\\\\evil.example',
    '/\\evil.example', 'https://example.com/privacy', 'http://example.com', '/confidentialite', 'privacy.html', '?x', '#x',
    '', ' ', '\n', 'https:', 'http://', 'https://[::1', 'javascript&colon;alert(1)', '&#106;avascript:alert(1)',
  ),
  fc.webUrl({ withQueryParameters: true, withFragments: true }),
  fc.tuple(fc.constantFrom('javascript:', 'data:', 'JAVASCRIPT:', 'https://', '/', ''), fc.string({ unit: 'binary' })).map(([a, b]) => a + b),
  fc.string({ unit: 'binary', maxLength: 20 }),
);

/** Plain values that are not what any key expects, or barely are. */
const anyValue = fc.oneof(
  { weight: 3, arbitrary: fc.anything({ key: fc.oneof(fc.string(), fc.constantFrom(...PROTO_KEYS)), maxDepth: 3 }) },
  { weight: 1, arbitrary: fc.anything({ withNullPrototype: false, withBoxedValues: true, withMap: true, withSet: true, withBigInt: true, withDate: true, withTypedArray: true, withSparseArray: true, maxDepth: 2 }) },
  {
    weight: 2,
    arbitrary: fc.constantFrom<unknown>(
      NaN, Infinity, -Infinity, -0, 0, -1, 1.5, 1e21, 395, 395.0001, 396, 1e-300, Number.MAX_VALUE, Number.MIN_VALUE, '1', 'true',
      'lax', 'LAX', 'strict', 'none', 'NONE', 'Lax ', 'honor', 'HONOR', 'dark', 'Dark', 'modal', 'fr', 'en-GB', 'x', '',
      [], {}, null, true, false, Symbol('s'), () => 1, new Date(0), /re/,
    ),
  },
  { weight: 2, arbitrary: urlish },
);

/** Values for each real key: a sensible value, a bad one, or anything. */
const category = fc.record(
  {
    required: fc.oneof(fc.boolean(), anyValue),
    title: fc.oneof(fc.string(), fc.dictionary(fc.constantFrom('fr', 'en', 'de', '__proto__', 'constructor'), fc.string()), anyValue),
    description: fc.oneof(fc.string(), anyValue),
    cookies: fc.oneof(fc.array(fc.oneof(fc.string(), fc.constantFrom('/(/', '/[a-/', '//', '/^_ga/', '', '/'))), anyValue),
    extra: anyValue,
  },
  { requiredKeys: [] },
);

const categoryIds = fc.oneof(
  fc.constantFrom('necessary', 'analytics', 'social', 'ads', 'video', 'constructor', '__proto__', 'toString', 'prototype', 'hasOwnProperty', '1bad', '', 'a'.repeat(41), 'é'),
  fc.string({ maxLength: 12 }),
);

const realKeys = fc.record(
  {
    revision: fc.oneof(fc.integer(), anyValue),
    language: fc.oneof(fc.constantFrom('fr', 'en', 'fr-BE', 'zz', 'x-evil', '__proto__'), anyValue),
    fallbackLanguage: anyValue,
    privacyPolicyUrl: fc.oneof(urlish, anyValue),
    categories: fc.oneof(fc.dictionary(categoryIds, fc.oneof(category, anyValue), { maxKeys: 6 }), anyValue),
    cookie: fc.oneof(
      fc.record(
        {
          name: fc.oneof(fc.string(), anyValue),
          domain: fc.oneof(fc.constantFrom('.example.com', 'example.com', 'a;b', '', '.'), anyValue),
          path: fc.oneof(fc.constantFrom('/', '/x', 'x', '/a b', '/a;b', ''), anyValue),
          sameSite: fc.oneof(fc.constantFrom('Lax', 'lax', 'Strict', 'None', 'none', 'nope'), anyValue),
          lifetimeDays: fc.oneof(fc.double(), fc.integer(), anyValue),
          extra: anyValue,
        },
        { requiredKeys: [] },
      ),
      anyValue,
    ),
    texts: fc.oneof(
      fc.dictionary(
        fc.constantFrom('fr', 'en', 'FR', 'en-GB', '__proto__', 'constructor', 'x'),
        fc.oneof(fc.dictionary(fc.oneof(fc.constantFrom('acceptAll', '__proto__', 'constructor', 'bad key'), fc.string()), fc.oneof(fc.string(), anyValue)), anyValue),
      ),
      anyValue,
    ),
    reloadOnRevoke: anyValue,
    continueWithoutAccepting: anyValue,
    floatingButton: anyValue,
    consentLog: fc.oneof(fc.record({ endpoint: fc.oneof(urlish, anyValue), impressions: fc.oneof(fc.boolean(), anyValue), extra: anyValue }, { requiredKeys: [] }), anyValue),
    gpc: fc.oneof(fc.constantFrom('honor', 'ignore', 'Honor'), anyValue),
    googleConsentMode: fc.oneof(
      fc.boolean(),
      fc.dictionary(fc.oneof(fc.constantFrom('ad_storage', '__proto__', 'constructor', 'Bad-Type'), fc.string()), fc.oneof(fc.array(categoryIds), anyValue)),
      anyValue,
    ),
    theme: fc.oneof(fc.constantFrom('light', 'dark', 'auto'), anyValue),
    layout: fc.oneof(fc.constantFrom('bar', 'box', 'modal'), anyValue),
  },
  { requiredKeys: [] },
);

/** A config of real keys plus unknown ones (prototype-ish names included). */
const withUnknownKeys = fc
  .tuple(realKeys, fc.dictionary(fc.oneof(fc.string(), fc.constantFrom(...PROTO_KEYS)), anyValue, { maxKeys: 3 }))
  .map(([known, unknown]) => {
    const config: Record<string, unknown> = { ...known };
    for (const key of Object.keys(unknown)) {
      if ((KEYS as readonly string[]).includes(key)) continue;
      Object.defineProperty(config, key, { value: unknown[key], enumerable: true, configurable: true, writable: true });
    }
    return config;
  });

/** JSON text with own "__proto__" keys where the reader copies keys: top level, categories, texts, cookie, Consent Mode. */
const protoJson = fc
  .tuple(
    fc.jsonValue({ maxDepth: 2 }),
    fc.constantFrom(
      (v: string) => `{"__proto__": ${v}}`,
      (v: string) => `{"__proto__": {"polluted": ${v}, "title": ${v}}}`,
      (v: string) => `{"categories": {"__proto__": {"title": "x", "polluted": ${v}}, "analytics": {}}}`,
      (v: string) => `{"categories": {"constructor": {"title": "c", "required": ${v}}, "prototype": {"title": "p"}}}`,
      (v: string) => `{"categories": {"analytics": {"__proto__": {"required": true}, "cookies": ${v}}}}`,
      (v: string) => `{"texts": {"__proto__": {"acceptAll": "x"}, "fr": {"__proto__": ${v}, "constructor": "c", "polluted": "p"}}}`,
      (v: string) => `{"texts": {"fr": {"__proto__": {"polluted": "yes"}, "acceptAll": ${v}}}}`,
      (v: string) => `{"cookie": {"__proto__": {"sameSite": "None"}, "name": ${v}}}`,
      (v: string) => `{"consentLog": {"__proto__": {"endpoint": "javascript:alert(1)"}}, "x": ${v}}`,
      (v: string) => `{"googleConsentMode": {"__proto__": ["ads"], "constructor": ["analytics"], "ad_storage": ${v}}}`,
      (v: string) => `{"privacyPolicyUrl": {"__proto__": "javascript:alert(1)"}, "layout": ${v}}`,
    ),
  )
  .map(([value, template]) => template(JSON.stringify(value)));

// ---------------------------------------------------------------------------------------------------------------

describe('readConfig and checkConfig (properties)', function () {
  // Thousands of runs per property: on a loaded 2-core machine one may take longer than the suite's usual 5 s.
  this.timeout(30_000);
  it('does not throw for a cookie.sameSite that cannot be converted to a string', () => {
    for (const input of [
      '{"cookie":{"sameSite":{"toString":0}}}',
      { cookie: { sameSite: { toString: 0 } } },
      { cookie: { sameSite: Object.create(null) } },
    ]) {
      const { config, problems } = readSafely(input);
      expect(config.cookie.sameSite).to.equal('Lax');
      expect(problems.some(([path, kind]) => path === 'cookie.sameSite' && kind === 'invalid')).to.equal(true);
    }
  });

  it('never throws on anything, and always gives a complete, safe config', () => {
    fc.assert(fc.property(fc.anything(), (input) => void readSafely(input)), { numRuns: 1500 });
  });

  it('never throws on objects with a null prototype', () => {
    fc.assert(fc.property(fc.anything({ withNullPrototype: true, maxDepth: 3 }), (input) => void readSafely(input)), { numRuns: 500 });
  });

  it('never throws on exotic values (boxed values, maps, sets, bigints, dates, typed and sparse arrays)', () => {
    fc.assert(
      fc.property(
        fc.anything({ withBoxedValues: true, withMap: true, withSet: true, withBigInt: true, withDate: true, withTypedArray: true, withSparseArray: true, withObjectString: true }),
        (input) => void readSafely(input),
      ),
      { numRuns: 800 },
    );
  });

  it('never throws on JSON text, random text, or text that is almost a config', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.json(),
          fc.string(),
          fc.string({ unit: 'binary' }),
          realKeys.map((config) => {
            try {
              return JSON.stringify(config) ?? '';
            } catch {
              return '';
            }
          }),
          protoJson,
        ),
        (text) => void readSafely(text),
      ),
      { numRuns: 2000 },
    );
  });

  it('gives a safe config for objects of the real keys with random values', () => {
    fc.assert(fc.property(realKeys, (input) => void readSafely(input)), { numRuns: 2500 });
  });

  it('never takes a dangerous URL for privacyPolicyUrl or consentLog.endpoint, and reports it', () => {
    fc.assert(
      fc.property(urlish, (url) => {
        const { config, problems } = readSafely({ privacyPolicyUrl: url, consentLog: { endpoint: url } });
        if (!isSafeLink(url)) {
          check(config.privacyPolicyUrl === undefined && config.consentLog === undefined, () => `took ${show(url)}`);
          check(problems.some(([path]) => path === 'privacyPolicyUrl'), () => `no problem reported for privacyPolicyUrl ${show(url)}`);
          check(problems.some(([path]) => path === 'consentLog.endpoint'), () => `no problem reported for consentLog.endpoint ${show(url)}`);
        }
      }),
      { numRuns: 1500 },
    );
    // Control: the generator does produce both kinds.
    expect(readConfig({ privacyPolicyUrl: 'https://example.com/privacy' }).config.privacyPolicyUrl).to.equal('https://example.com/privacy');
    expect(readConfig({ privacyPolicyUrl: '/confidentialite' }).config.privacyPolicyUrl).to.equal('/confidentialite');
  });

  it('reports every unknown key (top level, cookie, consentLog, categories)', () => {
    fc.assert(
      fc.property(withUnknownKeys, (input) => {
        const { problems } = readSafely(input);
        const reported = (path: string, kind: string) => problems.some(([p, k]) => p === path && k === kind);
        // An undefined value counts as absent (an object config may carry them), so only defined keys are reported.
        const defined = (object: Record<string, unknown>) => Object.keys(object).filter((key) => object[key] !== undefined);
        for (const key of defined(input)) {
          if (!(KEYS as readonly string[]).includes(key)) check(reported(key, 'unknown'), () => `unknown key ${show(key)} not reported for ${show(input)}`);
        }
        const { cookie, consentLog, categories } = input as Record<string, unknown>;
        if (isPlainRecord(cookie)) {
          for (const key of defined(cookie)) {
            if (!COOKIE_KEYS.includes(key)) check(reported(`cookie.${key}`, 'unknown'), () => `unknown key cookie.${key} not reported`);
          }
        }
        if (isPlainRecord(consentLog)) {
          for (const key of defined(consentLog)) {
            if (!['endpoint', 'impressions'].includes(key)) check(reported(`consentLog.${key}`, 'unknown'), () => `unknown key consentLog.${key} not reported`);
          }
        }
        if (isPlainRecord(categories)) {
          for (const [id, value] of Object.entries(categories)) {
            if (value === undefined) continue;
            if (!CATEGORY_ID.test(id)) {
              check(reported(`categories.${id}`, 'key'), () => `invalid category id ${show(id)} not reported`);
              continue;
            }
            if (!isPlainRecord(value)) continue;
            for (const key of defined(value)) {
              if (!CATEGORY_KEYS.includes(key)) check(reported(`categories.${id}.${key}`, 'unknown'), () => `unknown key categories.${id}.${key} not reported`);
            }
          }
        }
      }),
      { numRuns: 1500 },
    );
    expect(checkConfig({ colour: 'red' }).problems).to.deep.include(['colour', 'unknown']);
  });

  it('leaves Object.prototype untouched for "__proto__" and "constructor" keys, and does not grant them anything', () => {
    fc.assert(
      fc.property(protoJson, (text) => {
        const { config } = readSafely(text);
        // A "__proto__" category never becomes a category; "constructor" may, as an ordinary own id.
        check(!config.categories.some((c) => c.id === '__proto__'), () => `__proto__ category from ${text}`);
        for (const table of Object.values(config.texts)) check(Object.getPrototypeOf(table) === Object.prototype, () => `texts table prototype changed by ${text}`);
        check(Object.getPrototypeOf(config.texts) === Object.prototype, () => `texts prototype changed by ${text}`);
        check(Object.getPrototypeOf(config.cookie) === Object.prototype && config.cookie.sameSite === 'Lax', () => `cookie inherited from ${text}`);
        check(config.privacyPolicyUrl === undefined && config.consentLog === undefined, () => `URL inherited from ${text}`);
      }),
      { numRuns: 1000 },
    );
  });
});
