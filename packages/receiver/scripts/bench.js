// Load benchmark: a receiver in its own process, autocannon posting unique receipts to it on
// 127.0.0.1 for a fixed time, then the same again while one more client sends 10 bad receipts a
// second (what one bad sender costs everyone else), then a check that every acknowledged receipt
// is stored, once. Storage: PGlite in a temporary folder, or with DATABASE_URL a new database.
//   node scripts/bench.js [--duration 15] [--connections 16] [--bad-per-second 10]
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import pg from 'pg';
import { throwawayDatabase } from './bench-database.js';

const { values } = parseArgs({ options: { duration: { type: 'string' }, connections: { type: 'string' }, 'bad-per-second': { type: 'string' } } });
const storage = process.env.DATABASE_URL ? 'postgres' : 'pglite';
const duration = Number(values.duration ?? 15);
const connections = Number(values.connections ?? 16);
const badPerSecond = Number(values['bad-per-second'] ?? 10);
const ORIGIN = 'https://shop.example';
const TOKEN = `bench-token-${process.pid}-${'x'.repeat(32)}`;
const CLI = new URL('../src/cli.js', import.meta.url).pathname;

/** @type {() => Promise<void>} */ let dropStorage = async () => {};
/** @type {Record<string, string>} */ const env = {};
/** @type {string[]} */ const args = [];
if (storage === 'postgres') {
  const database = await throwawayDatabase('bench');
  env.DATABASE_URL = database.url;
  dropStorage = database.drop;
} else {
  const dir = mkdtempSync(join(tmpdir(), 'bandeau-receiver-bench-'));
  args.push('--data', join(dir, 'data'));
  env.DATABASE_URL = '';
  dropStorage = async () => rmSync(dir, { recursive: true, force: true });
}

const child = spawn(process.execPath, [CLI, 'serve', '--port', '0', '--origin', ORIGIN, '--token', TOKEN, '--rate-limit', '0', ...args], {
  env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'inherit'],
});
const url = await new Promise((resolve, reject) => {
  createInterface({ input: child.stdout }).on('line', (l) => { const m = /listening on (\S+)/.exec(l); if (m) resolve(m[1]); });
  child.once('exit', (code) => reject(new Error(`receiver exited (${code})`)));
});

let n = 0;
/** @type {Set<string>} */ const acked = new Set();
const run = (/** @type {number} */ seconds) => autocannon({
  url, connections, duration: seconds, timeout: 10,
  requests: [{
    method: 'POST', path: '/receipts', headers: { 'content-type': 'text/plain;charset=UTF-8' },
    setupRequest: (req) => {
      n++;
      req.body = JSON.stringify({
        consentId: `bench-${process.pid}-${n}`, decidedAt: new Date(Date.UTC(2026, 0, 1) + n).toISOString(), revision: 2,
        categories: { necessary: true, analytics: n % 2 === 0, marketing: n % 3 === 0 }, method: 'custom', language: 'fr', origin: ORIGIN, path: '/checkout',
      });
      return req;
    },
    onResponse: (status, body) => {
      if (status === 201 || status === 200) acked.add(JSON.parse(body).consentId);
    },
  }],
});

/**
 * Bad receipts, each refused before the database (the kinds that once reached it or were stored
 * changed): a date PostgreSQL cannot hold, a number JSON cannot, a date in the future.
 * @param {number} i
 */
function badReceipt(i) {
  const good = { consentId: `bad-${process.pid}-${i}`, decidedAt: '2026-01-01T00:00:00Z', revision: 2, categories: { necessary: true }, method: 'custom', language: 'fr', origin: ORIGIN, path: '/' };
  const kinds = [
    JSON.stringify({ ...good, decidedAt: '0000-01-01T00:00:00Z' }),
    JSON.stringify({ ...good, revision: 0 }).replace('"revision":0', '"revision":1e400'),
    JSON.stringify({ ...good, decidedAt: '2099-01-01T00:00:00Z' }),
  ];
  return kinds[i % kinds.length];
}

/** Sends `perSecond` bad receipts a second until stopped; counts their answers. @param {number} perSecond */
function badSender(perSecond) {
  /** @type {Record<string, number>} */ const statuses = {};
  let i = 0;
  const timer = setInterval(() => {
    const body = badReceipt(i++);
    fetch(`${url}/receipts`, { method: 'POST', headers: { 'content-type': 'text/plain;charset=UTF-8' }, body })
      .then((res) => { statuses[res.status] = (statuses[res.status] ?? 0) + 1; return res.arrayBuffer(); })
      .catch(() => { statuses.error = (statuses.error ?? 0) + 1; });
  }, 1000 / perSecond);
  return { stop: () => { clearInterval(timer); return statuses; } };
}

/** The database server processes serving the receiver (PostgreSQL on this machine), or none. */
async function backendPids() {
  if (storage !== 'postgres') return [];
  const c = new pg.Client({ connectionString: env.DATABASE_URL });
  await c.connect();
  const rows = (await c.query('SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()')).rows;
  await c.end();
  return rows.map((x) => Number(x.pid));
}

/** User + system CPU time of these processes, in ms (Linux /proc; 0 for one that is gone). @param {number[]} pids */
function cpuMs(pids) {
  const tick = 1000 / 100; // USER_HZ is 100 on Linux
  return pids.reduce((sum, pid) => {
    try {
      const f = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
      return sum + (Number(f[11]) + Number(f[12])) * tick;
    } catch { return sum; }
  }, 0);
}

try {
  const loadBefore = loadavg()[0].toFixed(1); // other work on the machine skews the figures: say how much
  await run(3); // warm-up: the WebAssembly and JIT settle; its receipts are checked too
  // CPU time spent per receipt by the receiver and its database connections: unlike receipts/s,
  // it barely moves when other work shares the machine, so two versions can be compared.
  const pids = [/** @type {number} */ (child.pid), ...(await backendPids())];
  const cpuBefore = cpuMs(pids);
  const r = await run(duration);
  const cpuPerReceipt = (cpuMs(pids) - cpuBefore) / Math.max(1, r['2xx']);
  const bad = badSender(badPerSecond);
  const rb = await run(duration);
  const badStatuses = bad.stop();
  const res = await fetch(`${url}/export?format=ndjson`, { headers: { authorization: `Bearer ${TOKEN}` } });
  const stored = (await res.text()).split('\n').filter(Boolean).map((l) => JSON.parse(l).receipt.consentId);
  const unique = new Set(stored);
  const lost = [...acked].filter((id) => !unique.has(id)).length;
  const verify = await (await fetch(`${url}/verify`, { headers: { authorization: `Bearer ${TOKEN}` } })).json();
  const out = {
    storage, machine: `${cpus().length} cores, ${Math.round(totalmem() / 2 ** 30)} GiB`, loadAverageBefore: loadBefore, connections, seconds: duration,
    receiptsPerSecond: Math.round(r['2xx'] / duration), p50ms: r.latency.p50, p99ms: r.latency.p99, maxMs: r.latency.max,
    non2xx: r.non2xx, errors: r.errors, timeouts: r.timeouts, acknowledged: acked.size, stored: stored.length,
    lost, duplicates: stored.length - unique.size, chainOk: verify.ok,
    cpuMsPerReceipt: Math.round(cpuPerReceipt * 1000) / 1000,
    withBadReceipts: {
      badPerSecond, badAnswers: badStatuses, receiptsPerSecond: Math.round(rb['2xx'] / duration), p50ms: rb.latency.p50, p99ms: rb.latency.p99,
      throughputChangePercent: Math.round((rb['2xx'] / r['2xx'] - 1) * 1000) / 10,
    },
  };
  console.log(JSON.stringify(out));
  console.log(`| ${storage} | ${out.machine} | ${connections} | ${out.receiptsPerSecond} | ${out.p50ms} ms | ${out.p99ms} ms | ${lost} | ${out.duplicates} | ${out.cpuMsPerReceipt} ms CPU/receipt |`);
  const w = out.withBadReceipts;
  console.log(`| ${storage}, ${badPerSecond} bad/s | ${out.machine} | ${connections} | ${w.receiptsPerSecond} (${w.throughputChangePercent} %) | ${w.p50ms} ms | ${w.p99ms} ms | answers ${JSON.stringify(badStatuses)} |`);
  const badNot400 = Object.entries(badStatuses).some(([k]) => k !== '400');
  process.exitCode = lost || out.duplicates || !verify.ok || badNot400 ? 1 : 0;
} finally {
  child.kill('SIGTERM');
  await once(child, 'exit');
  await dropStorage();
}
