// A throwaway PostgreSQL database beside DATABASE_URL's, for the benchmarks (bench.js,
// bench-stats.js, bench-rollup.js), or a throwaway PGlite folder without DATABASE_URL.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';

/** Runs one statement on DATABASE_URL's server. @param {string} sql */
async function onServer(sql) {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/**
 * Creates database `<prefix>_<pid>` on DATABASE_URL's server.
 * @param {string} prefix
 * @returns {Promise<{ url: string, drop: () => Promise<void> }>} its URL, and how to drop it
 */
export async function throwawayDatabase(prefix) {
  const name = `${prefix}_${process.pid}`;
  await onServer(`CREATE DATABASE ${name}`);
  const url = new URL(/** @type {string} */ (process.env.DATABASE_URL));
  url.pathname = `/${name}`;
  return { url: url.toString(), drop: () => onServer(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`) };
}

/**
 * The storage a benchmark runs on: with DATABASE_URL a new database on that server
 * (`<prefix>_<pid>`), otherwise PGlite in a temporary folder.
 * @param {string} prefix
 * @returns {Promise<{ where: { data?: string, databaseUrl?: string }, drop: () => Promise<void> }>}
 */
export async function throwawayStorage(prefix) {
  if (process.env.DATABASE_URL) {
    const database = await throwawayDatabase(prefix);
    return { where: { databaseUrl: database.url }, drop: database.drop };
  }
  const dir = mkdtempSync(join(tmpdir(), `bandeau-receiver-${prefix.replace(/_/g, '-')}-`));
  return { where: { data: join(dir, 'data') }, drop: async () => rmSync(dir, { recursive: true, force: true }) };
}
