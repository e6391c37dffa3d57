// Consent statistics, nothing personal: decisions counted by origin × UTC day × method, and by
// each of variant, regime and language (the dimensions GET /stats groups by), the number granted
// per category and per service along the same dimensions, and banner impressions per day. The
// transaction that stores receipts queues what they add (stats_pending: a small row each, no
// index, so posting pays little); rollUpStats adds the queue to the counts, every second and
// before each /stats answer, so that a query reads the counts, never the receipts. '' stands
// for "none" (null) in regime and variant, which are part of the keys.

/** @typedef {import('./storage/db.js').Queryable} Queryable */

export const STATS_BY = /** @type {const} */ (['day', 'variant', 'regime', 'language']);

/**
 * What one new receipt adds to the statistics, as a row of stats_pending (written in the
 * receipt's own transaction; rollUpStats adds the pending rows to the counts).
 * @param {Record<string, any>} x the receipt @param {string} decidedTs its instant, ISO
 */
export function pendingStats(x, decidedTs) {
  const granted = [];
  for (const [kind, set] of /** @type {const} */ ([['category', x.categories], ['service', x.services]])) {
    for (const [name, on] of Object.entries(set ?? {})) if (on === true) granted.push(`${kind}:${name}`);
  }
  return {
    origin: x.origin, day: decidedTs.slice(0, 10), method: x.method, regime: x.regime ?? '', variant: x.variant ?? '',
    language: x.language, granted: granted.join(','),
  };
}

/**
 * SQL (a data-modifying WITH item) queuing the pending statistics given as JSON in a parameter.
 * @param {string} param placeholder, e.g. '$3'
 */
export const queueStats = (param) => `
  stats_q AS (
    INSERT INTO stats_pending (origin, day, method, regime, variant, language, granted)
    SELECT origin, day, method, regime, variant, language, granted
    FROM jsonb_to_recordset(${param}::jsonb) AS x(origin text, day date, method text, regime text, variant text, language text, granted text)
  )`;

/**
 * Adds the pending rows to the counts and removes them, in one statement (atomic by itself): the
 * incremental roll-up. Identical pending rows are counted together first (p), so that a backlog
 * (a receiver restarted, a bulk load) expands into its combinations, not into four rows per receipt.
 * Run every second or so, and before a /stats answer. Two receivers on one server may run it at
 * once: a pending row is deleted, and counted, by one of them only.
 * @param {Queryable} db @returns {Promise<number>} receipts counted
 */
export async function rollUpStats(db) {
  const [{ n }] = await db.query(`
      WITH d AS (DELETE FROM stats_pending RETURNING *),
      p AS (SELECT origin, day, method, regime, variant, language, granted, count(*) AS n FROM d GROUP BY 1, 2, 3, 4, 5, 6, 7),
      e AS (SELECT p.*, v.dim, v.value FROM p CROSS JOIN LATERAL
              (VALUES ('day', ''), ('variant', p.variant), ('regime', p.regime), ('language', p.language)) AS v(dim, value)),
      b AS (
        INSERT INTO stats_by (dim, day, origin, value, method, decisions)
        SELECT dim, day, origin, value, method, sum(n) FROM e GROUP BY 1, 2, 3, 4, 5 ORDER BY 1, 2, 3, 4, 5
        ON CONFLICT (dim, day, origin, value, method) DO UPDATE SET decisions = stats_by.decisions + excluded.decisions
      ), g AS (
        INSERT INTO stats_granted_by (dim, day, origin, value, kind, name, granted)
        SELECT dim, day, origin, value, split_part(x, ':', 1), split_part(x, ':', 2), sum(n)
        FROM e CROSS JOIN LATERAL unnest(string_to_array(nullif(e.granted, ''), ',')) AS x
        GROUP BY 1, 2, 3, 4, 5, 6 ORDER BY 1, 2, 3, 4, 5, 6
        ON CONFLICT (dim, day, origin, value, kind, name) DO UPDATE SET granted = stats_granted_by.granted + excluded.granted
      )
      SELECT coalesce(sum(n), 0)::int AS n FROM p`);
  return n;
}

/** The receipts with their dimensions, one row per dimension (SQL), for the backfill. */
const EXPANDED = `
  SELECT r.origin, r.day, r.b, d.dim, d.value FROM (
    SELECT origin, (decided_ts AT TIME ZONE 'UTC')::date AS day, body::jsonb AS b FROM receipts
  ) r CROSS JOIN LATERAL (VALUES ('day', ''), ('variant', coalesce(r.b->>'variant', '')),
                                 ('regime', coalesce(r.b->>'regime', '')), ('language', r.b->>'language')) AS d(dim, value)`;

/**
 * Builds the aggregates from the receipts already stored: once, when the tables are new.
 * @param {Queryable} tx
 */
export async function backfillStats(tx) {
  await tx.query('TRUNCATE stats_by, stats_granted_by');
  await tx.query(`
    INSERT INTO stats_by (dim, day, origin, value, method, decisions)
    SELECT dim, day, origin, value, b->>'method', count(*) FROM (${EXPANDED}) x GROUP BY 1, 2, 3, 4, 5`);
  await tx.query(`
    INSERT INTO stats_granted_by (dim, day, origin, value, kind, name, granted)
    SELECT dim, day, origin, value, e.kind, e.key, count(*) FROM (${EXPANDED}) x
    CROSS JOIN LATERAL (SELECT 'category' AS kind, key, value AS v FROM jsonb_each(x.b->'categories')
                        UNION ALL SELECT 'service', key, value FROM jsonb_each(coalesce(x.b->'services', '{}'::jsonb))) e
    WHERE e.v = 'true'::jsonb GROUP BY 1, 2, 3, 4, 5, 6`);
}

/**
 * Adds one banner impression to its day's counts (no row per impression).
 * @param {Queryable} db @param {{ origin: string, regime: string | null, variant: string | null, language: string }} i
 * @param {string} day UTC date, YYYY-MM-DD
 */
export async function countImpression(db, i, day) {
  await db.query(
    `INSERT INTO stats_impressions_by (dim, day, origin, value, impressions)
     VALUES ('day', $1::date, $2, '', 1), ('language', $1::date, $2, $3, 1), ('regime', $1::date, $2, $4, 1), ('variant', $1::date, $2, $5, 1)
     ON CONFLICT (dim, day, origin, value) DO UPDATE SET impressions = stats_impressions_by.impressions + 1`,
    [day, i.origin, i.language, i.regime ?? '', i.variant ?? ''],
  );
}

/**
 * @typedef {{ key: string | null, decisions: number, methods: Record<string, number>, granted: Record<string, number>,
 *   services?: Record<string, number>, impressions?: number }} StatsRow
 */

/**
 * GET /stats: rows grouped by `by`, over days from–to (inclusive, UTC, on decidedAt).
 * @param {Queryable} db
 * @param {{ origin?: string | null, from: string, to: string, by: typeof STATS_BY[number] }} q
 * @returns {Promise<StatsRow[]>}
 */
export async function statsRows(db, { origin = null, from, to, by }) {
  const key = by === 'day' ? `to_char(day, 'YYYY-MM-DD')` : 'value';
  const where = `dim = $4 AND day >= $2::date AND day <= $3::date AND ($1::text IS NULL OR origin = $1)`;
  // One round trip and one value: the three tables' rows for the range summed per key, each key's
  // row built by the database as JSON. (Hundreds of small rows parsed one by one cost the
  // receiver more than the query costs the database: measured, see the README's "At scale".)
  const [{ rows }] = await db.query(
    `WITH d AS (SELECT ${key} AS key, method, sum(decisions) AS n FROM stats_by WHERE ${where} GROUP BY 1, 2),
     g AS (SELECT ${key} AS key, kind, name, sum(granted) AS n FROM stats_granted_by WHERE ${where} GROUP BY 1, 2, 3),
     i AS (SELECT ${key} AS key, sum(impressions) AS n FROM stats_impressions_by WHERE ${where} GROUP BY 1),
     dk AS (SELECT key, sum(n) AS decisions, json_object_agg(method, n) AS methods FROM d GROUP BY 1),
     gk AS (SELECT key, json_object_agg(name, n) FILTER (WHERE kind <> 'service') AS granted,
                   json_object_agg(name, n) FILTER (WHERE kind = 'service') AS services FROM g GROUP BY 1)
     SELECT json_agg(json_build_object('key', key, 'decisions', coalesce(dk.decisions, 0), 'methods', coalesce(dk.methods, '{}'),
                     'granted', coalesce(gk.granted, '{}'), 'services', gk.services, 'impressions', i.n))::text AS rows
     FROM dk FULL JOIN gk USING (key) FULL JOIN i USING (key)`,
    [origin, from, to, by],
  );
  /** @type {(StatsRow & { key: string })[]} */
  const found = JSON.parse(rows ?? '[]');
  found.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  return found.map((r) => {
    /** @type {StatsRow} */
    const row = { key: by === 'variant' || by === 'regime' ? r.key || null : r.key, decisions: r.decisions, methods: r.methods, granted: r.granted };
    if (r.services) row.services = r.services;
    if (r.impressions !== null) row.impressions = r.impressions;
    return row;
  });
}
