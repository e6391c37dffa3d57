import { expect } from '@open-wc/testing';
import { checkRegimes, regionCode } from 'bandeau-catalog/config/check-regimes';
import { defaultCategories } from 'bandeau-catalog/config/defaults';
import { validUnder } from './regime.js';
import { BUILT_IN_REGIONS, EEA_BEYOND_EU, EU, regimeOf } from './regions.js';
import { countryOfTimezone } from './timezones.js';
import type { RegimesConfig } from '../types.js';

describe('regimes: the map', () => {
  it('has the 27 EU members and the EEA (EU, IS, LI, NO)', () => {
    expect(new Set(EU).size).to.equal(27);
    expect(EEA_BEYOND_EU.filter((c) => !EU.includes(c)).sort()).to.deep.equal(['IS', 'LI', 'NO']);
    expect(BUILT_IN_REGIONS).to.deep.equal({ EEA: 'opt-in', CH: 'opt-in', BR: 'opt-in', 'CA-QC': 'opt-in', GB: 'uk', US: 'opt-out', CA: 'opt-out', '*': 'notice' });
  });

  it('takes the most specific key: subdivision, country, EU, EEA, *', () => {
    expect(regimeOf('US-CA', {})).to.equal('opt-out');
    expect(regimeOf('CA-QC', {})).to.equal('opt-in');
    expect(regimeOf('CA-BC', {})).to.equal('opt-out');
    expect(regimeOf('GR', {})).to.equal('opt-in');
    expect(regimeOf('IS', { EU: 'notice' })).to.equal('opt-in');
    expect(regimeOf('IE', { EU: 'notice' })).to.equal('notice');
    expect(regimeOf('IE', { EU: 'notice', IE: 'uk' })).to.equal('uk');
    expect(regimeOf('US-CA', { US: 'notice' })).to.equal('notice');
    expect(regimeOf('US-CA', { US: 'notice', 'US-CA': 'opt-out' })).to.equal('opt-out');
    expect(regimeOf('AU', {})).to.equal('notice');
    expect(regimeOf('AU', { '*': 'opt-in' })).to.equal('opt-in');
  });
});

describe('regimes: region codes and time zones', () => {
  it('accepts ISO 3166-1 alpha-2 and ISO 3166-2 codes only', () => {
    for (const code of ['FR', 'US-CA', 'GB-ENG', 'CA-QC', 'FR-75']) expect(regionCode(code), code).to.equal(code);
    for (const code of ['fr', 'France', 'US_CA', 'XX', 'T1', '', 'US-', 'USA', 42, null]) expect(regionCode(code), String(code)).to.equal(undefined);
  });

  it('maps a time zone and its legacy names to one country', () => {
    expect(countryOfTimezone('Europe/Paris')).to.equal('FR');
    expect(countryOfTimezone('America/Los_Angeles')).to.equal('US');
    expect(countryOfTimezone('Europe/London')).to.equal('GB');
    expect(countryOfTimezone('America/Toronto')).to.equal('CA');
    expect(countryOfTimezone('Asia/Calcutta')).to.equal('IN');
    expect(countryOfTimezone('Europe/Kiev')).to.equal('UA');
    expect(countryOfTimezone('US/Pacific')).to.equal('US');
    expect(countryOfTimezone('UTC')).to.equal(undefined);
    expect(countryOfTimezone('Etc/GMT+2')).to.equal(undefined);
  });
});

describe('regimes: a decision across regimes', () => {
  it('what granted nothing by default is valid everywhere; notice, opt-out and gpc under opt-out/notice are not consent under opt-in or uk', () => {
    for (const method of ['accept-all', 'reject-all', 'custom'] as const) {
      for (const current of ['opt-in', 'uk', 'opt-out', 'notice'] as const) expect(validUnder(current, method, 'opt-out'), `${method} under ${current}`).to.equal(true);
    }
    expect(validUnder('opt-in', 'gpc', 'uk')).to.equal(true);
    expect(validUnder('opt-in', 'gpc', undefined)).to.equal(true);
    for (const current of ['opt-in', 'uk'] as const) {
      expect(validUnder(current, 'notice', 'opt-out')).to.equal(false);
      expect(validUnder(current, 'opt-out', 'opt-out')).to.equal(false);
      expect(validUnder(current, 'gpc', 'opt-out')).to.equal(false);
      expect(validUnder(current, 'gpc', 'notice')).to.equal(false);
    }
    expect(validUnder('notice', 'notice', 'opt-out')).to.equal(true);
    expect(validUnder('opt-out', 'gpc', 'notice')).to.equal(true);
  });
});

describe('regimes: the config checker', () => {
  const check = (value: unknown) => checkRegimes(value as RegimesConfig, defaultCategories());

  it('defaults: meta only, unknown opt-in, nothing objectable, ads sold/shared, nothing sensitive', () => {
    expect(check({})).to.deep.equal({
      problems: [],
      regimes: { from: ['meta'], endpoint: undefined, regions: {}, unknown: 'opt-in', objectable: [], saleShare: ['ads'], sensitive: [] },
    });
    expect(check({ endpoint: '/consent-region' }).regimes.from).to.deep.equal(['meta', 'endpoint']);
  });

  it('refuses a cross-origin endpoint, leaves out what does not fit, and names each key not used as given', () => {
    const given = {
      endpoint: 'https://geo.example.com/region',
      from: ['timezone', 'gps', 'timezone'],
      regions: { JP: 'opt-in', Japan: 'opt-in', BR: 'strict' },
      unknown: 'none',
      objectable: ['analytics', 'necessary', 'videos'],
      saleShare: 'ads',
      sensitive: ['ads'],
      extra: 1,
    };
    const { regimes, problems } = check(given);
    expect(regimes).to.deep.include({ endpoint: undefined, from: ['timezone'], regions: { JP: 'opt-in' }, unknown: 'opt-in', objectable: ['analytics'], saleShare: [], sensitive: ['ads'] });
    expect(problems.map(([field]) => field)).to.deep.equal(['endpoint', 'from', 'regions', 'unknown', 'objectable', 'saleShare', 'extra']);
    expect(problems[0][1]).to.equal(given.endpoint);
    expect(check({ endpoint: `${location.origin}/region` }).regimes.endpoint).to.equal(`${location.origin}/region`);
    expect(check({ endpoint: 'javascript:alert(1)' }).regimes.endpoint).to.equal(undefined);
    // "endpoint" in `from` needs a usable endpoint.
    expect(check({ from: ['endpoint', 'meta'] })).to.deep.include({ problems: [['from', ['endpoint', 'meta']]] });
    expect(check(['opt-in']).problems).to.deep.equal([['', ['opt-in']]]);
    expect(check({ endpoint: '/region', from: ['endpoint', 'meta'], regions: { 'US-CA': 'opt-in' }, unknown: 'notice', saleShare: ['ads'] }).problems).to.deep.equal([]);
  });
});
