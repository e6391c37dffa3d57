/** Console messages, all prefixed so a site owner can filter them (written once, in the catalog). The widget never throws into the page. */
import { logError } from 'bandeau-catalog/log';

export { describe, logError, logWarn } from 'bandeau-catalog/log';

/** Runs `action`; if it throws, one console message names `who`, and the caller goes on with the next. */
export function isolated(who: string, action: () => void): void {
  try {
    action();
  } catch (error) {
    logError(`${who} threw (the others still run):`, error);
  }
}
