// Property tests of the consent record codec and of the store's reading of it: whatever sits in the cookie,
// decodeRecord never throws, only well-formed records come out, and no optional category is ever granted from garbage.
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { readConfig } from 'bandeau-catalog/config/read-config';
import type { CookieJar } from './cookie-jar.js';
import { type ConsentRecord, decodeRecord, encodeRecord, isCurrentRecord, RECORD_FORMAT } from './record.js';
import { createStore } from './store.js';
import type { ResolvedConfig } from '../types.js';

const DAY = 86_400_000;
const METHODS = ['accept-all', 'reject-all', 'custom', 'gpc'] as const;
const ID = /^[\w-]{8,64}$/;
const KEY = /^[a-z][\w-]{0,39}$/i;
const FIELDS = ['v', 'rev', 'id', 'at', 'm', 'c'] as const;

// ---------------------------------------------------------------------------------------------------------------
// Arbitraries

/** Category keys the codec accepts, with the ones that shadow Object.prototype members mixed in. */
const categoryKey = fc.oneof(
  { weight: 4, arbitrary: fc.stringMatching(/^[a-zA-Z][\w-]{0,39}$/) },
  { weight: 1, arbitrary: fc.constantFrom('analytics', 'social', 'ads', 'necessary', 'constructor', 'toString', 'valueOf', 'hasOwnProperty') },
);

/** Decision times: mostly around now (so that the store may accept them), sometimes anywhere. */
const decisionTime = (now: number) =>
  fc.oneof(
    fc.integer({ min: now - 400 * DAY, max: now + 10 * 60_000 }).map((t) => new Date(t).toISOString()),
    fc.date({ min: new Date(-8.64e15), max: new Date(8.64e15), noInvalidDate: true }).map((d) => d.toISOString()),
  );

/** Any record of the right shape (the codec must accept and round-trip each). */
const validRecord = (now = Date.now()): fc.Arbitrary<ConsentRecord> =>
  fc.record({
    v: fc.constant(RECORD_FORMAT),
    rev: fc.oneof(fc.nat({ max: 5 }), fc.nat(), fc.constant(Number.MAX_SAFE_INTEGER)),
    id: fc.oneof(fc.uuid(), fc.stringMatching(/^[\w-]{8,64}$/)),
    at: decisionTime(now),
    m: fc.constantFrom(...METHODS),
    c: fc.dictionary(categoryKey, fc.boolean(), { maxKeys: 12, noNullPrototype: true }),
  });

/** One character edit of a text: insert, delete or replace at a position. */
const edit = fc.record({
  kind: fc.constantFrom('insert', 'delete', 'replace'),
  at: fc.nat(),
  char: fc.oneof(
    fc.constantFrom('"', '{', '}', '[', ']', ',', ':', '\\', '0', '1', '-', '.', 'e', 't', 'f', 'n', ' ', '\u0000', '\ud800'),
    fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }),
  ),
});

function applyEdits(text: string, edits: Array<{ kind: string; at: number; char: string }>): string {
  let result = text;
  for (const { kind, at, char } of edits) {
    const i = at % (result.length + 1);
    if (kind === 'insert') result = result.slice(0, i) + char + result.slice(i);
    else if (kind === 'delete') result = result.slice(0, i) + result.slice(i + 1);
    else result = result.slice(0, i) + char + result.slice(i + 1);
  }
  return result;
}

/** A valid record's JSON text with random character edits. */
const characterMutated = (now = Date.now()) =>
  fc.tuple(validRecord(now), fc.array(edit, { minLength: 1, maxLength: 6 })).map(([record, edits]) => applyEdits(encodeRecord(record), edits));

/** Values that look almost right: wrong types, boundaries, lookalikes. */
const nearMiss = fc.constantFrom<unknown>(
  1, '1', 1.0000001, 2, 0, -1, -0, 1.5, 1e21, Number.MAX_VALUE, null, true, false, '', [], {}, [1], { '0': 1 },
  'accept-all ', 'Accept-All', 'ACCEPT-ALL', 'implicit', '2024-05-01T10:00:00.000Z', 'not a date', 'abcdefg', 'a'.repeat(65),
  'abcdefgh ijk', 'abcdefgh";x', { analytics: 'true' }, { analytics: 1 }, { analytics: null }, { '1bad': true }, { '': true },
  { ['a'.repeat(41)]: true }, ['analytics'], { analytics: true, social: [true] },
);

/** A valid record with one field replaced by a random JSON value (or a near miss), removed, or one choice replaced. */
const fieldMutated = (now = Date.now()) =>
  fc
    .tuple(
      validRecord(now),
      fc.constantFrom(...FIELDS, 'c.*', 'extra'),
      fc.oneof(fc.jsonValue(), nearMiss, fc.constant(undefined)),
      fc.boolean(),
    )
    .map(([record, field, value, asText]) => {
      const changed: Record<string, unknown> = { ...record, c: { ...record.c } };
      if (field === 'c.*') {
        const keys = Object.keys(record.c);
        const key = keys.length ? keys[0] : 'analytics';
        (changed.c as Record<string, unknown>)[key] = value;
      } else if (field === 'extra') changed.extra = value;
      else changed[field] = value;
      // Sometimes serialise the value by hand, to keep what JSON.stringify would drop (undefined) as invalid text.
      return asText && value === undefined ? JSON.stringify(changed).replace(/}$/, ',"x":undefined}') : JSON.stringify(changed);
    });

/** Hand-written hostile cookie values: prototype keys, duplicates, huge input, escapes. */
const handcrafted = (now = Date.now()) => {
  const at = new Date(now - DAY).toISOString();
  const head = `"v":1,"rev":1,"id":"abcdefgh-1234","at":"${at}","m":"custom"`;
  return fc.constantFrom(
    `{${head},"c":{"__proto__":{"analytics":true}}}`,
    `{${head},"c":{"__proto__":true}}`,
    `{"__proto__":{"v":1,"rev":1,"id":"abcdefgh-1234","at":"${at}","m":"accept-all","c":{"analytics":true}}}`,
    `{${head},"c":{"constructor":true,"toString":true,"analytics":true}}`,
    `{${head},"c":{"analytics":false,"analytics":true}}`,
    `{${head},"m":"accept-all","m":"implicit","c":{"analytics":true}}`,
    `{${head},"c":{"analytics":true}}`.padEnd(4001, ' '),
    `{${head},"c":{"analytics":true}}${' '.repeat(4000)}`,
    `{${head},"c":{"analyt\\u0069cs":true}}`,
    `{${head},"c":{"analytics":true,"x":{"y":${'['.repeat(3000)}${']'.repeat(3000)}}}}`,
    `[${JSON.stringify({ v: 1, rev: 1, id: 'abcdefgh-1234', at, m: 'accept-all', c: { analytics: true } })}]`,
    encodeURIComponent(JSON.stringify({ v: 1, rev: 1, id: 'abcdefgh-1234', at, m: 'accept-all', c: { analytics: true } })),
    `{${head},"c":{"analytics":true}}`.replace('"v":1', '"v":1.0'),
    `{${head},"c":{"analytics":true}}`.replace('"v":1', '"v":1e0'),
    `{${head},"c":{"analytics":true}}`.replace('"rev":1', '"rev":-0'),
    'null', 'true', '0', '""', '[]', '{}', '{"c":{"analytics":true}}',
  );
};

/** Everything the cookie could hold. */
const garbage = (now = Date.now()) =>
  fc.oneof(
    fc.string(),
    fc.string({ unit: 'binary' }), // full Unicode, lone surrogates included (fast-check 4's fullUnicodeString)
    fc.string({ unit: 'grapheme' }),
    fc.json(),
    fc.jsonValue().map((value) => JSON.stringify(value) ?? ''),
    characterMutated(now),
    fieldMutated(now),
    handcrafted(now),
    validRecord(now).map(encodeRecord),
  );

// ---------------------------------------------------------------------------------------------------------------
// Checks

/** A cheap assertion for hot loops: the message is only built on failure. */
function check(condition: unknown, message: () => string): void {
  if (!condition) throw new Error(message());
}
const show = (value: unknown): string => JSON.stringify(value)?.slice(0, 300) ?? String(value);

/** The shape rules a decoded record must obey. */
function expectWellFormed(record: ConsentRecord): void {
  check(record.v === 1, () => `v ${show(record.v)}`);
  check(Number.isInteger(record.rev) && record.rev >= 0, () => `rev ${show(record.rev)}`);
  check(typeof record.id === 'string' && ID.test(record.id), () => `id ${show(record.id)}`);
  check((METHODS as readonly string[]).includes(record.m), () => `m ${show(record.m)}`);
  check(typeof record.at === 'string' && !Number.isNaN(Date.parse(record.at)), () => `at ${show(record.at)}`);
  check(typeof record.c === 'object' && record.c !== null && !Array.isArray(record.c), () => `c ${show(record.c)}`);
  check(Object.getPrototypeOf(record.c) === Object.prototype, () => 'c has an unusual prototype');
  for (const [key, value] of Object.entries(record.c)) {
    check(KEY.test(key), () => `c key ${show(key)}`);
    check(typeof value === 'boolean', () => `c.${key} ${show(value)}`);
  }
  check(Object.keys(record).sort().join() === [...FIELDS].sort().join(), () => `keys ${Object.keys(record)}`);
}

const jar = (value: string | undefined): CookieJar => ({ read: () => value, write() {}, remove() {} });

/**
 * The key property: a category is granted only when the decoded record is current and says `true` for it;
 * otherwise every optional category is refused.
 */
function expectNothingGrantedFromGarbage(config: ResolvedConfig, raw: string): void {
  const before = Date.now();
  const store = createStore(config, jar(raw));
  const after = Date.now();
  const decoded = decodeRecord(raw);
  const { revision, cookie } = config;
  const currentBefore = !!decoded && isCurrentRecord(decoded, revision, cookie.lifetimeDays, before);
  const currentAfter = !!decoded && isCurrentRecord(decoded, revision, cookie.lifetimeDays, after);
  const surelyCurrent = currentBefore && currentAfter;
  const surelyNot = !currentBefore && !currentAfter;
  const state = store.state;
  for (const { id, required } of config.categories) {
    const value = state.categories[id];
    check(typeof value === 'boolean', () => `categories.${id} is ${show(value)} for ${show(raw)}`);
    if (required) {
      check(value === true, () => `required ${id} refused for ${show(raw)}`);
      continue;
    }
    if (value) {
      // Granted: the record must have been accepted, current, and say exactly `true` for this id, as an own key.
      check(decoded !== null, () => `${id} granted from an undecodable value ${show(raw)}`);
      check(currentBefore || currentAfter, () => `${id} granted from a record that is not current ${show(raw)}`);
      check(Object.prototype.hasOwnProperty.call(decoded!.c, id) && decoded!.c[id] === true, () => `${id} granted but c.${id} is not true: ${show(raw)}`);
    }
    if (surelyNot) check(value === false, () => `${id} granted from ${show(raw)}`);
    // And the converse, when the record is current for sure: what it grants is granted.
    if (surelyCurrent) check(value === (decoded!.c[id] === true), () => `${id} is ${value} but the current record says ${show(decoded!.c[id])}`);
  }
  // Only the configured categories appear, and the state agrees with the record's validity.
  check(Object.keys(state.categories).join() === config.categories.map((c) => c.id).join(), () => `ids ${Object.keys(state.categories)}`);
  if (surelyNot) {
    check(!state.decided && state.method === null && state.consentId === null && state.decidedAt === null, () => `decided from ${show(raw)}`);
  }
  if (surelyCurrent) check(state.decided && state.method === decoded!.m && state.consentId === decoded!.id, () => `undecided from ${show(raw)}`);
}

// ---------------------------------------------------------------------------------------------------------------

describe('decodeRecord (properties)', () => {
  it('never throws, and anything it returns is well-formed', () => {
    fc.assert(
      fc.property(garbage(), (raw) => {
        const decoded = decodeRecord(raw);
        if (decoded !== null) expectWellFormed(decoded);
      }),
      { numRuns: 6000 },
    );
  });

  it('never throws on character-mutated records (and keeps only well-formed ones)', () => {
    fc.assert(
      fc.property(characterMutated(), (raw) => {
        const decoded = decodeRecord(raw);
        if (decoded !== null) expectWellFormed(decoded);
      }),
      { numRuns: 3000 },
    );
  });

  it('rejects a record with any field replaced by a value of the wrong kind', () => {
    const wrong: Record<(typeof FIELDS)[number], fc.Arbitrary<unknown>> = {
      v: fc.jsonValue().filter((v) => v !== 1),
      rev: fc.jsonValue().filter((v) => !(Number.isInteger(v) && (v as number) >= 0)),
      id: fc.jsonValue().filter((v) => !(typeof v === 'string' && ID.test(v))),
      at: fc.jsonValue().filter((v) => !(typeof v === 'string' && !Number.isNaN(Date.parse(v)))),
      m: fc.jsonValue().filter((v) => !(METHODS as readonly unknown[]).includes(v)),
      c: fc.jsonValue().filter((v) => typeof v !== 'object' || v === null || Array.isArray(v)),
    };
    fc.assert(
      fc.property(
        validRecord(),
        fc.constantFrom(...FIELDS).chain((field) => fc.tuple(fc.constant(field), fc.option(wrong[field], { nil: undefined }))),
        (record, [field, value]) => {
          const changed: Record<string, unknown> = { ...record, [field]: value };
          const decoded = decodeRecord(JSON.stringify(changed));
          check(decoded === null, () => `accepted ${field} = ${show(value)}`);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('rejects a record with one choice that is not a boolean, or keyed by an invalid id', () => {
    fc.assert(
      fc.property(
        validRecord(),
        fc.oneof(
          fc.tuple(categoryKey, fc.jsonValue().filter((v) => typeof v !== 'boolean')),
          fc.tuple(fc.string().filter((k) => !KEY.test(k) && k !== '__proto__'), fc.boolean()),
        ),
        (record, [key, value]) => {
          const text = JSON.stringify({ ...record, c: { ...record.c, [key]: value } });
          check(decodeRecord(text) === null, () => `accepted c.${key} = ${show(value)}`);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('round-trips every valid record', () => {
    fc.assert(
      fc.property(validRecord(), (record) => {
        const decoded = decodeRecord(encodeRecord(record));
        expect(decoded).to.deep.equal(record);
        expect(encodeRecord(decoded!)).to.equal(encodeRecord(record));
      }),
      { numRuns: 3000 },
    );
  });
});

describe('ConsentStore: never a category granted from garbage (properties)', () => {
  const defaults = readConfig({}).config;
  // Category ids that shadow Object.prototype members must not be granted by inheritance.
  const shadowing = readConfig({
    revision: 3,
    cookie: { lifetimeDays: 30 },
    categories: {
      necessary: { required: true },
      analytics: {},
      constructor: { title: 'c' },
      toString: { title: 't' },
      hasOwnProperty: { title: 'h' },
      valueOf: { title: 'v' },
    },
  });

  it('uses the configs it means to', () => {
    expect(defaults.categories.map((c) => c.id)).to.deep.equal(['necessary', 'analytics', 'social', 'ads']);
    expect(shadowing.clean).to.equal(true);
    expect(shadowing.config.categories.map((c) => c.id)).to.deep.equal([
      'necessary', 'analytics', 'constructor', 'toString', 'hasOwnProperty', 'valueOf',
    ]);
  });

  it('with the default config', () => {
    const seen = { rejected: 0, decoded: 0, decided: 0, granted: 0 };
    fc.assert(
      fc.property(garbage(), (raw) => {
        expectNothingGrantedFromGarbage(defaults, raw);
        const state = createStore(defaults, jar(raw)).state;
        if (decodeRecord(raw) === null) seen.rejected++;
        else seen.decoded++;
        if (state.decided) seen.decided++;
        if (state.categories.analytics || state.categories.social || state.categories.ads) seen.granted++;
      }),
      { numRuns: 4000 },
    );
    // The generators reach every branch: garbage, stale records, and current records that grant something.
    expect(seen.rejected).to.be.greaterThan(1000);
    expect(seen.decoded).to.be.greaterThan(seen.decided);
    expect(seen.granted).to.be.greaterThan(50);
  });

  it('with category ids named like Object.prototype members, a later revision and a short lifetime', () => {
    fc.assert(
      fc.property(garbage(), (raw) => expectNothingGrantedFromGarbage(shadowing.config, raw)),
      { numRuns: 3000 },
    );
  });

  it('grants exactly what a current record says (control: the property above is not vacuous)', () => {
    let granted = 0;
    fc.assert(
      fc.property(
        validRecord(),
        fc.integer({ min: 0, max: 170 }),
        fc.record({ analytics: fc.boolean(), social: fc.boolean(), ads: fc.boolean() }),
        (record, daysAgo, choices) => {
          const raw = encodeRecord({ ...record, rev: 1, at: new Date(Date.now() - daysAgo * DAY).toISOString(), c: choices });
          const store = createStore(defaults, jar(raw));
          expect(store.state.decided).to.equal(true);
          expect(store.state.categories).to.deep.equal({ necessary: true, ...choices });
          if (choices.analytics || choices.social || choices.ads) granted++;
        },
      ),
      { numRuns: 1000 },
    );
    expect(granted).to.be.greaterThan(0);
  });
});
