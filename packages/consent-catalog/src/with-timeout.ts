/**
 * Resolves like `promise`, or rejects with Error('timeout') after `ms`; the timer never outlives the race. Shared by
 * bandeau-audit (browser steps) and bandeau-receiver (its health check), which had a copy each.
 */
export function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error('timeout')), ms)));
  return Promise.race([promise, late]).finally(() => clearTimeout(timer));
}
