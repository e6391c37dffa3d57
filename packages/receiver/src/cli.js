#!/usr/bin/env node
// bandeau-receiver serve | verify — the command line around startReceiver() and verifyAll().
import { parseArgs } from 'node:util';
import { startReceiver } from './index.js';
import { openDb } from './storage/db.js';
import { migrate, verifyAll } from './store.js';

const USAGE = `Usage:
  bandeau-receiver serve --origin https://site.example [--origin …] [options]
  bandeau-receiver verify [--data DIR]          (or with DATABASE_URL set)

serve options:
  --data DIR              PGlite data folder (default ./consent-receipts); DATABASE_URL selects PostgreSQL instead
  --port N                default 8787 (0: any free port)      --host ADDR   default 127.0.0.1
  --origin URL            a site allowed to post receipts (repeatable, at least one)
  --token T               bearer token for GET /export and GET /verify (or RECEIVER_TOKEN); without one they are off
  --rate-limit N          requests per client address per minute (default 120, 0: off)
  --trust-proxy           take the client address from X-Forwarded-For (only behind your own proxy)
  --retention-months N    keep receipts this long (default 61)
verify: recomputes every chain; prints the first break and exits 1 if there is one.`;

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
      },
    }));
  } catch (err) { return fail(`${/** @type {Error} */ (err).message}\n${USAGE}`); }
  const receiver = await startReceiver({
    origins: values.origin ?? [],
    data: values.data,
    databaseUrl: process.env.DATABASE_URL || undefined,
    port: int(values.port ?? process.env.PORT, 'port', 8787),
    host: values.host,
    token: values.token ?? (process.env.RECEIVER_TOKEN || undefined),
    rateLimit: int(values['rate-limit'], 'rate-limit', 120),
    trustProxy: values['trust-proxy'] ?? false,
    retentionMonths: int(values['retention-months'], 'retention-months', 61),
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

async function verify() {
  let values;
  try {
    ({ values } = parseArgs({ args: rest, options: { data: { type: 'string' } } }));
  } catch (err) { return fail(`${/** @type {Error} */ (err).message}\n${USAGE}`); }
  const db = await openDb({ databaseUrl: process.env.DATABASE_URL || undefined, data: values.data }).catch((err) => fail(err.message));
  try {
    await migrate(db);
    const result = await verifyAll(db);
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

if (cmd === 'serve') await serve();
else if (cmd === 'verify') await verify();
else if (cmd === '--help' || cmd === '-h' || cmd === 'help') console.log(USAGE);
else fail(`unknown command ${cmd ?? '(none)'}\n${USAGE}`);
