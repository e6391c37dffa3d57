import { logError } from './log.js';

/** True for an http(s) URL or one relative to the page; never javascript:, data: or anything else. */
export function isSafeUrl(value: unknown): value is string {
  if (typeof value !== 'string' || !value.trim() || /[\u0000-\u001f]/.test(value)) return false;
  try {
    return /^https?:$/.test(new URL(value, globalThis.location?.href ?? 'http://localhost/').protocol);
  } catch {
    return false;
  }
}

/** The one message for a gated element whose data-src is not usable. */
export const badSource = (tag: string, src: string | null): void =>
  logError(`gated <${tag}>: expected data-src to be an http(s) or relative URL, got ${JSON.stringify(src)}; kept blocked.`);
