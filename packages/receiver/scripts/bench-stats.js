// Statistics at scale: fills a fresh database with N generated receipts spread over a year (3
// sites, 2 variants, 4 regimes, 5 languages, 4 methods: every combination every day, the worst
// case for the aggregates), queues each chunk's statistics as a commit does and rolls them up
// (rollUpStats), then times GET /stats over 90 days through a receiver.
// Storage: PGlite in a temporary folder, or with DATABASE_URL a new database on that server.
//   node scripts/bench-stats.js [--receipts 10000000] [--requests 200]
// The generated receipts are not chained (their hash fields are empty): the chain plays no part
// in /stats, and building 10 million links through HTTP would take hours on this machine.
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { openDb } from '../src/storage/db.js';
import { migrate } from '../src/store.js';
import { rollUpStats } from '../src/stats.js';
import { throwawayDatabase } from './bench-database.js';
import { startReceiver } from '../src/index.js';

const { values } = parseArgs({ options: { receipts: { type: 'string' }, requests: { type: 'string' } } });
const storage = process.env.DATABASE_URL ? 'postgres' : 'pglite';
const total = Number(values.receipts ?? (storage === 'postgres' ? 10_000_000 : 1_000_000));
const requests = Number(values.requests ?? 200);
const TOKEN = `bench-stats-${'x'.repeat(32)}`;
const CHUNK = storage === 'postgres' ? 250_000 : 50_000;
const YEAR_MS = 365 * 24 * 3600 * 1000;
const log = (/** @type {string} */ m) => console.error(`[${new Date().toISOString().slice(11, 19)}] ${m}`);

/** @type {{ data?: string, databaseUrl?: string }} */ let where = {};
/** @type {() => Promise<void>} */ let drop = async () => {};
if (storage === 'postgres') {
  const database = await throwawayDatabase('bench_stats');
  where = { databaseUrl: database.url };
  drop = database.drop;
} else {
  const dir = mkdtempSync(join(tmpdir(), 'bandeau-receiver-bench-stats-'));
  where = { data: join(dir, 'data') };
  drop = async () => rmSync(dir, { recursive: true, force: true });
}

try {
  const loadBefore = loadavg()[0].toFixed(1);
  // Generous time-outs: filling is one long statement per chunk.
  const db = await openDb({ ...where, timeoutMs: 3_600_000 });
  await migrate(db);
  const t0 = Date.now();
  const end = Date.now();
  let aggregating = 0;
  for (let from = 1; from <= total; from += CHUNK) {
    const to = Math.min(total, from + CHUNK - 1);
    // The receipts, and what their commit queues for the statistics (as src/stats.js pendingStats).
    await db.query(
      `WITH ins AS (
       INSERT INTO receipts (origin, seq, consent_id, decided_at, decided_ts, received_at, body, content_hash, prev_hash, prev_consent_id, prev_decided_at, hash)
       SELECT origin, g, cid, to_char(ts AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'), ts, ts,
              json_build_object('consentId', cid, 'decidedAt', to_char(ts AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'), 'revision', 1,
                'categories', json_build_object('necessary', true, 'analytics', method IN ('accept-all', 'custom'), 'ads', method = 'accept-all'),
                'method', method, 'language', (ARRAY['fr','en','de','es','it'])[1 + g % 5], 'origin', origin, 'path', '/',
                'regime', (ARRAY['opt-in','uk','opt-out','notice'])[1 + (g / 7) % 4], 'variant', (ARRAY['a','b'])[1 + (g / 3) % 2])::text,
              '', '', '', '', ''
       FROM (SELECT g, 'gen-' || g AS cid, 'https://site' || (g % 3) || '.example' AS origin,
                    to_timestamp(($3::float8 - (g * 2654435761 % $4::bigint)) / 1000) AS ts,
                    (ARRAY['accept-all','reject-all','custom','gpc'])[1 + (g / 11) % 4] AS method
             FROM generate_series($1::bigint, $2::bigint) AS g) x
       RETURNING origin, decided_ts, body::jsonb AS b)
       INSERT INTO stats_pending (origin, day, method, regime, variant, language, granted)
       SELECT origin, (decided_ts AT TIME ZONE 'UTC')::date, b->>'method', b->>'regime', b->>'variant', b->>'language',
              concat_ws(',', 'category:necessary', CASE WHEN b->>'method' IN ('accept-all', 'custom') THEN 'category:analytics' END,
                        CASE WHEN b->>'method' = 'accept-all' THEN 'category:ads' END)
       FROM ins`,
      [from, to, end, YEAR_MS],
    );
    const t = Date.now();
    await rollUpStats(db);
    aggregating += Date.now() - t;
    log(`${to.toLocaleString('en')} receipts`);
  }
  const built = aggregating;
  const filled = Date.now() - t0 - built;
  const [{ n: aggRows }] = await db.query('SELECT (SELECT count(*) FROM stats_by) + (SELECT count(*) FROM stats_granted_by) AS n');
  log(`aggregates built in ${Math.round(built / 1000)} s (${aggRows} rows read by /stats)`);
  if (storage === 'postgres') await db.exec('VACUUM ANALYZE');
  await db.close();

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
      storage, machine: `${cpus().length} cores, ${Math.round(totalmem() / 2 ** 30)} GiB`, loadAverageBefore: loadBefore, receipts: total,
      fillSeconds: Math.round(filled / 1000), aggregateSeconds: Math.round(built / 1000), aggregateRows: Number(aggRows), range: `${fromDay}..${toDay}`,
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
