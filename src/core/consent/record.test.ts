import { expect } from '@open-wc/testing';
import { type ConsentRecord, decodeRecord, encodeRecord, isCurrentRecord, RECORD_FORMAT } from './record.js';

const DAY = 86_400_000;
const MINUTE = 60_000;

const valid = (): ConsentRecord => ({
  v: RECORD_FORMAT,
  rev: 2,
  id: '123e4567-e89b-12d3-a456-426614174000',
  at: '2024-05-01T10:00:00.000Z',
  m: 'custom',
  c: { analytics: true, social: false, 'ad_s-2': true },
});

/** The valid record, with some fields replaced (or removed with `undefined`), as JSON text. */
const variant = (changes: Record<string, unknown>): string => JSON.stringify({ ...valid(), ...changes });

describe('encodeRecord / decodeRecord', () => {
  it('round-trips a record', () => {
    const record = valid();
    const text = encodeRecord(record);
    expect(text).to.be.a('string');
    expect(decodeRecord(text)).to.deep.equal(record);
  });

  it('round-trips every method and an empty choice set', () => {
    for (const m of ['accept-all', 'reject-all', 'custom'] as const) {
      const record = { ...valid(), m, c: {} };
      expect(decodeRecord(encodeRecord(record))).to.deep.equal(record);
    }
  });

  it('accepts revision 0 and keeps only the known fields', () => {
    const decoded = decodeRecord(variant({ rev: 0, extra: 'dropped' }));
    expect(decoded).to.deep.equal({ ...valid(), rev: 0 });
  });

  const rejected: Array<[string, string | undefined]> = [
    ['undefined', undefined],
    ["''", ''],
    ["'garbage'", 'garbage'],
    ["'{}'", '{}'],
    ['JSON null', 'null'],
    ['a JSON number', '42'],
    ['a JSON string', '"text"'],
    ['a wrong format version', variant({ v: 2 })],
    ['a format version as a string', variant({ v: '1' })],
    ['no format version', variant({ v: undefined })],
    ['a negative revision', variant({ rev: -1 })],
    ['a non-integer revision', variant({ rev: 1.5 })],
    ['a revision as a string', variant({ rev: '2' })],
    ['an id too short', variant({ id: 'abc' })],
    ['an id with a space', variant({ id: 'abcdefgh ijk' })],
    ['an id with a quote or ";"', variant({ id: 'abcdefgh";x' })],
    ['an id as a number', variant({ id: 123456789 })],
    ['an id over 64 characters', variant({ id: 'a'.repeat(65) })],
    ['an unknown method', variant({ m: 'implicit' })],
    ['no method', variant({ m: undefined })],
    ['an unparsable date', variant({ at: 'yesterday-ish' })],
    ['a date as a number', variant({ at: Date.now() })],
    ['c missing', variant({ c: undefined })],
    ['c as a string', variant({ c: 'analytics' })],
    ['c as null', variant({ c: null })],
    ['c with a non-boolean value', variant({ c: { analytics: 'yes' } })],
    ['c with a numeric value', variant({ c: { analytics: 1 } })],
    ['c as an array', variant({ c: [true, false] })],
    ['c as an empty array', variant({ c: [] })],
    ['c with an invalid key', variant({ c: { 'bad key': true } })],
    ['a string over 4000 characters', variant({ c: { analytics: true }, pad: 'x'.repeat(4000) })],
  ];

  for (const [label, raw] of rejected) {
    it(`returns null for ${label}`, () => {
      expect(decodeRecord(raw)).to.equal(null);
    });
  }

  it('returns null for an over-long string even when it is otherwise valid JSON of a record', () => {
    const padded = variant({}).replace(/}$/, `${' '.repeat(4001)}}`);
    expect(JSON.parse(padded)).to.be.an('object');
    expect(decodeRecord(padded)).to.equal(null);
  });

  it('does not pollute Object.prototype through "__proto__" in c', () => {
    const raw = '{"v":1,"rev":1,"id":"abcdefgh-1234","at":"2024-05-01T10:00:00Z","m":"custom","c":{"__proto__":{"polluted":true},"analytics":true}}';
    let decoded: ConsentRecord | null = null;
    try {
      decoded = decodeRecord(raw);
      expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
      expect(Object.prototype).not.to.have.own.property('polluted');
      if (decoded) {
        // If it is accepted at all, "__proto__" must not become a choice or change the prototype of c.
        expect(Object.getPrototypeOf(decoded.c)).to.equal(Object.prototype);
        expect(Object.keys(decoded.c)).not.to.include('__proto__');
      }
    } finally {
      delete (Object.prototype as Record<string, unknown>).polluted;
    }
  });

  it('does not let "__proto__": true in c through as a choice', () => {
    const decoded = decodeRecord(variant({}).replace('"c":{', '"c":{"__proto__":true,'));
    if (decoded) expect(Object.keys(decoded.c)).not.to.include('__proto__');
    expect(Object.getPrototypeOf({})).to.equal(Object.prototype);
  });
});

describe('isCurrentRecord', () => {
  const now = Date.parse('2024-06-01T12:00:00.000Z');
  const at = (time: number): ConsentRecord => ({ ...valid(), rev: 3, at: new Date(time).toISOString() });

  it('is true for a fresh record of the current revision', () => {
    expect(isCurrentRecord(at(now - 1000), 3, 182, now)).to.equal(true);
  });

  it('is false for a lower revision, true for the same or a higher one', () => {
    expect(isCurrentRecord(at(now), 4, 182, now)).to.equal(false);
    expect(isCurrentRecord(at(now), 3, 182, now)).to.equal(true);
    expect(isCurrentRecord(at(now), 2, 182, now)).to.equal(true);
  });

  it('is false when older than lifetimeDays, true exactly at the limit', () => {
    expect(isCurrentRecord(at(now - 182 * DAY - 1), 3, 182, now)).to.equal(false);
    expect(isCurrentRecord(at(now - 183 * DAY), 3, 182, now)).to.equal(false);
    expect(isCurrentRecord(at(now - 182 * DAY), 3, 182, now)).to.equal(true);
    expect(isCurrentRecord(at(now - 10 * DAY), 3, 7, now)).to.equal(false);
  });

  it('is false when the decision is more than 5 minutes in the future, true up to 5 minutes', () => {
    expect(isCurrentRecord(at(now + 5 * MINUTE + 1), 3, 182, now)).to.equal(false);
    expect(isCurrentRecord(at(now + DAY), 3, 182, now)).to.equal(false);
    expect(isCurrentRecord(at(now + 5 * MINUTE), 3, 182, now)).to.equal(true);
    expect(isCurrentRecord(at(now + MINUTE), 3, 182, now)).to.equal(true);
  });
});
