// Statistics at scale: fills a fresh database with N generated receipts spread over a year (3
// sites, 2 variants, 4 regimes, 5 languages, 4 methods: every combination every day, the worst
// case for the aggregates; see fill-receipts.js), then times GET /stats over 90 days through a
// receiver, with nothing pending (as a dashboard asking a second after the last roll-up).
// Storage: PGlite in a temporary folder, or with DATABASE_URL a new database on that server.
//   node scripts/bench-stats.js [--receipts 10000000] [--requests 200]
import { cpus, getPriority, loadavg, totalmem } from 'node:os';
import { parseArgs } from 'node:util';
import { fillInChild } from './fill-receipts.js';
import { throwawayStorage } from './bench-database.js';
import { startReceiver } from '../src/index.js';

const { values } = parseArgs({ options: { receipts: { type: 'string' }, requests: { type: 'string' } } });
const storage = process.env.DATABASE_URL ? 'postgres' : 'pglite';
const total = Number(values.receipts ?? (storage === 'postgres' ? 10_000_000 : 1_000_000));
const requests = Number(values.requests ?? 200);
const TOKEN = `bench-stats-${'x'.repeat(32)}`;
const CHUNK = storage === 'postgres' ? 1_000_000 : 100_000;
const log = (/** @type {string} */ m) => console.error(`[${new Date().toISOString().slice(11, 19)}] ${m}`);

const { where, drop } = await throwawayStorage('bench_stats');

try {
  const loadBefore = loadavg()[0].toFixed(1);
  const end = Date.now();
  const filled = await fillInChild(where, { total, end, chunk: CHUNK });
  log(`filled: ${JSON.stringify(filled)}`);

  const loadTiming = loadavg()[0].toFixed(1);
  const receiver = await startReceiver({ origins: ['https://site0.example'], ...where, port: 0, token: TOKEN, rateLimit: 0, purgeEveryMs: 0, log: () => {} });
  try {
    const toDay = new Date(end).toISOString().slice(0, 10);
    const fromDay = new Date(end - 89 * 86400000).toISOString().slice(0, 10);
    /** @type {Record<string, number[]>} */ const times = {};
    const queries = [`by=day`, `by=variant`, `by=day&origin=https://site1.example`];
    for (let i = 0; i < requests + 10; i++) {
      const q = queries[i % queries.length];
      const t = performance.now();
      const res = await fetch(`${receiver.url}/stats?from=${fromDay}&to=${toDay}&${q}`, { headers: { authorization: `Bearer ${TOKEN}` } });
      const body = await res.json();
      const ms = performance.now() - t;
      if (res.status !== 200 || !body.rows.length) throw new Error(`/stats ${q}: ${res.status} ${JSON.stringify(body).slice(0, 200)}`);
      if (i >= 10) (times[q] ??= []).push(ms); // the first ten warm the caches
    }
    const pct = (/** @type {number[]} */ xs, /** @type {number} */ p) => { const s = [...xs].sort((a, b) => a - b); return Math.round(s[Math.min(s.length - 1, Math.floor(p * s.length))] * 10) / 10; };
    const all = Object.values(times).flat();
    const out = {
      storage, machine: `${cpus().length} cores, ${Math.round(totalmem() / 2 ** 30)} GiB`, loadAverageBefore: loadBefore, loadAverageTiming: loadTiming, timingNice: getPriority(), receipts: total,
      ...filled, range: `${fromDay}..${toDay}`,
      requests: all.length, p50ms: pct(all, 0.5), p95ms: pct(all, 0.95), maxMs: pct(all, 1),
      byQuery: Object.fromEntries(Object.entries(times).map(([q, xs]) => [q, { p50ms: pct(xs, 0.5), p95ms: pct(xs, 0.95) }])),
    };
    console.log(JSON.stringify(out));
    console.log(`| ${storage} | ${total.toLocaleString('en')} | ${out.aggregateRows.toLocaleString('en')} | ${out.p50ms} ms | ${out.p95ms} ms | ${out.maxMs} ms |`);
    process.exitCode = storage === 'postgres' && out.p95ms >= 100 ? 1 : 0;
  } finally {
    await receiver.close();
  }
} finally {
  await drop();
}
