// Issue 24: `npx bandeau migrate <file>`: our config on stdout, what was not carried over on stderr; exit 0, or 1
// when nothing could be read. The packed package ships the command and what it needs.
import { test, expect } from '@playwright/test';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const FIXTURES = join(ROOT, 'test/fixtures/migrate');

function migrate(file: string, input?: string) {
  const run = spawnSync(process.execPath, [join(ROOT, 'bin/bandeau.js'), 'migrate', file], { cwd: ROOT, encoding: 'utf8', input, timeout: 20_000 });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

test('each import source converts on the command line: the config on stdout, the rest on stderr, exit 0', () => {
  const cases: Array<[file: string, source: string, expected: unknown, note: string]> = [
    ['vanilla-cookieconsent.js', 'vanilla-cookieconsent', { categories: { analytics: { cookies: ['/^_ga/', '_gid'] } }, texts: { en: { bannerTitle: 'We use cookies' } } }, 'onChange: code'],
    ['klaro.js', 'klaro', { cookie: { name: 'klaro', lifetimeDays: 365 }, categories: { analytics: { services: { matomo: { preset: 'matomo' } } } } }, 'services[2].callback: code'],
    ['tarteaucitron.html', 'tarteaucitron', { layout: 'modal', categories: { social: { services: { youtube: { preset: 'youtube' } } } } }, "tarteaucitron.user.gtagUa: the service's own setting"],
    ['audit-report.json', 'bandeau-audit', { privacyPolicyUrl: '/demo/confidentialite.html', categories: { analytics: { services: { 'google-analytics': { preset: 'google-analytics' } } } } }, 'everything was carried over'],
  ];
  for (const [file, source, expected, note] of cases) {
    const { code, stdout, stderr } = migrate(join(FIXTURES, file));
    expect(code, file).toBe(0);
    expect(JSON.parse(stdout), file).toMatchObject(expected as Record<string, unknown>);
    expect(stderr, file).toContain(`read as ${source}`);
    expect(stderr, file).toContain(note);
  }
});

test('vanilla-cookieconsent as JSON or as a bare object literal; Klaro as window.klaroConfig in an HTML page', () => {
  const json = { categories: { necessary: { enabled: true, readOnly: true }, ads: { enabled: false } }, language: { default: 'fr', autoDetect: 'document', translations: { fr: { consentModal: { title: 'Nos cookies', acceptAllBtn: 'Tout accepter' } } } } };
  for (const input of [JSON.stringify(json), `({ ${JSON.stringify(json).slice(1, -1)}, onChange() {} });`]) {
    const { code, stdout, stderr } = migrate('-', input);
    expect(code, input).toBe(0);
    expect(stderr).toContain('read as vanilla-cookieconsent');
    expect(JSON.parse(stdout)).toMatchObject({ fallbackLanguage: 'fr', categories: { necessary: { required: true }, ads: { required: false } }, texts: { fr: { bannerTitle: 'Nos cookies' } } });
  }
  const page = `<html><head><script>window.klaroConfig = { privacyPolicy: '/vie-privee', lang: 'fr', services: [{ name: 'youtube', purposes: ['social'] }] };</script><script src="klaro.js"></script></head></html>`;
  const fromWindow = migrate('-', `window.tarteaucitron.init({ privacyUrl: '/p', orientation: 'bottom' }); (window.tarteaucitron.job = window.tarteaucitron.job || []).push('vimeo');`);
  expect(JSON.parse(fromWindow.stdout)).toMatchObject({ privacyPolicyUrl: '/p', layout: 'bar', categories: { social: { services: { vimeo: { preset: 'vimeo' } } } } });
  const klaro = migrate('-', page);
  expect(klaro.code).toBe(0);
  expect(JSON.parse(klaro.stdout)).toEqual({ language: 'fr', privacyPolicyUrl: '/vie-privee', categories: { social: { services: { youtube: { preset: 'youtube' } } } } });
});

test('a bandeau config from stdin comes back as it is; an unreadable file exits 1 and says why', () => {
  const config = { privacyPolicyUrl: '/privacy', categories: { necessary: { required: true }, analytics: {} } };
  const fromStdin = migrate('-', JSON.stringify(config));
  expect(fromStdin.code).toBe(0);
  expect(JSON.parse(fromStdin.stdout)).toEqual(config);
  const dir = mkdtempSync(join(tmpdir(), 'bandeau-migrate-'));
  writeFileSync(join(dir, 'notes.txt'), 'Just some notes about cookies, no config here.');
  const unreadable = migrate(join(dir, 'notes.txt'));
  expect(unreadable.code).toBe(1);
  expect(unreadable.stdout).toBe('');
  expect(unreadable.stderr).toContain('nothing could be read');
  expect(migrate(join(dir, 'missing.js')).code).toBe(1);
  // Code in the file is read, never run.
  writeFileSync(join(dir, 'evil.js'), `require('fs').writeFileSync(${JSON.stringify(join(dir, 'ran'))}, '1'); tarteaucitron.init({ privacyUrl: '/p', hashtag: '#t' });`);
  const evil = migrate(join(dir, 'evil.js'));
  expect(evil.code).toBe(0);
  expect(JSON.parse(evil.stdout).privacyPolicyUrl).toBe('/p');
  expect(spawnSync('test', ['-e', join(dir, 'ran')]).status).toBe(1);
});

test('the package ships the command, its module and the configurator page', () => {
  const pkg = JSON.parse(execFileSync('npm', ['pkg', 'get', 'bin'], { cwd: ROOT, encoding: 'utf8' }));
  expect(pkg).toEqual({ bandeau: 'bin/bandeau.js' });
  const [packed] = JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: ROOT, encoding: 'utf8' }));
  const files: string[] = packed.files.map((f: { path: string }) => f.path);
  for (const file of ['bin/bandeau.js', 'dist/cli/migrate.js', 'dist/configurator/index.html', 'dist/configurator/preview.html']) expect(files, file).toContain(file);
  expect(files.some((f) => /^dist\/configurator\/assets\/.+\.js$/.test(f))).toBe(true);
});
