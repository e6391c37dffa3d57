import type { ConsentState } from '../types.js';

/** The proof-of-consent receipt (GDPR art. 7(1)); its JSON Schema is docs/consent-receipt.schema.json. */
export interface ConsentReceipt {
  consentId: string;
  decidedAt: string;
  revision: number;
  /** Every category, explicitly true or false. */
  categories: Record<string, boolean>;
  method: NonNullable<ConsentState['method']>;
  language: string;
  /** The page's origin and path, without query string or fragment. */
  origin: string;
  path: string;
}

/** Sends the receipt with sendBeacon (it survives a reload), falling back to fetch keepalive. Never throws. */
export function sendReceipt(endpoint: string, state: ConsentState, language: string): void {
  const receipt: ConsentReceipt = {
    consentId: state.consentId!,
    decidedAt: state.decidedAt!,
    revision: state.revision,
    categories: state.categories,
    method: state.method!,
    language,
    origin: location.origin,
    path: location.pathname,
  };
  const body = JSON.stringify(receipt);
  try {
    if (navigator.sendBeacon?.(endpoint, new Blob([body], { type: 'application/json' }))) return;
  } catch {
    // Fall through to fetch.
  }
  fetch(endpoint, { method: 'POST', body, keepalive: true, headers: { 'content-type': 'application/json' } }).catch(() => {});
}
