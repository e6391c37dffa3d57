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

test('`npm run demo`: the first URL it prints is the article, and the site root leads there', async ({ page }) => {
  test.slow(); // starts Vite's dev server
  const { spawn } = await import('node:child_process');
  const vite = spawn(process.execPath, ['node_modules/vite/bin/vite.js', '--port', '5391', '--host', '127.0.0.1'], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' },
  });
  try {
    let output = '';
    const first = await new Promise<string>((resolve, reject) => {
      vite.stdout.on('data', (chunk) => {
        output += chunk;
        const url = output.replace(/\x1b\[[0-9;]*m/g, '').match(/https?:\/\/\S+/);
        if (url) resolve(url[0]);
      });
      vite.on('exit', (code) => reject(new Error(`vite exited (${code}): ${output}`)));
    });
    expect(first).toBe('http://127.0.0.1:5391/demo/');
    await page.goto(first);
    await expect(page).toHaveTitle(/Le Courrier du Matin/);
    await expect(banner(page)).toBeVisible();
    await page.goto('http://127.0.0.1:5391/');
    await expect(page).toHaveURL('http://127.0.0.1:5391/demo/');
    await expect(banner(page)).toBeVisible();
  } finally {
    vite.kill();
  }
});

test('served as plain files (the project root on a static server): / and /demo/ lead to the article', async ({ page, site }) => {
  await page.goto(`${site.origin}/`);
  await expect(page).toHaveURL(`${site.origin}/demo/index.html`);
  await expect(banner(page)).toBeVisible();
  await page.goto(`${site.origin}/demo/`);
  await expect(page).toHaveTitle(/Le Courrier du Matin/);
  await expect(banner(page)).toBeVisible();
  // Every link between the demo pages names a file, so a server that does not serve a folder's index.html works too.
  const links = await page.locator('a[href^="/demo"]').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  expect(links.length).toBeGreaterThan(3);
  for (const href of links) expect(href).toMatch(/\.html$/);
});
