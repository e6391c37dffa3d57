// The statistics' roll-up (rollUpStats), timed on its own: N pending rows as posting queues them
// (one site, today, methods, regimes, variants and languages drawn at random), then one roll-up;
// 20 times per N, median. With --compare FILE (another stats.js, e.g. an older one taken with
// `git show <commit>:packages/receiver/src/stats.js > /tmp/stats.old.js`), both roll-ups in
// alternation on the same database, so that the machine's load weighs on both alike.
// Storage: PGlite in a temporary folder, or with DATABASE_URL a new database on that server.
//   node scripts/bench-rollup.js [--compare /tmp/stats.old.js]
import { loadavg } from 'node:os';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { openDb } from '../src/storage/db.js';
import { migrate } from '../src/store.js';
import * as current from '../src/stats.js';
import { throwawayStorage } from './bench-database.js';

const { values } = parseArgs({ options: { compare: { type: 'string' } } });
/** @type {[string, { rollUpStats: (db: any) => Promise<number> }][]} */
const versions = [['current', current]];
if (values.compare) versions.unshift(['compared', await import(pathToFileURL(resolve(values.compare)).href)]);

const { where, drop } = await throwawayStorage('bench_rollup');

const pick = (/** @type {string[]} */ a) => a[Math.floor(Math.random() * a.length)];
const day = new Date().toISOString().slice(0, 10);
try {
  const db = await openDb(where);
  try {
    await migrate(db);
    /** @param {number} n */
    const queue = async (n) => {
      const rows = Array.from({ length: n }, () => {
        const method = pick(['accept-all', 'reject-all', 'custom', 'gpc']);
        const granted = ['category:necessary'];
        if (method === 'accept-all' || method === 'custom') granted.push('category:analytics');
        if (method === 'accept-all') granted.push('category:ads', 'service:youtube');
        return { origin: 'https://shop.example', day, method, regime: pick(['opt-in', 'uk', 'opt-out', 'notice']), variant: pick(['', 'a', 'b']),
          language: pick(['fr', 'en', 'de', 'es', 'it']), granted: granted.join(',') };
      });
      await db.query(
        `INSERT INTO stats_pending SELECT * FROM jsonb_to_recordset($1::jsonb)
         AS x(origin text, day date, method text, regime text, variant text, language text, granted text)`, [JSON.stringify(rows)]);
    };
    const median = (/** @type {number[]} */ xs) => Math.round([...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] * 100) / 100;
    const out = { storage: db.kind, loadAverageBefore: loadavg()[0].toFixed(1), medianMs: /** @type {Record<string, Record<string, number>>} */ ({}) };
    for (const n of [0, 100, 1000, 10000]) {
      /** @type {Record<string, number[]>} */ const times = {};
      for (let i = 0; i < 20; i++) {
        for (const [name, v] of versions) {
          await queue(n);
          const t = performance.now();
          const counted = await v.rollUpStats(db);
          (times[name] ??= []).push(performance.now() - t);
          if (counted !== n) throw new Error(`${name}: the roll-up counted ${counted} of ${n}`);
        }
      }
      out.medianMs[`pending ${n}`] = Object.fromEntries(Object.entries(times).map(([k, xs]) => [k, median(xs)]));
      console.error(`pending ${n}: ${JSON.stringify(out.medianMs[`pending ${n}`])}`);
    }
    console.log(JSON.stringify(out));
  } finally {
    await db.close();
  }
} finally {
  await drop();
}
