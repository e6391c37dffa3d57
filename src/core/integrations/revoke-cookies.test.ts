import { expect } from '@open-wc/testing';
import { parseConfig } from 'bandeau-catalog/config/parse-config';
import { revoke } from './revoke-cookies.js';

const cookieNames = () => document.cookie.split(/;\s*/).filter(Boolean).map((pair) => pair.split('=')[0]);
const noLoader = () => Promise.reject(new Error('no service in this config'));

describe('revoke: a category\'s cookie patterns, in the catalog\'s one syntax', () => {
  afterEach(() => {
    for (const name of cookieNames()) document.cookie = `${name}=; path=/; max-age=0`;
  });

  it('deletes exact names and "/regex/flags" matches, and nothing else', async () => {
    for (const name of ['RV_GA', 'rv_ga_x', 'rv_exact', 'rv_kept']) document.cookie = `${name}=1; path=/`;
    const config = parseConfig({ categories: { necessary: {}, analytics: { cookies: ['/^rv_ga/i', 'rv_exact'] } } });
    await revoke(config, ['analytics'], noLoader);
    expect(cookieNames().filter((name) => name.toLowerCase().startsWith('rv_'))).to.deep.equal(['rv_kept']);
  });
});
