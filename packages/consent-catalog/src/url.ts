/** True for an http(s) URL or one relative to the page; never javascript:, data: or anything else. */
export function isSafeUrl(value: unknown): value is string {
  if (typeof value !== 'string' || !value.trim() || /[\u0000-\u001f]/.test(value)) return false;
  try {
    return /^https?:$/.test(new URL(value, globalThis.location?.href ?? 'http://localhost/').protocol);
  } catch {
    return false;
  }
}
