import { banner, button, expect, test } from './fixtures.js';

test('the demo article: gated Telegram block and comments, no request outside the site', async ({ page, site }) => {
  const outside: string[] = [];
  page.on('request', (request) => {
    if (!request.url().startsWith(site.origin) && !request.url().startsWith('data:')) outside.push(request.url());
  });
  const errors: Error[] = [];
  page.on('pageerror', (error) => errors.push(error));
  await page.goto(`${site.origin}/demo/index.html`);
  await expect(banner(page)).toBeVisible();
  const comments = page.locator('#comments consent-gate');
  await expect(comments.getByRole('button', { name: 'Accepter « Espace commentaires »' })).toBeVisible();
  await expect(page.locator('[data-telegram-widget]')).toHaveCount(0);
  await button(page, 'Tout accepter').click();
  await expect(page.locator('#comments-thread li')).toHaveCount(2);
  await expect(page.locator('[data-telegram-widget]')).toContainText('abonnés');
  await page.getByRole('contentinfo').getByRole('link', { name: 'Paramétrer vos choix' }).click();
  await page.getByRole('switch', { name: 'Réseaux sociaux' }).uncheck();
  const reloaded = page.waitForEvent('load');
  await button(page, 'Enregistrer mes choix').click();
  await reloaded;
  await expect(page.locator('#comments consent-gate').getByRole('button', { name: /^Accepter/ })).toBeVisible();
  expect((await page.context().cookies()).map((c) => c.name)).not.toContain('tg_session');
  expect(outside).toEqual([]);
  expect(errors).toEqual([]);
});
