// The one interface both storages offer, and the choice between them.

/**
 * A transaction is bounded by the time-out unless it is `long` (schema set-up, purge).
 * @typedef {{ query: (sql: string, params?: unknown[]) => Promise<any[]> }} Queryable
 * @typedef {Queryable & {
 *   kind: 'pglite' | 'postgres',
 *   where: string,
 *   exec: (sql: string) => Promise<void>,
 *   transaction: <T>(fn: (tx: Queryable) => Promise<T>, opts?: { long?: boolean }) => Promise<T>,
 *   close: () => Promise<void>,
 * }} Db
 */

/**
 * DATABASE_URL (or databaseUrl) selects a PostgreSQL server; otherwise the embedded PGlite in `data`.
 * @param {{ databaseUrl?: string, data?: string, timeoutMs?: number }} opts
 * @returns {Promise<Db>}
 */
export async function openDb({ databaseUrl, data, timeoutMs }) {
  if (databaseUrl) {
    const { openPostgres } = await import('./postgres.js');
    return openPostgres(databaseUrl, { timeoutMs });
  }
  const { openPglite } = await import('./pglite.js');
  return openPglite(data ?? './consent-receipts');
}
