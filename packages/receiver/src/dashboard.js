// The dashboard's files, read once: its page (with the configured origins in the filter), its
// script, its styles, and Chart.js from the npm package (served from here, no CDN).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = fileURLToPath(new URL('./dashboard/', import.meta.url));
const chartDir = dirname(createRequire(import.meta.url).resolve('chart.js'));

const TYPES = { html: 'text/html; charset=utf-8', js: 'text/javascript; charset=utf-8', css: 'text/css; charset=utf-8' };

/** name → [path, type] */
const FILES = {
  'index.html': [join(here, 'index.html'), TYPES.html],
  'app.js': [join(here, 'app.js'), TYPES.js],
  'stats-math.js': [join(here, 'stats-math.js'), TYPES.js],
  'dashboard.css': [join(here, 'dashboard.css'), TYPES.css],
  'chart.umd.min.js': [join(chartDir, 'chart.umd.min.js'), TYPES.js],
};

/** @type {Map<string, string>} */ const cache = new Map();

const escapeHtml = (/** @type {string} */ s) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * @param {string} name @param {string[]} origins
 * @returns {{ body: string, type: string } | null}
 */
export function dashboardFile(name, origins) {
  const entry = Object.hasOwn(FILES, name) ? FILES[/** @type {keyof typeof FILES} */ (name)] : null;
  if (!entry) return null;
  const [path, type] = entry;
  let body = cache.get(name);
  if (body === undefined) { body = readFileSync(path, 'utf8'); cache.set(name, body); }
  if (name === 'index.html') {
    body = body.replace('<!--ORIGINS-->', origins.map((o) => `<option value="${escapeHtml(o)}">${escapeHtml(o)}</option>`).join(''));
  }
  return { body, type };
}
