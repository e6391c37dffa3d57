// startReceiver(): the whole receiver in-process (what `bandeau-receiver serve` runs, and what a
// demo server can call). Opens the storage, sets its schema up, serves HTTP, purges daily.
import { createServer } from 'node:http';
import { openDb } from './storage/db.js';
import { migrate, verifyAll } from './store.js';
import { purge } from './purge.js';
import { rollUpStats } from './stats.js';
import { makeCheckpoint, readPrivateKey, storeCheckpoint } from './checkpoint.js';
import { createWriter } from './writer.js';
import { createValidator } from './validate.js';
import { createHandler } from './server.js';

export { verifyAll } from './store.js';
export { generateCheckpointKey, parseCheckpoint } from './checkpoint.js';
export { openDb } from './storage/db.js';

const DAY = 24 * 60 * 60 * 1000;
const HOUR = 60 * 60 * 1000;
/** Shorter bearer tokens are refused: they can be guessed. */
export const MIN_TOKEN_LENGTH = 32;
export const MAKE_TOKEN = 'node -e "console.log(require(\'node:crypto\').randomBytes(32).toString(\'base64url\'))"';

/**
 * @typedef {object} ReceiverOptions  (defaults: DEFAULTS below)
 * @property {string[]} origins          site origins allowed to post receipts (at least one), e.g. ['https://shop.example']
 * @property {string} [data]             PGlite data folder (default: DEFAULTS); ignored with databaseUrl
 * @property {string} [databaseUrl]      a PostgreSQL server instead of PGlite (the CLI takes it from DATABASE_URL)
 * @property {number} [port]             0 picks a free port
 * @property {string} [host]             the address to listen on
 * @property {string} [token]            bearer token for GET /export and GET /verify (32 characters or more); without one they are off
 * @property {number} [rateLimit]        requests per client address per minute (0 turns it off)
 * @property {boolean} [trustProxy]      take the client address from X-Forwarded-For
 * @property {number} [retentionMonths]  how long receipts are kept
 * @property {number} [purgeEveryMs]     default one day; 0 for no scheduled purge
 * @property {number} [timeoutMs]        a request waiting on the database gets 503 after this long
 * @property {string} [checkpointKey]    Ed25519 private key (PEM): a signed checkpoint is made at start and then every checkpointEveryMs
 * @property {number} [checkpointEveryMs] default one hour
 * @property {(msg: string) => void} [log]  default: console.error
 */

/** The defaults, written once: startReceiver() and the command line (its values and its help) read them. */
export const DEFAULTS = Object.freeze({
  data: './consent-receipts', port: 8787, host: '127.0.0.1', rateLimit: 120, retentionMonths: 61, timeoutSeconds: 15,
});

/**
 * @param {ReceiverOptions} opts
 * @returns {Promise<{ url: string, port: number, storage: 'pglite' | 'postgres', close: () => Promise<void>,
 *   purge: () => Promise<number>, verify: () => ReturnType<typeof verifyAll>,
 *   checkpoint: () => Promise<import('./checkpoint.js').Checkpoint> }>}
 */
export async function startReceiver(opts) {
  const {
    origins, data = DEFAULTS.data, databaseUrl, port = DEFAULTS.port, host = DEFAULTS.host, token,
    rateLimit = DEFAULTS.rateLimit, trustProxy = false, retentionMonths = DEFAULTS.retentionMonths, purgeEveryMs = DAY,
    log = (m) => console.error(m), timeoutMs = DEFAULTS.timeoutSeconds * 1000, checkpointKey, checkpointEveryMs = HOUR,
  } = opts;
  if (token !== undefined && token.length < MIN_TOKEN_LENGTH) {
    throw new Error(`the token is ${token.length} characters long; it needs ${MIN_TOKEN_LENGTH} or more. Make one with: ${MAKE_TOKEN}`);
  }
  if (!Number.isInteger(timeoutMs) || timeoutMs < 100) throw new Error('timeoutMs must be a whole number of milliseconds, at least 100');
  const signingKey = checkpointKey ? readPrivateKey(checkpointKey) : undefined;
  if (!Array.isArray(origins) || origins.length === 0) throw new Error('give at least one allowed origin (origins / --origin)');
  for (const o of origins) {
    if (!/^https?:\/\/[A-Za-z0-9.:[\]-]+$/.test(o)) throw new Error(`not an origin (scheme://host[:port], no path): ${o}`);
  }
  if (!Number.isInteger(retentionMonths) || retentionMonths < 1) throw new Error('retentionMonths must be a whole number of months, at least 1');
  const validate = createValidator();
  const db = await openDb({ databaseUrl, data, timeoutMs });
  try {
    await migrate(db);
  } catch (err) {
    await db.close();
    throw err;
  }
  const writer = createWriter(db);
  const handler = createHandler({ db, writer, validate, origins, token, rateLimit, trustProxy, log, timeoutMs });
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

  const runCheckpoint = async () => {
    if (!signingKey) throw new Error('no checkpoint key (checkpointKey / --key)');
    const cp = await makeCheckpoint(db, signingKey);
    await storeCheckpoint(db, cp);
    return cp;
  };
  /** @type {NodeJS.Timeout | undefined} */ let cpTimer;
  if (signingKey) {
    const tick = () => { runCheckpoint().catch((err) => log(`checkpoint failed: ${err.message}`)); };
    setImmediate(tick);
    if (checkpointEveryMs > 0) { cpTimer = setInterval(tick, checkpointEveryMs); cpTimer.unref(); }
  }

  // The statistics' incremental roll-up, off the posting path (one at a time). PGlite has no
  // autovacuum: without a VACUUM now and then, the queue's table would keep the pages of every
  // row ever deleted from it, and each roll-up would scan them all (84 MB after 1 million
  // receipts, measured). Once a minute it is a few pages.
  /** @type {Promise<unknown> | null} */ let rolling = null;
  let rollFailed = false;
  let rolls = 0;
  const rollUpAndVacuum = async () => {
    await rollUpStats(db);
    if (db.kind === 'pglite' && ++rolls % 60 === 0) await db.exec('VACUUM stats_pending');
  };
  const rollUp = () => {
    rolling ??= rollUpAndVacuum()
      .then(() => { rollFailed = false; }, (err) => { if (!rollFailed) log(`statistics roll-up failed: ${err.message}`); rollFailed = true; })
      .finally(() => { rolling = null; });
    return rolling;
  };
  const rollTimer = setInterval(rollUp, 1000);
  rollTimer.unref();

  let closing = /** @type {Promise<void> | null} */ (null);
  const close = () => {
    closing ??= (async () => {
      clearInterval(timer);
      clearInterval(cpTimer);
      const closed = new Promise((resolve) => server.close(() => resolve(undefined)));
      server.closeIdleConnections();
      await writer.drain();
      const grace = setTimeout(() => server.closeAllConnections(), 2000);
      await closed;
      clearTimeout(grace);
      await writer.drain();
      clearInterval(rollTimer);
      await rolling;
      await rollUp();
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
    checkpoint: runCheckpoint,
  };
}
