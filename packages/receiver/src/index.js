// startReceiver(): the whole receiver in-process (what `bandeau-receiver serve` runs, and what a
// demo server can call). Opens the storage, sets its schema up, serves HTTP, purges daily.
import { createServer } from 'node:http';
import { openDb } from './storage/db.js';
import { migrate, purge, verifyAll } from './store.js';
import { createWriter } from './writer.js';
import { createValidator } from './validate.js';
import { createHandler } from './server.js';

export { verifyAll } from './store.js';
export { openDb } from './storage/db.js';

const DAY = 24 * 60 * 60 * 1000;

/**
 * @typedef {object} ReceiverOptions
 * @property {string[]} origins          site origins allowed to post receipts (at least one), e.g. ['https://shop.example']
 * @property {string} [data]             PGlite data folder (default ./consent-receipts); ignored with databaseUrl
 * @property {string} [databaseUrl]      a PostgreSQL server instead of PGlite (the CLI takes it from DATABASE_URL)
 * @property {number} [port]             default 8787; 0 picks a free port
 * @property {string} [host]             default 127.0.0.1
 * @property {string} [token]            bearer token for GET /export and GET /verify; without one they are off
 * @property {number} [rateLimit]        requests per client address per minute (default 120; 0 turns it off)
 * @property {boolean} [trustProxy]      take the client address from X-Forwarded-For
 * @property {number} [retentionMonths]  default 61
 * @property {number} [purgeEveryMs]     default one day; 0 for no scheduled purge
 * @property {(msg: string) => void} [log]  default: console.error
 */

/**
 * @param {ReceiverOptions} opts
 * @returns {Promise<{ url: string, port: number, storage: 'pglite' | 'postgres', close: () => Promise<void>,
 *   purge: () => Promise<number>, verify: () => ReturnType<typeof verifyAll> }>}
 */
export async function startReceiver(opts) {
  const {
    origins, data = './consent-receipts', databaseUrl, port = 8787, host = '127.0.0.1', token,
    rateLimit = 120, trustProxy = false, retentionMonths = 61, purgeEveryMs = DAY, log = (m) => console.error(m),
  } = opts;
  if (!Array.isArray(origins) || origins.length === 0) throw new Error('give at least one allowed origin (origins / --origin)');
  for (const o of origins) {
    if (!/^https?:\/\/[A-Za-z0-9.:[\]-]+$/.test(o)) throw new Error(`not an origin (scheme://host[:port], no path): ${o}`);
  }
  if (!Number.isInteger(retentionMonths) || retentionMonths < 1) throw new Error('retentionMonths must be a whole number of months, at least 1');
  const validate = createValidator();
  const db = await openDb({ databaseUrl, data });
  try {
    await migrate(db);
  } catch (err) {
    await db.close();
    throw err;
  }
  const writer = createWriter(db);
  const handler = createHandler({ db, writer, validate, origins, token, rateLimit, trustProxy, log });
  const server = createServer({ keepAliveTimeout: 5000, requestTimeout: 30000 }, handler);
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => { server.off('error', reject); resolve(undefined); });
  });
  const addr = /** @type {import('node:net').AddressInfo} */ (server.address());
  const shownHost = addr.family === 'IPv6' ? `[${addr.address}]` : addr.address;

  const runPurge = async () => {
    const n = await purge(db, retentionMonths);
    if (n) log(`retention: purged ${n} receipt(s) decided more than ${retentionMonths} months ago`);
    return n;
  };
  /** @type {NodeJS.Timeout | undefined} */ let timer;
  if (purgeEveryMs > 0) {
    const tick = () => { runPurge().catch((err) => log(`retention purge failed: ${err.message}`)); };
    setImmediate(tick);
    timer = setInterval(tick, purgeEveryMs);
    timer.unref();
  }

  let closing = /** @type {Promise<void> | null} */ (null);
  const close = () => {
    closing ??= (async () => {
      clearInterval(timer);
      const closed = new Promise((resolve) => server.close(() => resolve(undefined)));
      server.closeIdleConnections();
      await writer.drain();
      const grace = setTimeout(() => server.closeAllConnections(), 2000);
      await closed;
      clearTimeout(grace);
      await writer.drain();
      await db.close();
    })();
    return closing;
  };

  return {
    url: `http://${shownHost}:${addr.port}`,
    port: addr.port,
    storage: db.kind,
    close,
    purge: runPurge,
    verify: () => verifyAll(db),
  };
}
