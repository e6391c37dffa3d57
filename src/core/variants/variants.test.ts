import { expect } from '@open-wc/testing';
import { BANNER_TEXTS, checkVariants } from 'bandeau-catalog/config/check-variants';
import { reportVariants } from 'bandeau-catalog/config/report-problems';
import { readConfig } from 'bandeau-catalog/config/read-config';
import { createStore } from '../consent/store.js';
import type { CookieJar } from '../consent/cookie-jar.js';
import type { ConsentChange } from '../types.js';
import { applyVariant, drawVariant, variantStore } from './variants.js';

const fakeJar = (value?: string): CookieJar & { value?: string } => {
  const jar = {
    value,
    read: () => jar.value,
    write: (v: string) => void (jar.value = v),
    remove: () => void (jar.value = undefined),
  };
  return jar;
};
const config = readConfig({}).config;
const noLoad = (() => Promise.reject(new Error('no load'))) as never;

describe('checkVariants', () => {
  it('keeps valid variants, with weight 1 by default', () => {
    const { variants, problems } = checkVariants([{ id: 'a' }, { id: 'b', weight: 2.5, layout: 'box', theme: 'dark', texts: { fr: { bannerTitle: 'Titre' } } }]);
    expect(problems).to.deep.equal([]);
    expect(variants.map((v) => [v.id, v.weight])).to.deep.equal([['a', 1], ['b', 2.5]]);
  });

  it('drops each variant that could break equal prominence, naming its first bad field', () => {
    const { variants, problems } = checkVariants([
      { id: 'a', weight: 1, categories: {} },
      { id: 'b', texts: { fr: { acceptAll: ' ' } } },
      { id: 'c', texts: { fr: { rejectAll: '\u200b' } } },
      { id: 'd', texts: { en: { dialogTitle: 'x' } } },
      { id: 'e', weight: 0 },
      { id: 'f', weight: Infinity },
      { id: 'g', layout: 'top' },
      { id: '' },
      { id: 'ok', texts: { fr: { acceptAll: 'Oui' } } },
      { id: 'ok', weight: 9 },
    ]);
    expect(problems.map(([field, kind]) => `${field} ${kind}`)).to.deep.equal([
      'variants[0].categories key',
      'variants[1].texts.fr.acceptAll label',
      'variants[2].texts.fr.rejectAll label',
      'variants[3].texts.en.dialogTitle text-name',
      'variants[4].weight weight',
      'variants[5].weight weight',
      'variants[6].layout layout',
      'variants[7].id id',
      'variants[9].id duplicate',
    ]);
    expect(variants.map((v) => v.id)).to.deep.equal(['ok']);
  });

  it('one console message per refused variant, naming the field; the message lists every banner text', () => {
    const logged: string[] = [];
    const { error } = console;
    console.error = (message: string) => logged.push(message);
    try {
      reportVariants(checkVariants([{ id: 'a', texts: { fr: { dialogTitle: 'x' } } }, { id: 'b', texts: { fr: { acceptAll: '' } } }]).problems);
    } finally {
      console.error = error;
    }
    expect(logged).to.have.length(2);
    expect(logged[0]).to.match(/^\[cookie-consent\] config\.variants\[0\]\.texts\.fr\.dialogTitle: .*; variant dropped\.$/);
    for (const name of BANNER_TEXTS) expect(logged[0]).to.include(name);
    expect(logged[1]).to.include('config.variants[1].texts.fr.acceptAll: expected a label that is not blank');
  });

  it('is silent without the key, and reports one problem when it is not an array', () => {
    expect(checkVariants(undefined)).to.deep.equal({ variants: [], problems: [] });
    expect(checkVariants({ id: 'a' }).problems).to.have.length(1);
  });
});

describe('the draw', () => {
  const variants = checkVariants([{ id: 'a', weight: 3 }, { id: 'b', weight: 1 }]).variants;
  it('maps [0, 1) onto the variants by weight', () => {
    expect([0, 0.5, 0.7499, 0.75, 0.9999].map((r) => drawVariant(variants, () => r).id)).to.deep.equal(['a', 'a', 'a', 'b', 'b']);
  });

  it('applies the layout, theme and texts over the config, leaving the rest', () => {
    const shown = applyVariant({ ...config, texts: { fr: { bannerText: 'Texte' } } }, checkVariants([{ id: 'b', layout: 'modal', texts: { FR: { bannerTitle: 'Titre' } } }]).variants[0]);
    expect([shown.layout, shown.theme]).to.deep.equal(['modal', config.theme]);
    expect(shown.texts).to.deep.equal({ fr: { bannerText: 'Texte', bannerTitle: 'Titre' } });
    expect(shown.categories).to.equal(config.categories);
  });
});

describe('the variants store', () => {
  it('reports the drawn variant before a decision, records it with the decision, and nothing before', () => {
    const jar = fakeJar();
    const store = variantStore([{ id: 'b', layout: 'box' }], noLoad)(createStore)(config, jar);
    const changes: ConsentChange[] = [];
    store.subscribe((change) => changes.push(change));
    expect(store.config.layout).to.equal('box');
    expect(store.state.variant).to.equal('b');
    expect(jar.value).to.equal(undefined);
    store.decide('reject-all', () => false);
    expect(JSON.parse(jar.value!).variant).to.equal('b');
    expect(store.state).to.include({ decided: true, variant: 'b' });
    expect(changes.map((c) => c.variant)).to.deep.equal(['b']);
  });

  it('a stored decision reports its own variant, and its page views show it while the config has it', () => {
    const jar = fakeJar();
    createStore(config, jar).decide('accept-all', () => true);
    jar.value = JSON.stringify({ ...JSON.parse(jar.value!), variant: 'b' });
    const both = variantStore([{ id: 'a', weight: 1000 }, { id: 'b', weight: 1, layout: 'modal' }], noLoad)(createStore)(config, jar);
    expect(both.state).to.include({ decided: true, variant: 'b' });
    expect(both.config.layout).to.equal('modal');
    const gone = variantStore([{ id: 'c' }], noLoad)(createStore)(config, jar);
    expect(gone.state).to.include({ decided: true, variant: 'b' });
    // After a reset, the page view's variant.
    gone.reset();
    expect(gone.state).to.include({ decided: false, variant: 'c' });
  });

  it('without a usable variant, the store is the core\'s own (variant null)', () => {
    const store = variantStore([{ id: 'a', extra: 1 }], noLoad)(createStore)(config, fakeJar());
    expect(store.state.variant).to.equal(null);
    expect(store.config).to.equal(config);
  });
});
