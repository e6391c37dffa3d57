import type { ConsentStore, Subscriber } from '../consent/store.js';

/**
 * Keeps the site's open tabs in step. The cookie stays the single source of truth: a tab that records a decision
 * says so on a BroadcastChannel, and the others re-read the cookie (also whenever a tab becomes visible,
 * which covers decisions made on another subdomain). Returns the subscriber that says so.
 */
export function syncTabs(store: ConsentStore): Subscriber {
  const reread = (): void => store.sync();
  let channel: BroadcastChannel | undefined;
  try {
    channel = new BroadcastChannel(`cookie-consent:${store.config.cookie.name}`);
    channel.onmessage = reread;
  } catch {
    // No BroadcastChannel (very old browser, some sandboxes): visibility changes still re-read.
  }
  document.addEventListener('visibilitychange', () => document.visibilityState === 'visible' && reread());
  // Posted after the click's paint: other tabs need not hold up this one. A change read from another tab is not echoed.
  return (_change, remote) => remote || setTimeout(() => channel?.postMessage(1));
}
