// Requests per client address per minute, counted in memory only (no address is ever stored).
// A fixed one-minute window: the counts are dropped whole at the start of each minute.

/** @param {number} perMinute 0 turns the limit off */
export function createRateLimiter(perMinute, now = () => Date.now()) {
  /** @type {Map<string, number>} */
  let counts = new Map();
  let window = Math.floor(now() / 60000);
  /** @returns {number} now, after moving to its window */
  const roll = () => {
    const t = now();
    const w = Math.floor(t / 60000);
    if (w !== window) { counts = new Map(); window = w; }
    return t;
  };
  /** @param {number} t */
  const retryAfter = (t) => Math.max(1, Math.ceil(((window + 1) * 60000 - t) / 1000));
  return {
    /** Counts one request. @param {string} addr @returns {{ ok: true } | { ok: false, retryAfter: number }} */
    take(addr) {
      if (!perMinute) return { ok: true };
      const t = roll();
      const n = (counts.get(addr) ?? 0) + 1;
      counts.set(addr, n);
      if (n > perMinute) return { ok: false, retryAfter: retryAfter(t) };
      return { ok: true };
    },
    /** Whether the address has used its allowance this minute, without counting. @param {string} addr */
    check(addr) {
      if (!perMinute) return /** @type {const} */ ({ ok: true });
      const t = roll();
      return (counts.get(addr) ?? 0) >= perMinute ? { ok: /** @type {const} */ (false), retryAfter: retryAfter(t) } : /** @type {const} */ ({ ok: true });
    },
  };
}
