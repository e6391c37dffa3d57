import { fakeCookieJar } from '../../testing/fake-cookie-jar.js';
import { expect } from '@open-wc/testing';
import { parseConfig } from 'bandeau-catalog/config/parse-config';
import { createCookieJar } from './cookie-jar.js';
import { decodeRecord, encodeRecord, RECORD_FORMAT } from './record.js';
import { createStore } from './store.js';
import type { ConsentChange } from '../types.js';

/** An in-memory cookie jar that remembers what was written. */
const fakeJar = fakeCookieJar;

const recordText = (changes: Record<string, unknown> = {}): string =>
  JSON.stringify({
    v: RECORD_FORMAT,
    rev: 1,
    id: 'stored-consent-id-1',
    at: new Date().toISOString(),
    m: 'custom',
    c: { analytics: true, social: false, ads: true },
    ...changes,
  });

describe('ConsentStore', () => {
  it('is undecided when there is no record', () => {
    const store = createStore(parseConfig(undefined), fakeJar());
    expect(store.state).to.deep.equal({
      decided: false,
      categories: { necessary: true, analytics: false, social: false, ads: false },
      services: {},
      consentId: null,
      decidedAt: null,
      revision: 1,
      method: null,
      variant: null,
    });
    expect(store.previous).to.equal(null);
  });

  it('reports the config revision before any decision', () => {
    const store = createStore(parseConfig({ revision: 7 }), fakeJar());
    expect(store.state.revision).to.equal(7);
  });

  it('is undecided with an unreadable record', () => {
    const store = createStore(parseConfig(undefined), fakeJar('not json'));
    expect(store.state.decided).to.equal(false);
    expect(store.state.categories).to.deep.equal({ necessary: true, analytics: false, social: false, ads: false });
    expect(store.previous).to.equal(null);
  });

  it("decide('accept-all') writes a record that decodeRecord accepts, without the required categories", () => {
    const jar = fakeJar();
    const store = createStore(parseConfig({ revision: 3 }), jar);
    const before = Date.now();
    store.decide('accept-all', () => true);
    expect(jar.writes).to.have.length(1);
    const record = decodeRecord(jar.writes[0]);
    expect(record).not.to.equal(null);
    expect(record!.v).to.equal(RECORD_FORMAT);
    expect(record!.rev).to.equal(3);
    expect(record!.m).to.equal('accept-all');
    expect(record!.c).to.deep.equal({ analytics: true, social: true, ads: true });
    expect(record!.c).not.to.have.property('necessary');
    expect(Date.parse(record!.at)).to.be.within(before, Date.now());
    expect(store.state).to.deep.equal({
      decided: true,
      categories: { necessary: true, analytics: true, social: true, ads: true },
      services: {},
      consentId: record!.id,
      decidedAt: record!.at,
      revision: 3,
      method: 'accept-all',
      variant: null,
    });
  });

  it('a fresh store reads back the decision written by another', () => {
    const jar = fakeJar();
    const config = parseConfig(undefined);
    createStore(config, jar).decide('custom', (id) => id === 'social');
    const reread = createStore(config, jar);
    expect(reread.state.decided).to.equal(true);
    expect(reread.state.method).to.equal('custom');
    expect(reread.state.categories).to.deep.equal({ necessary: true, analytics: false, social: true, ads: false });
  });

  it("decide('reject-all') keeps required categories true", () => {
    const jar = fakeJar();
    const store = createStore(parseConfig({ categories: { necessary: {}, analytics: { required: true }, ads: {} } }), jar);
    store.decide('reject-all', () => false);
    expect(store.state.categories).to.deep.equal({ necessary: true, analytics: true, ads: false });
    expect(decodeRecord(jar.value)!.c).to.deep.equal({ ads: false });
  });

  it('keeps the consent id across decisions and renews it after reset()', () => {
    const jar = fakeJar();
    const store = createStore(parseConfig(undefined), jar);
    store.decide('accept-all', () => true);
    const first = store.state.consentId;
    expect(first).to.be.a('string').and.match(/^[\w-]{8,64}$/);
    store.decide('reject-all', () => false);
    expect(store.state.consentId).to.equal(first);
    expect(decodeRecord(jar.value)!.id).to.equal(first);

    store.reset();
    expect(jar.removals).to.equal(1);
    expect(jar.value).to.equal(undefined);
    expect(store.state.decided).to.equal(false);
    expect(store.state.consentId).to.equal(null);
    expect(store.state.method).to.equal(null);

    store.decide('accept-all', () => true);
    expect(store.state.consentId).to.be.a('string').and.not.equal(first);
    expect(decodeRecord(jar.value)!.id).to.equal(store.state.consentId);
  });

  it('keeps the consent id of a stored record for the next decision', () => {
    const jar = fakeJar(recordText());
    const store = createStore(parseConfig(undefined), jar);
    expect(store.state.consentId).to.equal('stored-consent-id-1');
    store.decide('reject-all', () => false);
    expect(store.state.consentId).to.equal('stored-consent-id-1');
  });

  it('tells subscribers what changed, was granted and was revoked', () => {
    const store = createStore(parseConfig(undefined), fakeJar());
    const changes: ConsentChange[] = [];
    store.subscribe((change) => changes.push(change));

    store.decide('accept-all', () => true);
    expect(changes).to.have.length(1);
    expect(changes[0].changed).to.deep.equal(['analytics', 'social', 'ads']);
    expect(changes[0].granted).to.deep.equal(['analytics', 'social', 'ads']);
    expect(changes[0].revoked).to.deep.equal([]);
    expect(changes[0].decided).to.equal(true);
    expect(changes[0].method).to.equal('accept-all');

    const choices: Record<string, boolean> = { social: false };
    store.decide('custom', (id) => choices[id] ?? store.state.categories[id]);
    expect(changes).to.have.length(2);
    expect(changes[1].changed).to.deep.equal(['social']);
    expect(changes[1].granted).to.deep.equal([]);
    expect(changes[1].revoked).to.deep.equal(['social']);
    expect(changes[1].categories).to.deep.equal({ necessary: true, analytics: true, social: false, ads: true });
    expect(changes[1].method).to.equal('custom');

    store.decide('custom', (id) => id !== 'analytics');
    expect(changes[2].changed).to.deep.equal(['analytics', 'social']);
    expect(changes[2].granted).to.deep.equal(['social']);
    expect(changes[2].revoked).to.deep.equal(['analytics']);

    store.reset();
    expect(changes[3].decided).to.equal(false);
    expect(changes[3].revoked).to.deep.equal(['social', 'ads']);
    expect(changes[3].granted).to.deep.equal([]);
  });

  it('gives subscribers a copy: changing it does not change the store', () => {
    const store = createStore(parseConfig(undefined), fakeJar());
    store.subscribe((change) => {
      change.categories.ads = false;
    });
    store.decide('accept-all', () => true);
    expect(store.state.categories.ads).to.equal(true);
  });

  it('stops calling an unsubscribed listener', () => {
    const store = createStore(parseConfig(undefined), fakeJar());
    let calls = 0;
    const unsubscribe = store.subscribe(() => calls++);
    store.decide('accept-all', () => true);
    unsubscribe();
    store.decide('reject-all', () => false);
    expect(calls).to.equal(1);
  });

  it('treats a record of a lower revision as undecided, keeping its choices in `previous`', () => {
    const store = createStore(parseConfig({ revision: 2 }), fakeJar(recordText({ rev: 1 })));
    expect(store.state.decided).to.equal(false);
    expect(store.state.categories).to.deep.equal({ necessary: true, analytics: false, social: false, ads: false });
    expect(store.state.consentId).to.equal(null);
    expect(store.state.revision).to.equal(2);
    expect(store.previous).to.deep.equal({ categories: { necessary: true, analytics: true, social: false, ads: true }, services: {} });
  });

  it('clears `previous` once a new decision is made', () => {
    const store = createStore(parseConfig({ revision: 2 }), fakeJar(recordText({ rev: 1 })));
    store.decide('reject-all', () => false);
    expect(store.previous).to.equal(null);
    expect(store.state.decided).to.equal(true);
  });

  it('treats an expired record as undecided', () => {
    const old = new Date(Date.now() - 31 * 86_400_000).toISOString();
    const store = createStore(parseConfig({ cookie: { lifetimeDays: 30 } }), fakeJar(recordText({ at: old })));
    expect(store.state.decided).to.equal(false);
    expect(store.state.categories.analytics).to.equal(false);
  });

  it('reads a current record, a category missing from it being false', () => {
    const store = createStore(parseConfig(undefined), fakeJar(recordText({ c: { analytics: true, social: true } })));
    expect(store.state.decided).to.equal(true);
    expect(store.state.categories).to.deep.equal({ necessary: true, analytics: true, social: true, ads: false });
    expect(store.state.method).to.equal('custom');
    expect(store.state.consentId).to.equal('stored-consent-id-1');
  });

  it('keeps a required category true even when the record says false, and ignores unknown ids', () => {
    const store = createStore(parseConfig(undefined), fakeJar(recordText({ c: { necessary: false, video: true } })));
    expect(store.state.categories).to.deep.equal({ necessary: true, analytics: false, social: false, ads: false });
  });

  describe('a subscriber that throws', () => {
    let originalError: typeof console.error;
    const reported: unknown[][] = [];

    beforeEach(() => {
      originalError = console.error;
      reported.length = 0;
      console.error = (...args: unknown[]) => void reported.push(args);
    });

    afterEach(() => {
      console.error = originalError;
    });

    it('does not stop the next subscriber, and is reported once on the console by name', () => {
      const store = createStore(parseConfig(undefined), fakeJar());
      const seen: string[] = [];
      store.subscribe(() => {
        seen.push('first');
        throw new Error('subscriber failure');
      }, 'the faulty one');
      store.subscribe((change) => seen.push(`second:${change.method}`), 'the next one');
      expect(() => store.decide('accept-all', () => true)).not.to.throw();
      expect(seen).to.deep.equal(['first', 'second:accept-all']);
      expect(store.state.decided).to.equal(true);
      expect(reported).to.have.length(1);
      expect(String(reported[0][0])).to.contain('the faulty one');
      expect((reported[0][1] as Error).message).to.equal('subscriber failure');
    });

    it('tells each subscriber whether the change was read from another tab', () => {
      const jar = fakeJar();
      const store = createStore(parseConfig(undefined), jar);
      const remote: boolean[] = [];
      store.subscribe((_change, fromCookie) => remote.push(fromCookie));
      store.decide('reject-all', () => false);
      const other = createStore(parseConfig(undefined), jar);
      other.decide('accept-all', () => true);
      store.sync();
      expect(remote).to.deep.equal([false, true]);
      expect(reported).to.have.length(0);
    });
  });
});

describe('createCookieJar', () => {
  const NAME = 'cc_test';

  const cookieValue = (name: string): string | undefined =>
    document.cookie
      .split('; ')
      .find((pair) => pair.startsWith(`${name}=`))
      ?.slice(name.length + 1);

  afterEach(() => {
    document.cookie = `${NAME}=; path=/; max-age=0`;
    document.cookie = 'cookie_consent=; path=/; max-age=0';
  });

  it('writes a real cookie, readable with document.cookie and read()', () => {
    const jar = createCookieJar(parseConfig({ cookie: { name: NAME } }));
    expect(cookieValue(NAME)).to.equal(undefined);
    expect(jar.read()).to.equal(undefined);
    const value = encodeRecord({ v: 1, rev: 1, id: 'abcdefgh-1234', at: new Date().toISOString(), m: 'custom', c: { ads: false } });
    jar.write(value);
    const raw = cookieValue(NAME);
    expect(raw).to.be.a('string');
    expect(decodeURIComponent(raw!)).to.equal(value);
    expect(jar.read()).to.equal(value);
    expect(decodeRecord(jar.read())).to.not.equal(null);
    expect(cookieValue('cookie_consent')).to.equal(undefined);
  });

  it('remove() deletes the cookie', () => {
    const jar = createCookieJar(parseConfig({ cookie: { name: NAME } }));
    jar.write('hello');
    expect(cookieValue(NAME)).to.equal('hello');
    jar.remove();
    expect(cookieValue(NAME)).to.equal(undefined);
    expect(jar.read()).to.equal(undefined);
  });

  it('sees a cookie written by another jar with the same name (another tab)', () => {
    const config = parseConfig({ cookie: { name: NAME } });
    createCookieJar(config).write('from-elsewhere');
    expect(createCookieJar(config).read()).to.equal('from-elsewhere');
  });

  it("a store's sync() picks up a decision recorded by another tab", () => {
    const config = parseConfig({ cookie: { name: NAME } });
    const here = createStore(config, createCookieJar(config));
    const elsewhere = createStore(config, createCookieJar(config));
    const changes: ConsentChange[] = [];
    here.subscribe((change) => changes.push(change));
    elsewhere.decide('custom', (id) => id === 'ads');
    here.sync();
    expect(here.state.decided).to.equal(true);
    expect(here.state.categories).to.deep.equal(elsewhere.state.categories);
    expect(changes).to.have.length(1);
    expect(changes[0].granted).to.deep.equal(['ads']);
    here.sync();
    expect(changes, 'no change, no event').to.have.length(1);
  });

  it("read() sees the cookie removed by another tab (another tab's reset)", () => {
    const config = parseConfig({ cookie: { name: NAME } });
    const here = createStore(config, createCookieJar(config));
    here.decide('accept-all', () => true);
    createStore(config, createCookieJar(config)).reset();
    expect(cookieValue(NAME)).to.equal(undefined);
    here.sync();
    expect(here.state.decided).to.equal(false);
    expect(here.state.categories.ads).to.equal(false);
  });

  it('backs a ConsentStore end to end', () => {
    const config = parseConfig({ cookie: { name: NAME } });
    createStore(config, createCookieJar(config)).decide('accept-all', () => true);
    const reread = createStore(config, createCookieJar(config));
    expect(reread.state.decided).to.equal(true);
    expect(reread.state.categories.ads).to.equal(true);
    reread.reset();
    expect(cookieValue(NAME)).to.equal(undefined);
  });
});
