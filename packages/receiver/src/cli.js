#!/usr/bin/env node
// bandeau-receiver serve | verify | checkpoint | keygen — the command line around startReceiver(),
// verifyAll() and the signed checkpoints.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { DEFAULTS, startReceiver } from './index.js';
import { openDb } from './storage/db.js';
import { hasReceiverTables, verifyAll } from './store.js';
import { generateCheckpointKey, makeCheckpoint, parseCheckpoint, readPrivateKey, storeCheckpoint } from './checkpoint.js';

const USAGE = `Usage:
  bandeau-receiver serve --origin https://site.example [--origin …] [options]
  bandeau-receiver verify [--data DIR] [--checkpoint FILE …]     (or with DATABASE_URL set)
  bandeau-receiver checkpoint --key FILE [--data DIR]             prints (and stores) a signed checkpoint
  bandeau-receiver keygen [--out FILE]                            makes an Ed25519 key for checkpoints

serve options:
  --data DIR              PGlite data folder (default ${DEFAULTS.data}); DATABASE_URL selects PostgreSQL instead
  --port N                default ${DEFAULTS.port} (0: any free port)      --host ADDR   default ${DEFAULTS.host}
  --origin URL            a site allowed to post receipts (repeatable, at least one)
  --token T               bearer token for GET /export and GET /verify (or RECEIVER_TOKEN), 32 characters or more;
                          without one they are off. Make one: node -e "console.log(require('node:crypto').randomBytes(32).toString('base64url'))"
  --rate-limit N          requests per client address per minute (default ${DEFAULTS.rateLimit}, 0: off)
  --trust-proxy           take the client address from X-Forwarded-For (only behind your own proxy)
  --retention-months N    keep receipts this long (default ${DEFAULTS.retentionMonths})
  --db-timeout S          seconds a request waits on the database before 503 (default ${DEFAULTS.timeoutSeconds})
  --key FILE              Ed25519 key (from keygen): sign a checkpoint at start and hourly, served by GET /checkpoint
verify: recomputes every chain and checks that each one still extends every --checkpoint given;
        prints the first break and exits 1 if there is one, 2 when the folder or database holds no receiver data.`;

const [cmd, ...rest] = process.argv.slice(2);

/** @param {string} msg @returns {never} */
function fail(msg) {
  console.error(`bandeau-receiver: ${msg}`);
  process.exit(2);
}

/** @param {string | undefined} v @param {string} name @param {number} dflt */
function int(v, name, dflt) {
  if (v === undefined) return dflt;
  if (!/^\d+$/.test(v)) fail(`--${name} must be a whole number`);
  return Number(v);
}

async function serve() {
  let values;
  try {
    ({ values } = parseArgs({
      args: rest,
      options: {
        data: { type: 'string' }, port: { type: 'string' }, host: { type: 'string' },
        origin: { type: 'string', multiple: true }, token: { type: 'string' },
        'rate-limit': { type: 'string' }, 'trust-proxy': { type: 'boolean' }, 'retention-months': { type: 'string' },
        'db-timeout': { type: 'string' }, key: { type: 'string' },
      },
    }));
  } catch (err) { return fail(`${/** @type {Error} */ (err).message}\n${USAGE}`); }
  const receiver = await startReceiver({
    timeoutMs: int(values['db-timeout'], 'db-timeout', DEFAULTS.timeoutSeconds) * 1000,
    checkpointKey: values.key === undefined ? undefined : readKeyFile(values.key),
    origins: values.origin ?? [],
    data: values.data,
    databaseUrl: process.env.DATABASE_URL || undefined,
    port: int(values.port ?? process.env.PORT, 'port', DEFAULTS.port),
    host: values.host,
    token: values.token ?? (process.env.RECEIVER_TOKEN || undefined),
    rateLimit: int(values['rate-limit'], 'rate-limit', DEFAULTS.rateLimit),
    trustProxy: values['trust-proxy'] ?? false,
    retentionMonths: int(values['retention-months'], 'retention-months', DEFAULTS.retentionMonths),
  }).catch((err) => fail(err.message));
  console.log(`bandeau-receiver listening on ${receiver.url} (storage: ${receiver.storage})`);
  let stopping = false;
  const stop = () => {
    if (stopping) return;
    stopping = true;
    receiver.close().then(() => process.exit(0), (err) => { console.error(err); process.exit(1); });
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

/** @param {string} file */
function readKeyFile(file) {
  try { return readFileSync(file, 'utf8'); } catch (err) { return fail(`cannot read the key ${file}: ${/** @type {Error} */ (err).message}`); }
}

/**
 * Opens the storage only when it holds the receiver's data: a wrong folder or database is an
 * error, and nothing is created in it.
 * @param {string | undefined} data
 */
async function openExisting(data) {
  const databaseUrl = process.env.DATABASE_URL || undefined;
  const dir = resolve(data ?? DEFAULTS.data);
  if (!databaseUrl && !existsSync(join(dir, 'PG_VERSION'))) fail(`${dir} holds no receiver data (no PGlite database there)`);
  const db = await openDb({ databaseUrl, data: dir }).catch((err) => fail(err.message));
  if (!(await hasReceiverTables(db))) {
    await db.close();
    fail(`${databaseUrl ? 'the database' : dir} holds no receiver data (no receipts table)`);
  }
  return db;
}

async function verify() {
  let values;
  try {
    ({ values } = parseArgs({ args: rest, options: { data: { type: 'string' }, checkpoint: { type: 'string', multiple: true } } }));
  } catch (err) { return fail(`${/** @type {Error} */ (err).message}\n${USAGE}`); }
  const checkpoints = (values.checkpoint ?? []).map((file) => {
    try { return parseCheckpoint(readFileSync(file, 'utf8')); } catch (err) { return fail(`checkpoint ${file}: ${/** @type {Error} */ (err).message}`); }
  });
  const db = await openExisting(values.data);
  try {
    const result = await verifyAll(db, { checkpoints });
    console.log(JSON.stringify(result));
    if (!result.ok && result.firstBreak) {
      const b = result.firstBreak;
      console.error(`chain broken at ${b.origin}: receipt (${b.consentId}, ${b.decidedAt}) ${b.kind}: ${b.reason}`);
    }
    process.exitCode = result.ok ? 0 : 1;
  } finally {
    await db.close();
  }
}

async function checkpoint() {
  let values;
  try {
    ({ values } = parseArgs({ args: rest, options: { data: { type: 'string' }, key: { type: 'string' } } }));
  } catch (err) { return fail(`${/** @type {Error} */ (err).message}\n${USAGE}`); }
  if (!values.key) fail('give the signing key: --key FILE (make one with `bandeau-receiver keygen`)');
  let key;
  try { key = readPrivateKey(readKeyFile(/** @type {string} */ (values.key))); } catch (err) { return fail(/** @type {Error} */ (err).message); }
  const db = await openExisting(values.data);
  try {
    const cp = await makeCheckpoint(db, key);
    await storeCheckpoint(db, cp);
    console.log(JSON.stringify(cp));
  } finally {
    await db.close();
  }
}

function keygen() {
  let values;
  try {
    ({ values } = parseArgs({ args: rest, options: { out: { type: 'string' } } }));
  } catch (err) { return fail(`${/** @type {Error} */ (err).message}\n${USAGE}`); }
  const out = values.out ?? 'receiver-checkpoint.key';
  const { privatePem, publicKey } = generateCheckpointKey();
  try {
    writeFileSync(out, privatePem, { mode: 0o600, flag: 'wx' });
  } catch (err) { return fail(`cannot write ${out}: ${/** @type {Error} */ (err).message}`); }
  console.log(JSON.stringify({ key: resolve(out), publicKey }));
}

if (cmd === 'serve') await serve();
else if (cmd === 'verify') await verify();
else if (cmd === 'checkpoint') await checkpoint();
else if (cmd === 'keygen') keygen();
else if (cmd === '--help' || cmd === '-h' || cmd === 'help') console.log(USAGE);
else fail(`unknown command ${cmd ?? '(none)'}\n${USAGE}`);
