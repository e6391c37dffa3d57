// Server storage: a PostgreSQL server (or a PostgreSQL-compatible distributed database) reached
// through DATABASE_URL with the pure-JavaScript `pg` client. Same SQL as the embedded storage.
import pg from 'pg';

/** @typedef {import('./db.js').Db} Db */

const noop = () => {};

/**
 * @param {string} url
 * @param {{ timeoutMs?: number }} [opts] timeoutMs: no query and no transaction runs longer
 * @returns {Promise<Db>}
 */
export async function openPostgres(url, { timeoutMs = 15000 } = {}) {
  const pool = new pg.Pool({
    connectionString: url,
    max: 8,
    connectionTimeoutMillis: Math.min(3000, timeoutMs),
    idleTimeoutMillis: 10000,
    // A server that stops answering must not hold a request forever (client side)…
    query_timeout: timeoutMs,
    // …and a statement waiting on a lock gives up on the server too, leaving the connection usable.
    statement_timeout: Math.max(100, timeoutMs - 1000),
  });
  // An idle client losing its connection (server restarted, network cut) is not fatal: the pool
  // drops it and the next query opens a new one.
  pool.on('error', noop);
  // A client checked out for a transaction is not listened to by the pool: without a listener of
  // its own, its connection dropping between two statements would be an unhandled 'error' event,
  // which ends the process. The query under way fails instead, and the client is discarded.
  pool.on('connect', (client) => { client.on('error', noop); });
  /** @param {{ query: pg.Pool['query'] }} c @param {number} [queryTimeout] client-side, per statement */
  const wrap = (c, queryTimeout) => ({
    /** @param {string} sql @param {unknown[]} [params] */
    query: async (sql, params = []) => (await c.query(/** @type {any} */ ({ text: sql, values: params, query_timeout: queryTimeout }))).rows,
  });
  await pool.query('SELECT 1');
  let where = '(DATABASE_URL)';
  try { const u = new URL(url); where = `postgres://${u.host}${u.pathname}`; } catch { /* keep the placeholder */ }
  return {
    kind: 'postgres',
    where,
    ...wrap(pool),
    exec: async (sql) => { await pool.query(sql); },
    transaction: async (fn, { long = false } = {}) => {
      const client = await pool.connect();
      let broken = false;
      // The whole transaction, not only each statement, ends within the time-out: past it the
      // connection is closed, which rolls the transaction back on the server. A long one (schema
      // set-up, the retention purge: no request waits on them) has no time-out.
      const timer = long ? undefined : setTimeout(() => { broken = true; client.end().catch(noop); }, timeoutMs);
      try {
        await client.query('BEGIN');
        if (long) await client.query('SET LOCAL statement_timeout = 0');
        const out = await fn(wrap(client, long ? 2 ** 31 - 1 : undefined));
        await client.query('COMMIT');
        return out;
      } catch (err) {
        if (!broken) { try { await client.query('ROLLBACK'); } catch { broken = true; } }
        throw err;
      } finally {
        clearTimeout(timer);
        client.release(broken);
      }
    },
    close: () => pool.end(),
  };
}
