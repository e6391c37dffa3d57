// Unit tests of the banners' table: every consent key has its vendor's page, and is recognised as strictly necessary.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { BANNERS, bannerKey, bannerOfRule } from '../src/banners.js';
import { knownOf } from '../src/recognize.js';

test('the common banners’ consent cookies are recognised as strictly necessary, each with its source', () => {
  const expected = {
    cc_cookie: 'vanilla-cookieconsent', klaro: 'Klaro', tarteaucitron: 'tarteaucitron.js', CookieConsent: 'Cookiebot',
    OptanonConsent: 'OneTrust', OptanonAlertBoxClosed: 'OneTrust', didomi_token: 'Didomi', axeptio_cookies: 'Axeptio',
    osano_consentmanager: 'Osano', 'euconsent-v2': 'IAB TCF',
  };
  for (const [name, banner] of Object.entries(expected)) {
    const known = knownOf(name, 'cookie');
    assert.equal(known?.banner, banner, name);
    assert.equal(known.category, 'necessary', name);
    assert.match(known.source, /^https:\/\//, name);
  }
  assert.equal(knownOf('uc_settings', 'localStorage')?.banner, 'Usercentrics');
  assert.equal(bannerKey('uc_settings', 'cookie'), null, 'Usercentrics keeps it in localStorage');
  assert.equal(knownOf('_ga')?.banner, undefined, 'other cookies are left to the Open Cookie Database');
});

test('every banner names its source, and autoconsent’s rules map to banner names', () => {
  for (const banner of BANNERS) assert.match(banner.source, /^https:\/\//, banner.id);
  assert.equal(bannerOfRule('cookieconsent3').name, 'vanilla-cookieconsent');
  assert.equal(bannerOfRule('Klaro').name, 'Klaro');
  assert.equal(bannerOfRule('tarteaucitron deny').name, 'tarteaucitron.js');
  assert.equal(bannerOfRule('some-site-rule').name, 'some-site-rule');
});
