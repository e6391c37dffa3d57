// Consent statistics, nothing personal: counts by origin × UTC day × regime × variant × language
// × method, the number granted per category and per service, and banner impressions per day.
// Kept up to date in the transaction that stores the receipts (appendBatch), so that a query
// reads a few hundred rows per day at most, never the receipts. '' stands for "none" (null) in
// regime and variant, which are part of the keys.

/** @typedef {import('./storage/db.js').Queryable} Queryable */

export const STATS_BY = /** @type {const} */ (['day', 'variant', 'regime', 'language']);

/**
 * The increments a set of newly stored receipts adds to the aggregates.
 * @param {{ receipt: Record<string, any>, decidedTs: string }[]} stored
 */
export function statsIncrements(stored) {
  /** @type {Map<string, { origin: string, day: string, regime: string, variant: string, language: string, method: string, n: number }>} */
  const decisions = new Map();
  /** @type {Map<string, { origin: string, day: string, regime: string, variant: string, language: string, kind: string, name: string, n: number }>} */
  const granted = new Map();
  for (const { receipt: x, decidedTs } of stored) {
    const dims = { origin: x.origin, day: decidedTs.slice(0, 10), regime: x.regime ?? '', variant: x.variant ?? '', language: x.language };
    const base = [dims.origin, dims.day, dims.regime, dims.variant, dims.language];
    const dk = JSON.stringify([...base, x.method]);
    const d = decisions.get(dk) ?? { ...dims, method: x.method, n: 0 };
    d.n++;
    decisions.set(dk, d);
    for (const [kind, set] of /** @type {const} */ ([['category', x.categories], ['service', x.services]])) {
      for (const [name, on] of Object.entries(set ?? {})) {
        if (on !== true) continue;
        const gk = JSON.stringify([...base, kind, name]);
        const g = granted.get(gk) ?? { ...dims, kind, name, n: 0 };
        g.n++;
        granted.set(gk, g);
      }
    }
  }
  // In key order, so that two receivers updating the same rows lock them in the same order.
  const sorted = (/** @type {Map<string, any>} */ m) => [...m.keys()].sort().map((k) => m.get(k));
  return { decisions: sorted(decisions), granted: sorted(granted) };
}

/**
 * SQL (data-modifying WITH items) adding increments given as JSON in parameters $d and $g.
 * @param {string} d placeholder of the decisions JSON @param {string} g placeholder of the granted JSON
 */
export const statsUpserts = (d, g) => `
  stats_d AS (
    INSERT INTO stats_decisions (origin, day, regime, variant, language, method, decisions)
    SELECT origin, day, regime, variant, language, method, n
    FROM jsonb_to_recordset(${d}::jsonb) AS x(origin text, day date, regime text, variant text, language text, method text, n bigint)
    ON CONFLICT (origin, day, regime, variant, language, method) DO UPDATE SET decisions = stats_decisions.decisions + excluded.decisions
  ), stats_g AS (
    INSERT INTO stats_granted (origin, day, regime, variant, language, kind, name, granted)
    SELECT origin, day, regime, variant, language, kind, name, n
    FROM jsonb_to_recordset(${g}::jsonb) AS x(origin text, day date, regime text, variant text, language text, kind text, name text, n bigint)
    ON CONFLICT (origin, day, regime, variant, language, kind, name) DO UPDATE SET granted = stats_granted.granted + excluded.granted
  )`;

/**
 * Builds the aggregates from the receipts already stored, once, when the tables are new.
 * @param {Queryable} tx
 */
export async function backfillStats(tx) {
  await tx.query(`
    INSERT INTO stats_decisions (origin, day, regime, variant, language, method, decisions)
    SELECT origin, (decided_ts AT TIME ZONE 'UTC')::date, coalesce(b->>'regime', ''), coalesce(b->>'variant', ''), b->>'language', b->>'method', count(*)
    FROM (SELECT origin, decided_ts, body::jsonb AS b FROM receipts) r GROUP BY 1, 2, 3, 4, 5, 6`);
  await tx.query(`
    INSERT INTO stats_granted (origin, day, regime, variant, language, kind, name, granted)
    SELECT origin, (decided_ts AT TIME ZONE 'UTC')::date, coalesce(b->>'regime', ''), coalesce(b->>'variant', ''), b->>'language', kind, e.key, count(*)
    FROM (SELECT origin, decided_ts, body::jsonb AS b FROM receipts) r
    CROSS JOIN LATERAL (SELECT 'category' AS kind, key, value FROM jsonb_each(b->'categories')
                        UNION ALL SELECT 'service', key, value FROM jsonb_each(coalesce(b->'services', '{}'::jsonb))) e
    WHERE e.value = 'true'::jsonb GROUP BY 1, 2, 3, 4, 5, 6, 7`);
}

/**
 * Adds one banner impression to its day's count (no row per impression).
 * @param {Queryable} db @param {{ origin: string, regime: string | null, variant: string | null, language: string }} i
 * @param {string} day UTC date, YYYY-MM-DD
 */
export async function countImpression(db, i, day) {
  await db.query(
    `INSERT INTO stats_impressions (origin, day, regime, variant, language, impressions) VALUES ($1, $2::date, $3, $4, $5, 1)
     ON CONFLICT (origin, day, regime, variant, language) DO UPDATE SET impressions = stats_impressions.impressions + 1`,
    [i.origin, day, i.regime ?? '', i.variant ?? '', i.language],
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
  const key = by === 'day' ? `to_char(day, 'YYYY-MM-DD')` : by;
  const where = `($1::text IS NULL OR origin = $1) AND day >= $2::date AND day <= $3::date`;
  const params = [origin, from, to];
  const [decisions, granted, impressions] = await Promise.all([
    db.query(`SELECT ${key} AS key, method, sum(decisions)::text AS n FROM stats_decisions WHERE ${where} GROUP BY 1, 2`, params),
    db.query(`SELECT ${key} AS key, kind, name, sum(granted)::text AS n FROM stats_granted WHERE ${where} GROUP BY 1, 2, 3`, params),
    db.query(`SELECT ${key} AS key, sum(impressions)::text AS n FROM stats_impressions WHERE ${where} GROUP BY 1`, params),
  ]);
  /** @type {Map<string, StatsRow>} */
  const rows = new Map();
  const row = (/** @type {string} */ k) => {
    let r = rows.get(k);
    if (!r) { r = { key: by === 'variant' || by === 'regime' ? k || null : k, decisions: 0, methods: {}, granted: {} }; rows.set(k, r); }
    return r;
  };
  for (const d of decisions) {
    const r = row(d.key);
    r.decisions += Number(d.n);
    r.methods[d.method] = Number(d.n);
  }
  for (const g of granted) {
    const r = row(g.key);
    if (g.kind === 'service') (r.services ??= {})[g.name] = Number(g.n);
    else r.granted[g.name] = Number(g.n);
  }
  for (const i of impressions) row(i.key).impressions = Number(i.n);
  return [...rows.keys()].sort().map((k) => /** @type {StatsRow} */ (rows.get(k)));
}
