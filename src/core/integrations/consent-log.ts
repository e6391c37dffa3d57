import type { Load } from '../lazy.js';
import type { ConsentChange, ResolvedConfig } from '../types.js';

/**
 * Subscriber: sends a receipt of every decision made in this tab to `consentLog.endpoint` (the sender loads lazily,
 * so pages without a consent log never fetch it). Decisions read from another tab were logged there.
 */
export const logReceipts = ({ consentLog }: ResolvedConfig, language: string, load: Load) =>
  (change: ConsentChange, remote: boolean): void => {
    if (consentLog && change.decided && !remote) load('consent-log').then((m) => m.sendReceipt(consentLog.endpoint, change, language));
  };

/**
 * Receipts that an earlier page view could not deliver wait in localStorage (send-receipt.ts): when some do, the
 * sender loads and tries again. One storage read per page view, only with a consent log configured.
 */
export function resendPendingReceipts({ consentLog }: ResolvedConfig, load: Load): void {
  try {
    if (consentLog && localStorage.getItem('cookie-consent:pending-receipts')) load('consent-log').then((m) => m.resendPending(consentLog.endpoint));
  } catch {
    // No storage: nothing waits.
  }
}
