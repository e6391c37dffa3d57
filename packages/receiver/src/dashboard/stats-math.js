// The figures the dashboard shows beside the counts: each variant's acceptance rate, its 95 %
// confidence interval (Wilson score interval) and a two-proportion z-test against the first
// variant. Plain functions, run in the browser and in the receiver's tests alike.

/** z for a two-sided 95 % interval. */
export const Z95 = 1.959963984540054;

/**
 * The complementary error function, to a relative error under 1.2e-7 (Chebyshev fit, as in
 * Numerical Recipes' erfcc): ample for p-values shown to 3 decimals.
 * @param {number} x
 */
export function erfc(x) {
  const z = Math.abs(x);
  const t = 1 / (1 + 0.5 * z);
  const r = t * Math.exp(-z * z - 1.26551223 + t * (1.00002368 + t * (0.37409196 + t * (0.09678418 + t * (-0.18628806
    + t * (0.27886807 + t * (-1.13520398 + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277)))))))));
  return x >= 0 ? r : 2 - r;
}

/**
 * Wilson score interval of a proportion x/n (better than p ± 1.96·√(p(1−p)/n) for small n or a
 * rate near 0 or 1, where that one leaves [0, 1]).
 * @param {number} x @param {number} n @returns {{ low: number, high: number } | null}
 */
export function wilson(x, n, z = Z95) {
  if (!(n > 0)) return null;
  const p = x / n;
  const z2n = (z * z) / n;
  const centre = (p + z2n / 2) / (1 + z2n);
  const half = (z * Math.sqrt((p * (1 - p)) / n + (z * z) / (4 * n * n))) / (1 + z2n);
  return { low: Math.max(0, centre - half), high: Math.min(1, centre + half) };
}

/**
 * Two-proportion z-test (pooled), two-sided: is x2/n2 different from x1/n1?
 * @param {number} x1 @param {number} n1 @param {number} x2 @param {number} n2
 * @returns {{ z: number, p: number } | null} null when it cannot be computed (no decisions, or all alike)
 */
export function twoProportionZ(x1, n1, x2, n2) {
  if (!(n1 > 0 && n2 > 0)) return null;
  const pooled = (x1 + x2) / (n1 + n2);
  const se = Math.sqrt(pooled * (1 - pooled) * (1 / n1 + 1 / n2));
  if (!(se > 0)) return null;
  const z = (x2 / n2 - x1 / n1) / se;
  return { z, p: erfc(Math.abs(z) / Math.SQRT2) };
}

/**
 * @typedef {{ key: string | null, decisions: number, methods: Record<string, number> }} VariantStats
 * @typedef {{ variant: string | null, decisions: number, accepted: number, rate: number | null,
 *   ci: { low: number, high: number } | null, z: number | null, p: number | null,
 *   verdict: 'control' | 'significant' | 'not significant yet' }} VariantRow
 */

/**
 * One row per variant (GET /stats?by=variant): acceptance = decisions by "accept all" over all
 * decisions; every variant is tested against the first one (the control). Decisions made without
 * a variant (null) are no part of a test: left out when there are variants.
 * @param {VariantStats[]} rows @returns {VariantRow[]}
 */
export function variantTable(rows) {
  const decided = rows.filter((r) => r.decisions > 0);
  const withDecisions = decided.some((r) => r.key !== null) ? decided.filter((r) => r.key !== null) : decided;
  const control = withDecisions[0];
  return withDecisions.map((r) => {
    const accepted = r.methods['accept-all'] ?? 0;
    const base = { variant: r.key, decisions: r.decisions, accepted, rate: accepted / r.decisions, ci: wilson(accepted, r.decisions) };
    if (r === control) return { ...base, z: null, p: null, verdict: /** @type {const} */ ('control') };
    const t = twoProportionZ(control.methods['accept-all'] ?? 0, control.decisions, accepted, r.decisions);
    return { ...base, z: t?.z ?? null, p: t?.p ?? null, verdict: t && t.p < 0.05 ? 'significant' : 'not significant yet' };
  });
}

/**
 * One CSV line (RFC 4180 quoting; a cell a spreadsheet would read as a formula gets a ').
 * @param {(string | number | null | undefined)[]} cells
 */
export function csvLine(cells) {
  return `${cells.map((c) => {
    let s = c === null || c === undefined ? '' : String(c);
    if (/^[=+\-@\t\r]/.test(s) && typeof c !== 'number') s = `'${s}`;
    return /[",\r\n']/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  }).join(',')}\r\n`;
}
