// Fills a fresh receiver database with N generated receipts, fast, for bench-stats.js: the
// receipts are made inside the database (INSERT … SELECT FROM generate_series, in chunks), their
// statistics queued as a commit queues them (stats_pending) and added by the receiver's own
// roll-up (rollUpStats) after each chunk. Spread over the year before `end`, on 3 sites ×
// 2 variants × 4 regimes × 5 languages × 4 methods, so that every combination occurs every day.
//
// What makes it fast, none of which the timed queries see:
// - the receipts' unique keys and indexes are dropped during the fill and built again after it
//   (one sort each instead of 10 million insertions), with the same definitions;
// - on a throwaway cluster (run through scripts/with-postgres.sh, which sets RECEIVER_TEST_PG_CTL),
//   fsync, full-page writes and autovacuum are off and checkpoints far apart DURING THE FILL ONLY; they are
//   set back (ALTER SYSTEM RESET, reload, CHECKPOINT) before the receiver starts. On any other
//   server the settings are left alone.
// The fill runs at the lowest CPU priority (nice 19: the machine is shared), its PostgreSQL backend
// too (on a throwaway cluster, without parallel workers), in a child process (fillInChild), so
// that the timing afterwards runs at the priority the benchmark was started with.
// The generated receipts are not chained (their hash fields are empty): /stats never reads the
// chain, and building 10 million links through HTTP would take hours.
import { fork } from 'node:child_process';
import { setPriority } from 'node:os';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { openDb } from '../src/storage/db.js';
import { migrate } from '../src/store.js';
import { rollUpStats } from '../src/stats.js';

const YEAR_MS = 365 * 24 * 3600 * 1000;
/** Server settings for the fill on a throwaway cluster only (all take effect on reload). */
const FILL_SERVER_SETTINGS = { autovacuum: 'off', fsync: 'off', full_page_writes: 'off', max_wal_size: "'32GB'", checkpoint_timeout: "'1h'" };

/** One chunk: receipts g = $1..$2, and the statistics their commit would queue (as pendingStats). */
const CHUNK_SQL = `
  WITH x AS MATERIALIZED (
    SELECT g, 'gen-' || g AS cid, 'https://site' || (g % 3) || '.example' AS origin, ts,
           to_char(ts AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS at,
           (ARRAY['accept-all','reject-all','custom','gpc'])[1 + (g / 11) % 4] AS method,
           (ARRAY['fr','en','de','es','it'])[1 + g % 5] AS language,
           (ARRAY['opt-in','uk','opt-out','notice'])[1 + (g / 7) % 4] AS regime,
           (ARRAY['a','b'])[1 + (g / 3) % 2] AS variant
    FROM (SELECT g, to_timestamp(($3::float8 - (g * 2654435761 % $4::bigint)) / 1000) AS ts
          FROM generate_series($1::bigint, $2::bigint) AS g) s),
  r AS (
    INSERT INTO receipts (origin, seq, consent_id, decided_at, decided_ts, received_at, body, content_hash, prev_hash, prev_consent_id, prev_decided_at, hash)
    SELECT origin, g, cid, at, ts, ts,
           json_build_object('consentId', cid, 'decidedAt', at, 'revision', 1,
             'categories', json_build_object('necessary', true, 'analytics', method IN ('accept-all', 'custom'), 'ads', method = 'accept-all'),
             'method', method, 'language', language, 'origin', origin, 'path', '/', 'regime', regime, 'variant', variant)::text,
           '', '', '', '', ''
    FROM x)
  INSERT INTO stats_pending (origin, day, method, regime, variant, language, granted)
  SELECT origin, (ts AT TIME ZONE 'UTC')::date, method, regime, variant, language,
         concat_ws(',', 'category:necessary', CASE WHEN method IN ('accept-all', 'custom') THEN 'category:analytics' END,
                   CASE WHEN method = 'accept-all' THEN 'category:ads' END)
  FROM x`;

/**
 * @param {{ data?: string, databaseUrl?: string }} where
 * @param {{ total: number, end: number, chunk: number, log: (m: string) => void }} o
 * @returns {Promise<{ fillSeconds: number, rollUpSeconds: number, indexSeconds: number, vacuumSeconds: number,
 *   aggregateRows: number, unsafeFill: boolean }>}
 */
export async function fillReceipts(where, { total, end, chunk, log }) {
  const db = await openDb({ ...where, timeoutMs: 3_600_000 });
  await migrate(db);
  // PostgreSQL: one connection of our own, so that session settings hold for every statement.
  /** @type {{ query: (sql: string, params?: unknown[]) => Promise<any[]> }} */ let conn = db;
  /** @type {() => Promise<void>} */ let close = () => db.close();
  if (where.databaseUrl) {
    await db.close();
    const client = new pg.Client({ connectionString: where.databaseUrl });
    await client.connect();
    conn = { query: async (sql, params) => (await client.query(sql, params)).rows };
    close = () => client.end();
  }
  const unsafeFill = Boolean(where.databaseUrl && process.env.RECEIVER_TEST_PG_CTL);
  const seconds = (/** @type {number} */ t) => Math.round((Date.now() - t) / 1000);
  try {
    if (unsafeFill) await serverSettings(conn, FILL_SERVER_SETTINGS);
    if (where.databaseUrl) {
      for (const s of ['synchronous_commit = off', "maintenance_work_mem = '1GB'", "work_mem = '256MB'", 'max_parallel_maintenance_workers = 0', 'max_parallel_workers_per_gather = 0']) {
        await conn.query(`SET ${s}`);
      }
    }
    if (unsafeFill) {
      const [{ pid }] = await conn.query('SELECT pg_backend_pid() AS pid');
      setPriority(pid, 19);
    }
    const keys = await conn.query(
      `SELECT conname AS name, pg_get_constraintdef(oid) AS def FROM pg_constraint
       WHERE conrelid = 'receipts'::regclass AND contype = 'u' ORDER BY 1`);
    const indexes = await conn.query(
      `SELECT indexname AS name, indexdef AS def FROM pg_indexes WHERE schemaname = current_schema() AND tablename = 'receipts'
       AND indexname NOT IN (SELECT conname FROM pg_constraint WHERE conrelid = 'receipts'::regclass) ORDER BY 1`);
    for (const k of keys) await conn.query(`ALTER TABLE receipts DROP CONSTRAINT ${k.name}`);
    for (const i of indexes) await conn.query(`DROP INDEX ${i.name}`);

    let t = Date.now();
    let rollUp = 0;
    for (let from = 1; from <= total; from += chunk) {
      const to = Math.min(total, from + chunk - 1);
      await conn.query(CHUNK_SQL, [from, to, end, YEAR_MS]);
      const r = Date.now();
      const counted = await rollUpStats(conn);
      rollUp += Date.now() - r;
      if (counted !== to - from + 1) throw new Error(`the roll-up counted ${counted} receipts of ${to - from + 1}`);
      log(`${to.toLocaleString('en')} receipts`);
    }
    const fillSeconds = Math.round((Date.now() - t - rollUp) / 1000);

    t = Date.now();
    for (const k of keys) await conn.query(`ALTER TABLE receipts ADD CONSTRAINT ${k.name} ${k.def}`);
    for (const i of indexes) await conn.query(i.def);
    const indexSeconds = seconds(t);
    log(`receipts' keys and indexes built again in ${indexSeconds} s`);

    const [{ n, decisions }] = await conn.query(
      `SELECT (SELECT count(*) FROM receipts)::bigint AS n, (SELECT sum(decisions) FROM stats_by WHERE dim = 'day')::bigint AS decisions`);
    if (Number(n) !== total || Number(decisions) !== total) throw new Error(`${n} receipts stored, ${decisions} counted; expected ${total}`);

    // As autovacuum would have by then (and so that it does not start during the timing).
    t = Date.now();
    // On PGlite, as the receiver's own VACUUM of the queue (src/index.js) would have.
    await conn.query(where.databaseUrl ? 'VACUUM ANALYZE' : 'VACUUM stats_pending');
    const vacuumSeconds = seconds(t);
    const [{ aggregates }] = await conn.query('SELECT (SELECT count(*) FROM stats_by) + (SELECT count(*) FROM stats_granted_by) AS aggregates');
    return { fillSeconds, rollUpSeconds: Math.round(rollUp / 1000), indexSeconds, vacuumSeconds, aggregateRows: Number(aggregates), unsafeFill };
  } finally {
    try {
      if (unsafeFill) await serverSettings(conn, Object.fromEntries(Object.keys(FILL_SERVER_SETTINGS).map((k) => [k, null])));
    } finally {
      await close();
    }
  }
}

/**
 * Sets (or with null resets) server settings, reloads, waits until this session sees them, and
 * after a reset writes everything out (CHECKPOINT) so that the timing starts from a clean state.
 * @param {{ query: (sql: string) => Promise<any[]> }} conn @param {Record<string, string | null>} settings
 */
async function serverSettings(conn, settings) {
  for (const [k, v] of Object.entries(settings)) await conn.query(v === null ? `ALTER SYSTEM RESET ${k}` : `ALTER SYSTEM SET ${k} = ${v}`);
  await conn.query('SELECT pg_reload_conf()');
  const fsync = settings.fsync === null ? 'on' : settings.fsync;
  for (let i = 0; i < 100; i++) {
    const [{ v }] = await conn.query(`SELECT current_setting('fsync') AS v`);
    if (v === fsync) break;
    if (i === 99) throw new Error(`fsync is still ${v} after the reload`);
    await new Promise((r) => setTimeout(r, 50));
  }
  if (settings.fsync === null) await conn.query('CHECKPOINT');
}

/**
 * fillReceipts in a child process at nice 19 (its own priority can only go down).
 * @param {Parameters<typeof fillReceipts>[0]} where @param {Omit<Parameters<typeof fillReceipts>[1], 'log'>} o
 * @returns {ReturnType<typeof fillReceipts>}
 */
export function fillInChild(where, o) {
  return new Promise((resolve, reject) => {
    const child = fork(fileURLToPath(import.meta.url), [JSON.stringify({ where, ...o })], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    /** @type {any} */ let result;
    child.on('message', (m) => { result = m; });
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 && result ? resolve(result) : reject(new Error(`the fill failed (exit ${code})`))));
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url) && process.send) {
  setPriority(19);
  const { where, ...o } = JSON.parse(process.argv[2]);
  const log = (/** @type {string} */ m) => console.error(`[${new Date().toISOString().slice(11, 19)}] ${m}`);
  process.send(await fillReceipts(where, { ...o, log }));
  process.disconnect?.();
}
