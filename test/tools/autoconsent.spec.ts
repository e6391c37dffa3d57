// DuckDuckGo's autoconsent (the engine with which DuckDuckGo's browsers, Ghostery and others answer cookie pop-ups)
// on the demo article: its Playwright bundle, driven as its own test runner drives it, once with our rule
// (autoconsent/bandeau.json, among the whole rule set it ships) and once with its heuristics alone.
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { banner, expect, storedRecord, test } from '../e2e/fixtures.js';

// Files of the pinned package (its "exports" do not list the Playwright bundle, so read from its folder).
const PACKAGE = new URL('../../node_modules/@duckduckgo/autoconsent/', import.meta.url);
const bundle = readFileSync(new URL('dist/autoconsent.playwright.js', PACKAGE), 'utf8');
const shipped = JSON.parse(readFileSync(new URL('rules/rules.json', PACKAGE), 'utf8'));
const ours = JSON.parse(readFileSync(new URL('../../autoconsent/bandeau.json', import.meta.url), 'utf8'));

type Message = { type: string; [key: string]: any };

/** Runs autoconsent in the page, answering its messages as its Playwright runner does; returns what it said. */
async function autoconsent(page: Page, options: { rules: object[]; autoAction: 'optOut' | 'optIn'; heuristics: boolean }) {
  const received: Message[] = [];
  await page.exposeBinding('autoconsentSendMessage', async ({ frame }, message: Message) => {
    received.push(message);
    if (message.type === 'init') {
      await frame.evaluate((m) => (window as any).autoconsentReceiveMessage(m), {
        type: 'initResp',
        rules: { autoconsent: options.rules },
        config: {
          enabled: true,
          autoAction: options.autoAction,
          disabledCmps: [],
          enablePrehide: true,
          enableCosmeticRules: true,
          enableGeneratedRules: true,
          enableHeuristicDetection: options.heuristics,
          heuristicMode: options.heuristics ? 'reject' : 'off',
          detectRetries: 20,
          isMainWorld: false,
          prehideTimeout: 2000,
          logs: { lifecycle: false, rulesteps: false, detectionsteps: false, evals: false, errors: true, messages: false, waits: false },
        },
      });
    } else if (message.type === 'eval') {
      const result = await frame.evaluate(message.code).catch(() => false);
      await frame.evaluate((m) => (window as any).autoconsentReceiveMessage(m), { type: 'evalResp', id: message.id, result });
    }
  });
  await page.addInitScript(bundle);
  return received;
}

const of = (received: Message[], type: string) => received.filter((m) => m.type === type);

test('with our rule (among every rule autoconsent ships): detected by name, opt-out leaves a stored refusal and no banner', async ({ page, site }) => {
  const received = await autoconsent(page, { rules: [...shipped.autoconsent, ours], autoAction: 'optOut', heuristics: false });
  await page.goto(`${site.origin}/demo/index.html`);
  await expect.poll(() => of(received, 'autoconsentDone').length).toBe(1);
  expect(of(received, 'popupFound').map((m) => m.cmp)).toEqual(['bandeau']);
  expect(of(received, 'optOutResult').map((m) => [m.cmp, m.result])).toEqual([['bandeau', true]]);
  expect((await storedRecord(page.context()))?.record).toMatchObject({ m: 'reject-all', c: { analytics: false, social: false, ads: false } });
  await expect(banner(page)).toHaveCount(0);
  // The rule's own test (run by autoconsent's self-test): no banner, a refusal in the cookie.
  await page.evaluate(() => (window as any).autoconsentReceiveMessage({ type: 'selfTest' }));
  await expect.poll(() => of(received, 'selfTestResult').map((m) => m.result)).toEqual([true]);
});

test('with our rule: opt-in leaves a stored acceptance and no banner', async ({ page, site }) => {
  const received = await autoconsent(page, { rules: [...shipped.autoconsent, ours], autoAction: 'optIn', heuristics: false });
  await page.goto(`${site.origin}/demo/index.html`);
  await expect.poll(() => of(received, 'optInResult').map((m) => [m.cmp, m.result])).toEqual([['bandeau', true]]);
  await expect.poll(async () => (await storedRecord(page.context()))?.record.m).toBe('accept-all');
  expect((await storedRecord(page.context()))!.record.c).toEqual({ analytics: true, social: true, ads: true });
  await expect(banner(page)).toHaveCount(0);
});

test('without a rule for us (the rules it ships minus ours): its heuristics find the banner and click « Tout refuser »', async ({ page, site }) => {
  // Its heuristics find our words (« Tout refuser » is in the page's text) and the fixed host, and count a button as
  // visible only when its offsetParent is not null: the host is the fixed box, so the slotted buttons' offsetParent.
  const received = await autoconsent(page, { rules: shipped.autoconsent, autoAction: 'optOut', heuristics: true });
  await page.goto(`${site.origin}/demo/index.html`);
  await expect.poll(() => of(received, 'optOutResult').map((m) => [m.cmp, m.result])).toEqual([['HEURISTIC-REJECT', true]]);
  // The page's text, in its light DOM, has the words its heuristics look for.
  expect(received.some((m) => m.type === 'report' && m.state.heuristicPatterns?.some((p: string) => /tout refuser/.test(p)))).toBe(true);
  await expect.poll(async () => (await storedRecord(page.context()))?.record.m).toBe('reject-all');
  expect((await storedRecord(page.context()))!.record.c).toEqual({ analytics: false, social: false, ads: false });
  await expect(banner(page)).toHaveCount(0);
});

test('the rule ties to no site: no URL pattern, only the element and its buttons', () => {
  expect(ours.runContext?.urlPattern).toBeUndefined();
  for (const key of ['prehideSelectors', 'detectCmp', 'detectPopup', 'optIn', 'optOut', 'test']) expect(ours[key], key).toBeTruthy();
  expect(JSON.stringify(ours)).not.toMatch(/127\.0\.0\.1|localhost|https?:\/\/(?!github\.com\/bandeau-consent)/);
});
