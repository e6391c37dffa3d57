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
