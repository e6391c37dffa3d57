// Test helpers: a fresh storage of the kind under test (PGlite unless DATABASE_URL is set), a
// receiver on it, receipts, and a receiver run as a separate process (for the crash test).
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import { startReceiver } from '../src/index.js';

export const STORAGE = process.env.DATABASE_URL ? 'postgres' : 'pglite';
export const ORIGIN = 'https://shop.example';
export const OTHER_ORIGIN = 'https://blog.example';
export const TOKEN = 'test-token-0123456789abcdefghijklmnop';
export const CLI = new URL('../src/cli.js', import.meta.url).pathname;

/** A PGlite folder made once (initdb is slow in WebAssembly) and copied for each test. */
async function pgliteTemplate() {
  const version = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')).dependencies['@electric-sql/pglite'];
  const dir = join(tmpdir(), `bandeau-receiver-pglite-template-${version}`);
  if (existsSync(join(dir, 'PG_VERSION'))) return dir;
  const { PGlite } = await import('@electric-sql/pglite');
  const building = mkdtempSync(join(tmpdir(), 'bandeau-receiver-template-'));
  const pg = await PGlite.create({ dataDir: building });
  await pg.close();
  try { renameSync(building, dir); } catch { rmSync(building, { recursive: true, force: true }); }
  return dir;
}

/**
 * A new, empty storage: a PGlite folder, or a new database on the DATABASE_URL server.
 * @returns {Promise<{ data?: string, databaseUrl?: string, env: Record<string, string>, args: string[], drop: () => Promise<void> }>}
 */
export async function freshStorage() {
  if (STORAGE === 'postgres') {
    const pg = (await import('pg')).default;
    const admin = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await admin.connect();
    const name = `t_${randomUUID().replace(/-/g, '')}`;
    await admin.query(`CREATE DATABASE ${name}`);
    await admin.end();
    const url = new URL(/** @type {string} */ (process.env.DATABASE_URL));
    url.pathname = `/${name}`;
    const databaseUrl = url.toString();
    return {
      databaseUrl, env: { DATABASE_URL: databaseUrl }, args: [],
      drop: async () => {
        const c = new pg.Client({ connectionString: process.env.DATABASE_URL });
        await c.connect();
        await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
        await c.end();
      },
    };
  }
  const template = await pgliteTemplate();
  const dir = mkdtempSync(join(tmpdir(), 'bandeau-receiver-test-'));
  const data = join(dir, 'data');
  cpSync(template, data, { recursive: true });
  return { data, env: { DATABASE_URL: '' }, args: ['--data', data], drop: async () => rmSync(dir, { recursive: true, force: true }) };
}

/** @param {Partial<import('../src/index.js').ReceiverOptions>} [opts] */
export async function startOnFresh(opts = {}) {
  const storage = await freshStorage();
  const receiver = await startReceiver({
    origins: [ORIGIN, OTHER_ORIGIN], token: TOKEN, rateLimit: 0, port: 0, purgeEveryMs: 0, log: process.env.RECEIVER_LOG ? console.error : () => {},
    data: storage.data, databaseUrl: storage.databaseUrl, ...opts,
  });
  return { receiver, storage, url: receiver.url, stop: async () => { await receiver.close(); await storage.drop(); } };
}

let n = 0;
/** @param {Record<string, unknown>} [over] */
export function receipt(over = {}) {
  n++;
  return {
    consentId: randomUUID(),
    decidedAt: new Date(Date.UTC(2026, 0, 1, 0, 0, 0, n)).toISOString(),
    revision: 3,
    categories: { necessary: true, analytics: n % 2 === 0, marketing: false },
    method: 'custom',
    language: 'fr',
    origin: ORIGIN,
    path: '/checkout',
    ...over,
  };
}

/**
 * @param {string} base @param {unknown} body a value (sent as JSON) or a string (sent as is)
 * @param {{ type?: string, headers?: Record<string, string> }} [o]
 */
export async function post(base, body, o = {}) {
  const res = await fetch(`${base}/receipts`, {
    method: 'POST',
    headers: { 'content-type': o.type ?? 'text/plain;charset=UTF-8', ...o.headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  const text = await res.text();
  return { status: res.status, headers: res.headers, text, json: safeJson(text) };
}

/** @param {string} s */
const safeJson = (s) => { try { return JSON.parse(s); } catch { return undefined; } };

/** Every stored receipt, through the authenticated NDJSON export. @param {string} base */
export async function exportAll(base, query = '') {
  const res = await fetch(`${base}/export?format=ndjson${query}`, { headers: { authorization: `Bearer ${TOKEN}` } });
  if (res.status !== 200) throw new Error(`export: ${res.status} ${await res.text()}`);
  return (await res.text()).split('\n').filter(Boolean).map((l) => JSON.parse(l));
}

/**
 * Runs `bandeau-receiver serve` as a child process and waits for its "listening on" line.
 * @param {string[]} args @param {Record<string, string>} env
 */
export async function spawnReceiver(args, env) {
  const child = spawn(process.execPath, [CLI, 'serve', '--port', '0', '--origin', ORIGIN, '--token', TOKEN, '--rate-limit', '0', ...args], {
    env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (d) => { stderr += d; });
  const lines = createInterface({ input: child.stdout });
  const url = await new Promise((resolve, reject) => {
    lines.on('line', (l) => { const m = /listening on (\S+)/.exec(l); if (m) resolve(m[1]); });
    child.once('exit', (code) => reject(new Error(`receiver exited (${code}) before listening: ${stderr}`)));
  });
  const exited = once(child, 'exit');
  return { child, url: /** @type {string} */ (url), exited, stderr: () => stderr };
}
