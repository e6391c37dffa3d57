// The presets as Node reads them (the audit's side), from the built catalog: node --test (npm test -w bandeau-catalog).
import assert from 'node:assert/strict';
import test from 'node:test';
import { PRESET_CATEGORIES, PRESETS, presetForCookie, presetForHost } from 'bandeau-catalog/presets/presets';

test('each preset has one of the categories, its hosts and its platforms', () => {
  assert.ok(Object.keys(PRESETS).length >= 40);
  for (const [id, preset] of Object.entries(PRESETS)) {
    assert.ok(PRESET_CATEGORIES.includes(preset.category), id);
    assert.ok(preset.hosts.length > 0, id);
    assert.ok(Array.isArray(preset.platforms), id);
  }
  // The widget and the audit once disagreed on HubSpot (analytics, ads): there is one list now.
  assert.equal(PRESETS.hubspot.category, 'analytics');
});

test('a host is recognised by exact listings, then "*." wildcards (the domain and its subdomains)', () => {
  assert.equal(presetForHost('www.google-analytics.com'), 'google-analytics');
  assert.equal(presetForHost('region1.google-analytics.com'), 'google-analytics');
  assert.equal(presetForHost('JS.HS-SCRIPTS.COM.'), 'hubspot');
  assert.equal(presetForHost('hubspot.com'), 'hubspot');
  assert.equal(presetForHost('googleads.g.doubleclick.net'), 'google-ads');
  assert.equal(presetForHost('example.com'), null);
  assert.equal(presetForHost('notdoubleclick.net'), null);
});

test('a declared cookie is recognised by exact name or prefix, and by type', () => {
  assert.equal(presetForCookie('_ga'), 'google-analytics');
  assert.equal(presetForCookie('_ga_ABC123'), 'google-analytics');
  assert.equal(presetForCookie('_ga', 'localStorage'), null);
  assert.equal(presetForCookie('nobody-sets-this'), null);
});
