import { expect } from '@open-wc/testing';
import { parseConfig } from './parse-config.js';
import type { ResolvedConfig } from './types.js';

/** Records console.error / console.warn calls (as joined strings) instead of printing them; restore() puts them back. */
function captureConsole() {
  const original = { error: console.error, warn: console.warn };
  const errors: string[] = [];
  const warnings: string[] = [];
  console.error = (...args: unknown[]) => void errors.push(args.map(String).join(' '));
  console.warn = (...args: unknown[]) => void warnings.push(args.map(String).join(' '));
  return {
    errors,
    warnings,
    restore() {
      console.error = original.error;
      console.warn = original.warn;
    },
  };
}

type Captured = ReturnType<typeof captureConsole>;

const categorySummary = (config: ResolvedConfig) => config.categories.map(({ id, required }) => ({ id, required }));

const DEFAULT_CATEGORIES = [
  { id: 'necessary', required: true },
  { id: 'analytics', required: false },
  { id: 'social', required: false },
  { id: 'ads', required: false },
];

describe('parseConfig', () => {
  let logs: Captured;

  beforeEach(() => {
    logs = captureConsole();
  });

  afterEach(() => {
    logs.restore();
  });

  describe('defaults', () => {
    for (const [label, input] of [
      ['undefined', undefined],
      ["''", ''],
      ['{}', {}],
      ['null', null],
      ["'  ' (blank JSON text)", '   '],
    ] as const) {
      it(`gives the defaults for ${label}, silently`, () => {
        const config = parseConfig(input);
        expect(config.revision).to.equal(1);
        expect(config.fallbackLanguage).to.equal('en');
        expect(config.language).to.equal(undefined);
        expect(config.privacyPolicyUrl).to.equal(undefined);
        expect(categorySummary(config)).to.deep.equal(DEFAULT_CATEGORIES);
        for (const category of config.categories) expect(category.cookies).to.deep.equal([]);
        expect(config.cookie).to.deep.equal({ name: 'cookie_consent', path: '/', sameSite: 'Lax', lifetimeDays: 182 });
        expect(config.texts).to.deep.equal({});
        expect(logs.errors).to.deep.equal([]);
        expect(logs.warnings).to.deep.equal([]);
      });
    }

    it('returns fresh objects: changing one result does not change the next', () => {
      const first = parseConfig(undefined);
      first.cookie.name = 'changed';
      first.categories[0].required = false;
      const second = parseConfig(undefined);
      expect(second.cookie.name).to.equal('cookie_consent');
      expect(second.categories[0].required).to.equal(true);
    });
  });

  describe('JSON text', () => {
    it('parses a JSON string like the equivalent object', () => {
      const raw = {
        revision: 3,
        language: 'fr',
        fallbackLanguage: 'de',
        privacyPolicyUrl: 'https://example.com/privacy',
        categories: { necessary: {}, analytics: { cookies: ['_ga', '/^_gid/'] } },
        cookie: { name: 'consent', sameSite: 'Strict', lifetimeDays: 30 },
        texts: { FR: { acceptAll: "J'accepte" } },
      };
      const fromText = parseConfig(JSON.stringify(raw));
      expect(fromText).to.deep.equal(parseConfig(raw));
      expect(fromText.revision).to.equal(3);
      expect(fromText.language).to.equal('fr');
      expect(fromText.fallbackLanguage).to.equal('de');
      expect(fromText.privacyPolicyUrl).to.equal('https://example.com/privacy');
      expect(categorySummary(fromText)).to.deep.equal([
        { id: 'necessary', required: true },
        { id: 'analytics', required: false },
      ]);
      expect(fromText.categories[1].cookies).to.deep.equal(['_ga', '/^_gid/']);
      expect(fromText.cookie).to.deep.equal({ name: 'consent', path: '/', sameSite: 'Strict', lifetimeDays: 30 });
      expect(fromText.texts).to.deep.equal({ fr: { acceptAll: "J'accepte" } });
      expect(logs.errors).to.deep.equal([]);
      expect(logs.warnings).to.deep.equal([]);
    });

    it('logs exactly one console.error for bad JSON and gives the defaults', () => {
      const config = parseConfig('{"revision": 2,');
      expect(logs.errors).to.have.length(1);
      expect(logs.errors[0]).to.contain('[cookie-consent]').and.to.contain('JSON');
      expect(logs.warnings).to.deep.equal([]);
      expect(config).to.deep.equal(parseConfig(undefined));
    });

    it('logs one console.error naming the config when the JSON is not an object', () => {
      const config = parseConfig('[1, 2]');
      expect(logs.errors).to.have.length(1);
      expect(logs.errors[0]).to.contain('config: expected a JSON object');
      expect(config.revision).to.equal(1);
      expect(categorySummary(config)).to.deep.equal(DEFAULT_CATEGORIES);
    });
  });

  describe('invalid fields: one console.error naming the field, the rest still applies', () => {
    const expectOneError = (field: string) => {
      expect(logs.errors, logs.errors.join('\n')).to.have.length(1);
      expect(logs.errors[0]).to.contain(`config.${field}`);
      expect(logs.errors[0]).to.match(/^\[cookie-consent\] /);
    };

    it('revision "x"', () => {
      const config = parseConfig({ revision: 'x', fallbackLanguage: 'fr', cookie: { name: 'kept' } });
      expectOneError('revision');
      expect(config.revision).to.equal(1);
      expect(config.fallbackLanguage).to.equal('fr');
      expect(config.cookie.name).to.equal('kept');
    });

    it('revision negative or not an integer', () => {
      expect(parseConfig({ revision: -1 }).revision).to.equal(1);
      expect(parseConfig({ revision: 1.5 }).revision).to.equal(1);
      expect(logs.errors).to.have.length(2);
      expect(logs.errors.every((message) => message.includes('config.revision'))).to.equal(true);
      expect(parseConfig({ revision: 0 }).revision).to.equal(0);
      expect(logs.errors).to.have.length(2);
    });

    it('privacyPolicyUrl "javascript:alert(1)"', () => {
      const config = parseConfig({ privacyPolicyUrl: 'javascript:alert(1)', revision: 4 });
      expectOneError('privacyPolicyUrl');
      expect(config.privacyPolicyUrl).to.equal(undefined);
      expect(config.revision).to.equal(4);
    });

    it('privacyPolicyUrl accepts relative and http(s) URLs', () => {
      expect(parseConfig({ privacyPolicyUrl: '/privacy' }).privacyPolicyUrl).to.equal('/privacy');
      expect(parseConfig({ privacyPolicyUrl: 'http://example.com/p' }).privacyPolicyUrl).to.equal('http://example.com/p');
      expect(logs.errors).to.deep.equal([]);
      parseConfig({ privacyPolicyUrl: 'data:text/html,<script>alert(1)</script>' });
      expectOneError('privacyPolicyUrl');
    });

    it('categories as an array', () => {
      const config = parseConfig({ categories: [{ id: 'analytics' }], revision: 2 });
      expectOneError('categories');
      expect(categorySummary(config)).to.deep.equal(DEFAULT_CATEGORIES);
      expect(config.revision).to.equal(2);
    });

    it('a category id with spaces', () => {
      const config = parseConfig({ categories: { necessary: {}, 'my analytics': { title: 'Mine' }, ads: {} } });
      expectOneError('categories.my analytics');
      expect(categorySummary(config)).to.deep.equal([
        { id: 'necessary', required: true },
        { id: 'ads', required: false },
      ]);
    });

    it('a custom category without a title is dropped', () => {
      const config = parseConfig({ categories: { necessary: {}, video: { cookies: ['yt'] }, maps: { title: 'Cartes' } } });
      expectOneError('categories.video.title');
      expect(config.categories.map(({ id }) => id)).to.deep.equal(['necessary', 'maps']);
      expect(config.categories[1].title).to.equal('Cartes');
    });

    it('a custom category whose title is an empty object is dropped', () => {
      const config = parseConfig({ categories: { necessary: {}, video: { title: {} } } });
      expectOneError('categories.video.title');
      expect(config.categories.map(({ id }) => id)).to.deep.equal(['necessary']);
    });

    it('a cookies list with an invalid regular expression "/(/"', () => {
      const config = parseConfig({ categories: { necessary: {}, analytics: { cookies: ['_ga', '/(/', '/^_gid/'] } } });
      expectOneError('categories.analytics.cookies[1]');
      expect(config.categories[1].cookies).to.deep.equal(['_ga', '/^_gid/']);
    });

    it('a cookies entry with a flag outside i, m, s, u ("/^_ga/g"), or a "/" that is no regex', () => {
      const config = parseConfig({ categories: { necessary: {}, analytics: { cookies: ['/^_ga/i', '/^_ga/g', '_gid'] } } });
      expectOneError('categories.analytics.cookies[1]');
      expect(logs.errors[0]).to.contain('flags among i, m, s, u');
      expect(config.categories[1].cookies).to.deep.equal(['/^_ga/i', '_gid']);
      logs.errors.length = 0;
      parseConfig({ categories: { analytics: { cookies: ['/_ga'] } } });
      expectOneError('categories.analytics.cookies[0]');
    });

    it('a cookies value that is not an array', () => {
      const config = parseConfig({ categories: { analytics: { cookies: '_ga' } } });
      expectOneError('categories.analytics.cookies');
      expect(config.categories[0].cookies).to.deep.equal([]);
    });

    it('required that is not a boolean', () => {
      const config = parseConfig({ categories: { necessary: { required: 'no' } } });
      expectOneError('categories.necessary.required');
      expect(config.categories[0].required).to.equal(true);
    });

    it('a cookie name with a ";"', () => {
      const config = parseConfig({ cookie: { name: 'a;b', path: '/shop' } });
      expectOneError('cookie.name');
      expect(config.cookie.name).to.equal('cookie_consent');
      expect(config.cookie.path).to.equal('/shop');
    });

    it('a non-positive lifetimeDays', () => {
      const config = parseConfig({ cookie: { lifetimeDays: 0 } });
      expectOneError('cookie.lifetimeDays');
      expect(config.cookie.lifetimeDays).to.equal(182);
    });

    it('an unknown sameSite', () => {
      const config = parseConfig({ cookie: { sameSite: 'sometimes' } });
      expectOneError('cookie.sameSite');
      expect(config.cookie.sameSite).to.equal('Lax');
    });

    it('a language that is not a language tag', () => {
      const config = parseConfig({ language: 'french!', fallbackLanguage: 'fr' });
      expectOneError('language');
      expect(config.language).to.equal(undefined);
      expect(config.fallbackLanguage).to.equal('fr');
    });

    it('several bad fields: one error each', () => {
      const config = parseConfig({
        revision: 'x',
        privacyPolicyUrl: 'javascript:alert(1)',
        categories: { necessary: {}, analytics: { cookies: ['/(/'] } },
        cookie: { lifetimeDays: 'long', name: 'ok_name' },
      });
      expect(logs.errors).to.have.length(4);
      for (const field of ['revision', 'privacyPolicyUrl', 'categories.analytics.cookies[0]', 'cookie.lifetimeDays']) {
        expect(logs.errors.filter((message) => message.includes(`config.${field}`)), field).to.have.length(1);
      }
      expect(config.cookie.name).to.equal('ok_name');
      expect(config.categories.map(({ id }) => id)).to.deep.equal(['necessary', 'analytics']);
    });
  });

  describe('warnings', () => {
    it('warns about an unknown top-level key, naming it', () => {
      const config = parseConfig({ revison: 2, revision: 3 });
      expect(logs.warnings).to.have.length(1);
      expect(logs.warnings[0]).to.contain('"revison"');
      expect(logs.errors).to.deep.equal([]);
      expect(config.revision).to.equal(3);
    });

    it('warns about an unknown category key, naming it', () => {
      const config = parseConfig({ categories: { analytics: { titel: 'Stats', required: true } } });
      expect(logs.warnings).to.have.length(1);
      expect(logs.warnings[0]).to.contain('categories.analytics.titel');
      expect(logs.errors).to.deep.equal([]);
      expect(categorySummary(config)).to.deep.equal([{ id: 'analytics', required: true }]);
    });

    it('warns about an unknown cookie key, naming it', () => {
      parseConfig({ cookie: { secure: true } });
      expect(logs.warnings).to.have.length(1);
      expect(logs.warnings[0]).to.contain('cookie.secure');
    });

    it('clamps lifetimeDays 500 to 395 with a console.warn', () => {
      const config = parseConfig({ cookie: { lifetimeDays: 500 } });
      expect(config.cookie.lifetimeDays).to.equal(395);
      expect(logs.warnings).to.have.length(1);
      expect(logs.warnings[0]).to.contain('config.cookie.lifetimeDays').and.to.contain('395');
      expect(logs.errors).to.deep.equal([]);
    });

    it('keeps lifetimeDays 395 and under without a warning', () => {
      expect(parseConfig({ cookie: { lifetimeDays: 395 } }).cookie.lifetimeDays).to.equal(395);
      expect(parseConfig({ cookie: { lifetimeDays: 7 } }).cookie.lifetimeDays).to.equal(7);
      expect(logs.warnings).to.deep.equal([]);
    });
  });

  describe('valid values', () => {
    it('reads sameSite case-insensitively', () => {
      expect(parseConfig({ cookie: { sameSite: 'strict' } }).cookie.sameSite).to.equal('Strict');
      expect(parseConfig({ cookie: { sameSite: 'NONE' } }).cookie.sameSite).to.equal('None');
      expect(parseConfig({ cookie: { sameSite: 'lAx' } }).cookie.sameSite).to.equal('Lax');
      expect(logs.errors).to.deep.equal([]);
    });

    it('honours required: false on necessary', () => {
      const config = parseConfig({ categories: { necessary: { required: false }, analytics: { required: true } } });
      expect(categorySummary(config)).to.deep.equal([
        { id: 'necessary', required: false },
        { id: 'analytics', required: true },
      ]);
      expect(logs.errors).to.deep.equal([]);
    });

    it('keeps the categories in the order of the object', () => {
      const config = parseConfig({
        categories: { ads: {}, video: { title: { fr: 'Vidéos', en: 'Videos' } }, necessary: {}, social: {} },
      });
      expect(config.categories.map(({ id }) => id)).to.deep.equal(['ads', 'video', 'necessary', 'social']);
      expect(config.categories[1].title).to.deep.equal({ fr: 'Vidéos', en: 'Videos' });
      expect(config.categories.find(({ id }) => id === 'necessary')?.required).to.equal(true);
    });

    it('falls back to the default categories when none is valid', () => {
      const config = parseConfig({ categories: { 'bad id': {} } });
      expect(categorySummary(config)).to.deep.equal(DEFAULT_CATEGORIES);
      expect(logs.errors.length).to.be.greaterThan(0);
    });
  });
});
