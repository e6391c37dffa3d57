// Server storage: a PostgreSQL server (or a PostgreSQL-compatible distributed database) reached
// through DATABASE_URL with the pure-JavaScript `pg` client. Same SQL as the embedded storage.
import pg from 'pg';

/** @typedef {import('./db.js').Db} Db */

/** @param {string} url @returns {Promise<Db>} */
export async function openPostgres(url) {
  const pool = new pg.Pool({
    connectionString: url,
    max: 8,
    connectionTimeoutMillis: 3000,
    idleTimeoutMillis: 10000,
    // A server that stops answering must not hold a request forever.
    query_timeout: 15000,
  });
  // An idle client losing its connection (server restarted, network cut) is not fatal: the pool
  // drops it and the next query opens a new one.
  pool.on('error', () => {});
  /** @param {{ query: pg.Pool['query'] }} c */
  const wrap = (c) => ({
    /** @param {string} sql @param {unknown[]} [params] */
    query: async (sql, params = []) => (await c.query(sql, params)).rows,
  });
  await pool.query('SELECT 1');
  let where = '(DATABASE_URL)';
  try { const u = new URL(url); where = `postgres://${u.host}${u.pathname}`; } catch { /* keep the placeholder */ }
  return {
    kind: 'postgres',
    where,
    ...wrap(pool),
    exec: async (sql) => { await pool.query(sql); },
    transaction: async (fn) => {
      const client = await pool.connect();
      let broken = false;
      try {
        await client.query('BEGIN');
        const out = await fn(wrap(client));
        await client.query('COMMIT');
        return out;
      } catch (err) {
        try { await client.query('ROLLBACK'); } catch { broken = true; }
        throw err;
      } finally {
        client.release(broken);
      }
    },
    close: () => pool.end(),
  };
}
