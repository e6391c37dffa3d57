// The receipt's type and JSON Schema are the catalog's (bandeau-catalog/receipt), shared with bandeau-receiver.
import type { ConsentReceipt } from 'bandeau-catalog/receipt';
import type { ConsentState, ResolvedConfig } from '../types.js';

export type { ConsentReceipt };

/** Where receipts that could not be delivered wait for a later page view, and how many are kept (the newest). */
export const PENDING_KEY = 'cookie-consent:pending-receipts';
const MAX_PENDING = 20;

const pending = (): ConsentReceipt[] => {
  try {
    const list = JSON.parse(localStorage.getItem(PENDING_KEY) ?? '[]');
    return Array.isArray(list) ? list : [];
  } catch {
    return [];
  }
};

const keep = (receipts: ConsentReceipt[]): void => {
  try {
    if (receipts.length) localStorage.setItem(PENDING_KEY, JSON.stringify(receipts.slice(-MAX_PENDING)));
    else localStorage.removeItem(PENDING_KEY);
  } catch {
    // No storage (private mode, sandbox): the receipt is lost with this page, as before.
  }
};

/**
 * POSTs one receipt with fetch (keepalive: it survives a reload). When it fails (network error or a status other
 * than 2xx) the receipt is kept in localStorage and sent again on a later page view; the receiver stores a repeat
 * once (same consentId and decidedAt), so sending twice is harmless. Never throws.
 */
function post(endpoint: string, receipt: ConsentReceipt): Promise<void> {
  return fetch(endpoint, { method: 'POST', body: JSON.stringify(receipt), keepalive: true, headers: { 'content-type': 'application/json' } })
    .then((response) => {
      if (!response.ok) throw new Error(`${response.status}`);
    })
    .catch(() => keep([...pending(), receipt]));
}

/** Sends the receipt of a decision. */
export function sendReceipt(endpoint: string, state: ConsentState, language: string): void {
  const receipt: ConsentReceipt = {
    consentId: state.consentId!,
    decidedAt: state.decidedAt!,
    revision: state.revision,
    categories: state.categories,
    ...(Object.keys(state.services).length && { services: state.services }),
    method: state.method!,
    ...(state.regime && { regime: state.regime, region: state.region }),
    variant: state.variant ?? null,
    language,
    origin: location.origin,
    path: location.pathname,
  };
  void post(endpoint, receipt);
}

/** Sends again the receipts that earlier page views could not deliver (the core calls it when some wait). */
export function resendPending(endpoint: string): void {
  const waiting = pending();
  keep([]);
  for (const receipt of waiting) void post(endpoint, receipt);
}

/** What an impression is told of the page view (the UI's host, src/core/lazy.ts). */
export interface ImpressionSource {
  config: ResolvedConfig;
  view: { readonly state: ConsentState };
  language: string;
  /** Set under the opt-out and notice regimes, whose notice the banner shows in its place (src/core/lazy.ts). */
  notice?: unknown;
}

/**
 * `consentLog.impressions` (issue 23): the banner was shown. POSTs `{ origin, variant, regime, language }` to
 * `<endpoint>/impressions`, and nothing else: no consent id, no cookie (`credentials: "omit"`), nothing kept in the
 * browser, no retry. `regime` is the page view's regime with `regimes`, else null, as the receipts count it (they
 * carry no regime then). Sent as text/plain, which needs no CORS preflight: one request per banner shown.
 */
export function sendImpression({ config, view, language, notice }: ImpressionSource): void {
  // The notice of the opt-out and notice regimes, shown in the banner's place, is not an impression of the banner.
  if (notice) return;
  const body = { origin: location.origin, variant: view.state.variant ?? null, regime: view.state.regime ?? null, language };
  fetch(`${config.consentLog!.endpoint.replace(/\/+$/, '')}/impressions`, { method: 'POST', body: JSON.stringify(body), credentials: 'omit', keepalive: true }).catch(
    () => {},
  );
}
