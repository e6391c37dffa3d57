import type { Load } from '../core/lazy.js';
import { expect } from '@open-wc/testing';
import { parseConfig } from 'bandeau-catalog/config/parse-config';
import type { ServicePreset } from 'bandeau-catalog/presets/presets';
import { resolveServices } from './services.js';

/** Loads presets as the core does (one module per preset), from the catalog's generated presets.json. */
let all: Record<string, ServicePreset> | undefined;
const loaded: string[] = [];
const load = (async (name: string) => {
  loaded.push(name);
  all ??= await (await fetch('/packages/consent-catalog/src/presets/presets.json')).json();
  const preset = name.startsWith('presets/') ? all![name.slice('presets/'.length)] : undefined;
  if (!preset) throw new Error(`404 ${name}`);
  return { default: preset };
}) as unknown as Load;

describe('resolveServices', () => {
  let errors: string[];
  let warnings: string[];
  const original = { error: console.error, warn: console.warn };
  beforeEach(() => {
    errors = [];
    warnings = [];
    loaded.length = 0;
    console.error = (message: string) => void errors.push(message);
    console.warn = (message: string) => void warnings.push(message);
  });
  afterEach(() => Object.assign(console, original));

  it('fills a service from its preset: label, provider, privacy link and cookies with a duration code and French and English purposes', async () => {
    const config = parseConfig({ categories: { necessary: {}, social: { services: { telegram: { preset: 'telegram' } } } } });
    const { telegram } = await resolveServices(config, load);
    expect(telegram.label).to.equal(all!.telegram.label);
    expect(telegram.provider).to.equal(all!.telegram.provider);
    expect(telegram.privacyPolicyUrl).to.match(/^https:\/\//);
    expect(telegram.cookies.length).to.be.greaterThan(0);
    for (const cookie of telegram.cookies) {
      expect(cookie.duration).to.match(/^(session|persistent|PT?[1-9]\d*[YMWDHS])$/);
      expect(cookie.purpose).to.have.keys(['fr', 'en']);
    }
    expect(loaded).to.deep.equal(['presets/telegram']);
    expect(errors).to.deep.equal([]);
  });

  it('fields beside a preset win; cookies beside it extend its list, and one of the same name replaces the preset entry', async () => {
    const first = all ? Object.values(all.youtube.cookies)[0].name : ((await load('presets/youtube')).default as ServicePreset).cookies[0].name;
    const config = parseConfig({
      categories: {
        necessary: {},
        social: {
          services: {
            youtube: {
              preset: 'youtube',
              label: { fr: 'Vidéos YouTube', en: 'YouTube videos' },
              cookies: [
                { name: first, duration: '1 jour', purpose: 'Remplacé' },
                { name: 'extra_', prefix: true, type: 'sessionStorage', duration: 'session', purpose: 'Ajouté' },
              ],
            },
          },
        },
      },
    });
    const { youtube } = await resolveServices(config, load);
    expect(youtube.label).to.deep.equal({ fr: 'Vidéos YouTube', en: 'YouTube videos' });
    expect(youtube.provider).to.equal(all!.youtube.provider);
    expect(youtube.cookies).to.have.length(all!.youtube.cookies.length + 1);
    expect(youtube.cookies.find((c) => c.name === first)).to.deep.include({ duration: '1 jour', purpose: 'Remplacé' });
    expect(youtube.cookies.find((c) => c.name === 'extra_')).to.deep.include({ prefix: true, type: 'sessionStorage' });
  });

  it('a bad cookie entry, a bad field or an unknown preset: one clear message each, and the rest is kept', async () => {
    const config = parseConfig({
      categories: {
        necessary: {},
        social: {
          services: {
            own: {
              label: 'Commentaires',
              provider: 42,
              colour: 'red',
              cookies: [{ name: 'ok', duration: '1 an', purpose: 'Fil' }, { name: '', duration: '1 an', purpose: 'x' }, { name: 'typed', duration: '1 an', purpose: 'x', type: 'indexedDB' }],
            },
            ghost: { preset: 'no-such-service', label: 'Fantôme' },
          },
        },
      },
    });
    const { own, ghost } = await resolveServices(config, load);
    expect(own.cookies.map((c) => c.name)).to.deep.equal(['ok']);
    expect(own.provider).to.equal(undefined);
    expect(ghost.label).to.equal('Fantôme');
    expect(errors).to.have.length(4);
    expect(errors.join('\n')).to.contain('config.categories.social.services.own.provider');
    expect(errors.join('\n')).to.contain('config.categories.social.services.own.cookies[1].name');
    expect(errors.join('\n')).to.contain('config.categories.social.services.own.cookies[2].type');
    expect(errors.join('\n')).to.contain('config.categories.social.services.ghost.preset');
    expect(warnings).to.deep.equal(['[cookie-consent] config: unknown key "categories.social.services.own.colour" ignored.']);
  });

  it('resolves once per config: a second call reports nothing again and loads nothing', async () => {
    const config = parseConfig({ categories: { necessary: {}, social: { services: { x: { preset: 'x', label: 'X' } } } } });
    const first = await resolveServices(config, load);
    const again = await resolveServices(config, load);
    expect(again).to.equal(first);
    expect(loaded).to.deep.equal(['presets/x']);
  });

  it('every required preset id exists, with at least 40 presets', async () => {
    await load('presets/youtube');
    const ids = Object.keys(all!);
    expect(ids.length).to.be.at.least(40);
    const required = 'google-analytics google-tag-manager google-ads google-maps recaptcha youtube vimeo dailymotion meta-pixel facebook x linkedin tiktok pinterest instagram telegram disqus matomo hotjar microsoft-clarity piano-analytics criteo outbrain taboola hubspot intercom stripe spotify soundcloud twitch';
    expect(required.split(' ').filter((id) => !ids.includes(id))).to.deep.equal([]);
  });
});

describe('resolveServices in a language the presets do not carry', () => {
  /** The core's loader plus dist/presets/<id>/<lang>.js, as the build makes them from purposes/<lang>.json. */
  const withPurposes = (failing = false) =>
    (async (name: string) => {
      const [, id, language] = name.split('/');
      if (!language) return load(name as `presets/${string}`);
      loaded.push(name);
      if (failing) throw new Error(`404 ${name}`);
      const translations = await (await fetch(`/packages/consent-catalog/src/presets/purposes/${language}.json`)).json();
      return { default: Object.fromEntries(Object.entries(translations[id] as Record<string, Record<string, string>>).map(([cookie, entry]) => [cookie, entry[language]])) };
    }) as unknown as Load;
  const config = () =>
    parseConfig({
      categories: {
        necessary: {},
        social: { services: { telegram: { preset: 'telegram' }, own: { label: 'Own', cookies: [{ name: 'own_id', duration: 'P1D', purpose: 'Own purpose' }] } } },
        analytics: { services: { 'google-analytics': { preset: 'google-analytics', cookies: [{ name: '_gid', duration: 'P1D', purpose: { en: 'Ours', de: 'Unserer' } }] } } },
      },
    });
  beforeEach(() => void (loaded.length = 0));

  it("adds the language's purposes to the presets' cookies, fetched beside the presets; the config's own cookies keep theirs", async () => {
    const services = await resolveServices(config(), withPurposes(), 'de');
    const purpose = (id: string, name: string) => services[id].cookies.find((cookie) => cookie.name === name)!.purpose;
    expect(purpose('telegram', 'stel_ssid')).to.deep.include({ de: 'Sitzungskennung der Telegram-Widgets (eingebettete Beiträge, Anmeldung, Kommentare).' });
    expect(purpose('telegram', 'stel_ssid')).to.have.keys(['fr', 'en', 'de']);
    expect(purpose('google-analytics', '_ga')).to.deep.include({ de: 'Kennung zur Unterscheidung der Nutzer.' });
    expect(purpose('google-analytics', '_gid')).to.deep.equal({ en: 'Ours', de: 'Unserer' });
    expect(purpose('own', 'own_id')).to.equal('Own purpose');
    expect([...loaded].sort()).to.deep.equal(['presets/google-analytics', 'presets/google-analytics/de', 'presets/telegram', 'presets/telegram/de']);
  });

  it('fetches nothing more in French or English, nor without a language (revocation)', async () => {
    for (const language of ['fr', 'en', undefined]) {
      loaded.length = 0;
      const services = await resolveServices(config(), withPurposes(), language);
      expect(services.telegram.cookies[0].purpose).to.have.keys(['fr', 'en']);
      expect(loaded.filter((name) => name.split('/').length > 2), String(language)).to.deep.equal([]);
    }
  });

  it("keeps the presets' French and English when the language's file cannot load", async () => {
    const services = await resolveServices(config(), withPurposes(true), 'de');
    expect(services.telegram.cookies[0].purpose).to.have.keys(['fr', 'en']);
    expect(services['google-analytics'].cookies.length).to.be.greaterThan(1);
  });
});
