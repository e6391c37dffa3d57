import { logError } from './log.js';

export { isSafeUrl } from 'bandeau-catalog/url';

/** The one message for a gated element whose data-src is not usable. */
export const badSource = (tag: string, src: string | null): void =>
  logError(`gated <${tag}>: expected data-src to be an http(s) or relative URL, got ${JSON.stringify(src)}; kept blocked.`);
