// The dashboard: asks for the token (kept in sessionStorage, sent as a bearer header), reads
// GET /stats by day and by variant for the filters chosen, and draws each figure twice: a chart
// (Chart.js, served by the receiver) and a table with the same numbers for screen readers.
import { csvLine, variantTable } from './stats-math.js';

const TOKEN_KEY = 'bandeau-receiver-token';
const METHODS = ['accept-all', 'reject-all', 'custom', 'gpc', 'opt-out', 'notice'];
// Distinguishable colours (ColorBrewer-like), each with a text label in legends and tables.
const COLOURS = { 'accept-all': '#1b7837', 'reject-all': '#b2182b', custom: '#2166ac', gpc: '#762a83', 'opt-out': '#8c510a', notice: '#01665e' };
const DAY = 24 * 60 * 60 * 1000;

const $ = (/** @type {string} */ id) => /** @type {HTMLElement} */ (document.getElementById(id));
/** @type {Record<string, any>} */ const charts = {};
/** What is on screen, for the CSV downloads. */
let shown = { daily: /** @type {string[][]} */ ([]), variants: /** @type {string[][]} */ ([]), name: '' };

const pct = (/** @type {number | null} */ x) => (x === null || !Number.isFinite(x) ? '–' : `${(x * 100).toFixed(1)} %`);
const num = (/** @type {number} */ x) => x.toLocaleString('en');
const isoDay = (/** @type {number} */ t) => new Date(t).toISOString().slice(0, 10);

class AuthError extends Error {}

/** @param {Record<string, string>} params */
async function stats(params) {
  const res = await fetch(`/stats?${new URLSearchParams(params)}`, {
    headers: { Authorization: `Bearer ${sessionStorage.getItem(TOKEN_KEY)}` }, cache: 'no-store', credentials: 'omit',
  });
  const body = await res.json().catch(() => ({}));
  if (res.status === 401) throw new AuthError('This token is not the receiver\'s.');
  if (res.status === 429) throw new AuthError(`Too many wrong tokens: try again in ${res.headers.get('retry-after') ?? 60} s.`);
  if (!res.ok) throw new Error(body.error ?? `the receiver answered ${res.status}`);
  return /** @type {import('../stats.js').StatsRow[]} */ (body.rows);
}

function showLogin(/** @type {string} */ message = '') {
  $('stats').hidden = true;
  $('login').hidden = false;
  $('login-error').textContent = message;
  $('token').focus();
}

/**
 * Fills a table from a header row and body rows. @param {string} id @param {string} caption
 * @param {string[]} head @param {(string | number)[][]} body
 */
function fillTable(id, caption, head, body) {
  const t = /** @type {HTMLTableElement} */ ($(id));
  t.replaceChildren();
  t.createCaption().textContent = caption;
  const hr = t.createTHead().insertRow();
  for (const h of head) { const th = document.createElement('th'); th.scope = 'col'; th.textContent = h; hr.append(th); }
  const tb = t.createTBody();
  for (const r of body) {
    const tr = tb.insertRow();
    r.forEach((c, i) => {
      const cell = i === 0 ? Object.assign(document.createElement('th'), { scope: 'row' }) : document.createElement('td');
      cell.textContent = String(c);
      tr.append(cell);
    });
  }
}

/** @param {string} id @param {any} config */
function draw(id, config) {
  charts[id]?.destroy();
  const Chart = /** @type {any} */ (window).Chart;
  charts[id] = new Chart(/** @type {HTMLCanvasElement} */ ($(id)), { ...config, options: { animation: false, responsive: true, maintainAspectRatio: false, ...config.options } });
}

async function load() {
  const from = /** @type {HTMLInputElement} */ ($('from')).value;
  const to = /** @type {HTMLInputElement} */ ($('to')).value;
  const origin = /** @type {HTMLSelectElement} */ ($('origin')).value;
  const params = { from, to, ...(origin ? { origin } : {}) };
  $('status').textContent = 'Loading…';
  document.body.dataset.state = 'loading';
  let byDay; let byVariant;
  try {
    [byDay, byVariant] = await Promise.all([stats({ ...params, by: 'day' }), stats({ ...params, by: 'variant' })]);
  } catch (err) {
    document.body.dataset.state = 'error';
    if (err instanceof AuthError) { sessionStorage.removeItem(TOKEN_KEY); showLogin(err.message); return; }
    $('status').textContent = `Could not load the statistics: ${/** @type {Error} */ (err).message}`;
    return;
  }
  render(byDay, byVariant, params);
  document.body.dataset.state = 'ready';
}

/**
 * @param {import('../stats.js').StatsRow[]} byDay @param {import('../stats.js').StatsRow[]} byVariant
 * @param {{ from: string, to: string, origin?: string }} params
 */
function render(byDay, byVariant, params) {
  const index = new Map(byDay.map((r) => [r.key, r]));
  const days = [];
  for (let t = Date.parse(params.from); t <= Date.parse(params.to); t += DAY) days.push(isoDay(t));
  const rowOf = (/** @type {string} */ d) => index.get(d) ?? { key: d, decisions: 0, methods: {}, granted: {} };
  const methods = METHODS.filter((m) => byDay.some((r) => r.methods[m]));
  const categories = [...new Set(byDay.flatMap((r) => Object.keys(r.granted)))].sort();
  const counted = byDay.some((r) => r.impressions !== undefined);
  const total = byDay.reduce((s, r) => s + r.decisions, 0);
  $('status').textContent = `${num(total)} decisions from ${params.from} to ${params.to}${params.origin ? ` on ${params.origin}` : ' on all sites'}.`;

  // Decisions per day, stacked by method.
  draw('chart-decisions', {
    type: 'bar',
    data: { labels: days, datasets: methods.map((m) => ({ label: m, data: days.map((d) => rowOf(d).methods[m] ?? 0), backgroundColor: /** @type {any} */ (COLOURS)[m] })) },
    options: { scales: { x: { stacked: true }, y: { stacked: true, beginAtZero: true, title: { display: true, text: 'decisions' } } } },
  });
  fillTable('table-decisions', 'Decisions per day by method', ['Day', ...methods, 'Total'],
    days.map((d) => { const r = rowOf(d); return [d, ...methods.map((m) => num(r.methods[m] ?? 0)), num(r.decisions)]; }));

  // Share granted per category, over the whole range.
  const granted = categories.map((c) => byDay.reduce((s, r) => s + (r.granted[c] ?? 0), 0));
  draw('chart-granted', {
    type: 'bar',
    data: { labels: categories, datasets: [{ label: 'share granted (%)', data: granted.map((g) => (total ? (g / total) * 100 : 0)), backgroundColor: '#2166ac' }] },
    options: { indexAxis: 'y', scales: { x: { min: 0, max: 100, title: { display: true, text: '% of decisions' } } }, plugins: { legend: { display: false } } },
  });
  fillTable('table-granted', 'Share of decisions that granted each category', ['Category', 'Granted', 'Decisions', 'Share'],
    categories.map((c, i) => [c, num(granted[i]), num(total), pct(total ? granted[i] / total : null)]));

  // Decision rate, when impressions are counted.
  $('rate-off').hidden = counted;
  $('rate-on').hidden = !counted;
  const rate = (/** @type {any} */ r) => (r.impressions ? r.decisions / r.impressions : null);
  if (counted) {
    draw('chart-rate', {
      type: 'line',
      data: { labels: days, datasets: [{ label: 'decision rate (%)', data: days.map((d) => { const x = rate(rowOf(d)); return x === null ? null : x * 100; }), borderColor: '#1b7837', backgroundColor: '#1b7837' }] },
      options: { scales: { y: { beginAtZero: true, title: { display: true, text: '% of impressions' } } } },
    });
    fillTable('table-rate', 'Decision rate per day', ['Day', 'Impressions', 'Decisions', 'Rate'],
      days.map((d) => { const r = rowOf(d); return [d, num(r.impressions ?? 0), num(r.decisions), pct(rate(r))]; }));
  }

  // Variants.
  const vt = variantTable(byVariant);
  const vname = (/** @type {string | null} */ v) => v ?? '(none)';
  const vrows = vt.map((v) => [vname(v.variant), num(v.decisions), num(v.accepted), pct(v.rate),
    v.ci ? `${pct(v.ci.low)} – ${pct(v.ci.high)}` : '–', v.z === null ? '–' : v.z.toFixed(3), v.p === null ? '–' : v.p.toFixed(3), v.verdict]);
  fillTable('table-variants', vt.length > 1 ? 'Acceptance rate per variant, each compared with the first' : 'Acceptance rate (no variants to compare in this selection)',
    ['Variant', 'Decisions', 'Accepted all', 'Acceptance rate', '95 % interval', 'z', 'p', 'Verdict'], vrows);

  shown = {
    name: `${params.origin ? params.origin.replace(/^https?:\/\//, '').replace(/[^\w.-]/g, '_') : 'all-sites'}-${params.from}-${params.to}`,
    daily: [['day', ...methods, 'decisions', 'impressions', 'decision_rate', ...categories.map((c) => `granted_${c}`)],
      ...days.map((d) => { const r = rowOf(d); const x = rate(r); return [d, ...methods.map((m) => String(r.methods[m] ?? 0)), String(r.decisions), r.impressions === undefined ? '' : String(r.impressions), x === null ? '' : x.toFixed(4), ...categories.map((c) => String(r.granted[c] ?? 0))]; })],
    variants: [['variant', 'decisions', 'accepted_all', 'acceptance_rate', 'ci95_low', 'ci95_high', 'z', 'p', 'verdict'],
      ...vt.map((v) => [v.variant ?? '', String(v.decisions), String(v.accepted), v.rate === null ? '' : v.rate.toFixed(4), v.ci ? v.ci.low.toFixed(4) : '', v.ci ? v.ci.high.toFixed(4) : '', v.z === null ? '' : v.z.toFixed(3), v.p === null ? '' : v.p.toFixed(3), v.verdict])],
  };
}

/** @param {string[][]} rows @param {string} file */
function download(rows, file) {
  const blob = new Blob([rows.map((r) => csvLine(r)).join('')], { type: 'text/csv;charset=utf-8' });
  const a = Object.assign(document.createElement('a'), { href: URL.createObjectURL(blob), download: file });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(a.href), 1000);
}

function showStats() {
  $('login').hidden = true;
  $('stats').hidden = false;
  load();
}

function init() {
  const today = Date.now();
  /** @type {HTMLInputElement} */ ($('to')).value = isoDay(today);
  /** @type {HTMLInputElement} */ ($('from')).value = isoDay(today - 29 * DAY);
  $('token-form').addEventListener('submit', (e) => {
    e.preventDefault();
    const value = /** @type {HTMLInputElement} */ ($('token')).value.trim();
    if (!value) { $('login-error').textContent = 'Enter the token.'; return; }
    sessionStorage.setItem(TOKEN_KEY, value);
    /** @type {HTMLInputElement} */ ($('token')).value = '';
    showStats();
  });
  $('filters').addEventListener('submit', (e) => { e.preventDefault(); load(); });
  $('sign-out').addEventListener('click', () => { sessionStorage.removeItem(TOKEN_KEY); showLogin(); });
  $('download-daily').addEventListener('click', () => download(shown.daily, `consent-daily-${shown.name}.csv`));
  $('download-variants').addEventListener('click', () => download(shown.variants, `consent-variants-${shown.name}.csv`));
  if (sessionStorage.getItem(TOKEN_KEY)) showStats(); else showLogin();
}

init();
