// Requests per client address per minute, counted in memory only (no address is ever stored).
// A fixed one-minute window: the counts are dropped whole at the start of each minute.

/** @param {number} perMinute 0 turns the limit off */
export function createRateLimiter(perMinute, now = () => Date.now()) {
  /** @type {Map<string, number>} */
  let counts = new Map();
  let window = Math.floor(now() / 60000);
  return {
    /** @param {string} addr @returns {{ ok: true } | { ok: false, retryAfter: number }} */
    take(addr) {
      if (!perMinute) return { ok: true };
      const t = now();
      const w = Math.floor(t / 60000);
      if (w !== window) { counts = new Map(); window = w; }
      const n = (counts.get(addr) ?? 0) + 1;
      counts.set(addr, n);
      if (n > perMinute) return { ok: false, retryAfter: Math.max(1, Math.ceil(((w + 1) * 60000 - t) / 1000)) };
      return { ok: true };
    },
  };
}
