// Issue 15 (widget side): a receipt the consent log did not acknowledge is kept and sent again on a later page view.
import { button, expect, test } from './fixtures.js';

const CONFIG = { consentLog: { endpoint: '/consent-log' } };
const PENDING = 'cookie-consent:pending-receipts';

test('a failed POST keeps the receipt in localStorage; the next page view sends it again and forgets it', async ({ page, open, site }) => {
  site.logStatus = 503;
  try {
    const before = site.requests.length;
    await open({ config: CONFIG });
    await button(page, 'Tout refuser').click();
    await expect.poll(() => page.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? '[]').length, PENDING)).toBe(1);
    const kept = await page.evaluate((key) => JSON.parse(localStorage.getItem(key)!)[0], PENDING);
    expect(kept).toMatchObject({ method: 'reject-all', categories: { analytics: false } });
    expect(site.requests.slice(before).filter((r) => r.path === '/consent-log')).toHaveLength(1);

    site.logStatus = 201;
    const again = site.requests.length;
    await page.reload();
    await expect.poll(() => site.requests.slice(again).filter((r) => r.path === '/consent-log' && r.status === 201).length).toBe(1);
    const resent = JSON.parse(site.requests.slice(again).find((r) => r.path === '/consent-log')!.body!);
    expect(resent).toEqual(kept);
    await expect.poll(() => page.evaluate((key) => localStorage.getItem(key), PENDING)).toBeNull();
  } finally {
    site.logStatus = undefined;
  }
});

test('the waiting list is bounded: the newest 20 receipts are kept', async ({ page, open, site }) => {
  site.logStatus = 500;
  try {
    await open({ config: CONFIG });
    await button(page, 'Tout refuser').click();
    await expect.poll(() => page.evaluate((key) => localStorage.getItem(key), PENDING)).not.toBeNull();
    for (let i = 0; i < 24; i++) await page.evaluate(() => window.cookieConsent!.update({ analytics: Math.random() > 0.5 }));
    await expect.poll(() => site.requests.filter((r) => r.path === '/consent-log' && r.status === 500).length).toBeGreaterThanOrEqual(25);
    await expect.poll(() => page.evaluate((key) => JSON.parse(localStorage.getItem(key)!).length, PENDING)).toBe(20);
    const methods = await page.evaluate((key) => JSON.parse(localStorage.getItem(key)!).map((r: { method: string }) => r.method), PENDING);
    expect(methods.every((m: string) => m === 'custom')).toBe(true);
  } finally {
    site.logStatus = undefined;
  }
});
