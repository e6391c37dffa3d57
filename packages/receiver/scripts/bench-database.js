// A throwaway PostgreSQL database beside DATABASE_URL's, for the benchmarks (bench.js, bench-stats.js).
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
