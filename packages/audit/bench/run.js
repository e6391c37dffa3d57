// Benchmark: audits a 10-page fixture site (each page with the widget, its config and gated scripts) and prints
// pages per minute, for --parallel 1 and the default 2. Run: npm run bench (in packages/audit).
import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { cpus, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { runAudit } from '../src/audit.js';
import { startFixtures } from '../test/fixtures/server.js';

const ROOT = fileURLToPath(new URL('../../..', import.meta.url));
if (!existsSync(`${ROOT}dist/cookie-consent.js`)) execFileSync('npm', ['run', 'build'], { cwd: ROOT, stdio: 'inherit' });

const f = await startFixtures({ root: ROOT });
const config = { categories: { necessary: { required: true }, analytics: { cookies: ['_ga'] } } };
const nav = Array.from({ length: 10 }, (_, i) => `<a href="/bench/p${i}.html">Page ${i}</a>`).join(' ');
let start;
for (let i = 0; i < 10; i++) {
  const url = f.page(
    `/bench/p${i}.html`,
    `<!doctype html><html lang="fr"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>Page ${i}</title>
<script type="application/json" id="cookie-consent-config">${JSON.stringify(config)}</script><script src="/dist/cookie-consent.js"></script>
<script type="text/plain" data-category="analytics">document.cookie = "_ga=GA1.1.1.1; path=/; max-age=3600";</script></head>
<body><h1>Page ${i}</h1><p>${'Texte. '.repeat(200)}</p><nav>${nav}</nav></body></html>`,
  );
  if (i === 0) start = url;
}

console.log(`bandeau-audit benchmark: 10-page fixture site, 3 phases (30 page visits); ${cpus().length} cores, load ${loadavg()[0].toFixed(1)}`);
for (const parallel of [1, 2, 3]) {
  const t = Date.now();
  const report = await runAudit(start, { pages: 10, timeoutS: 30, parallel });
  const minutes = (Date.now() - t) / 60000;
  if (report.pages.length !== 10 || report.findings.length) throw new Error(`unexpected audit: ${report.pages.length} pages, ${report.findings.length} findings`);
  console.log(`--parallel ${parallel}: ${(Date.now() - t) / 1000} s, ${(10 / minutes).toFixed(1)} site pages/min (${(30 / minutes).toFixed(1)} page visits/min)`);
}
await f.close();
