// For the bindings' tests: a stand-in for the running widget (what the bindings read: window.cookieConsent and the
// document's events), and a record of what the frameworks report on the console while they hydrate.
import { CHANGE_EVENT } from '../core/api/events.js';
import type { CookieConsentApi } from '../core/types.js';

/** Makes the page look like a widget runs whose stored decision grants exactly `granted`. */
export function runningWidget(granted: string[]): { grant(id: string): void; stop(): void } {
  const state = () => ({ decided: true, categories: Object.fromEntries(granted.map((id) => [id, true])), services: {}, consentId: 'x', decidedAt: '2026-01-01T00:00:00.000Z', revision: 1, method: 'accept-all', variant: null });
  window.cookieConsent = { isGranted: (id: string) => granted.includes(id), get: state } as unknown as CookieConsentApi;
  return {
    grant(id) {
      granted.push(id);
      document.dispatchEvent(new CustomEvent(CHANGE_EVENT, { detail: { state: state() } }));
    },
    stop: () => void delete (window as { cookieConsent?: unknown }).cookieConsent,
  };
}

/** Collects console errors and warnings (hydration mismatches are reported there) until `stop()`. */
export function consoleProblems(): { problems: string[]; stop(): void } {
  const problems: string[] = [];
  const { error, warn } = console;
  console.error = (...args: unknown[]) => void problems.push(args.map(String).join(' '));
  console.warn = (...args: unknown[]) => void problems.push(args.map(String).join(' '));
  return { problems, stop: () => Object.assign(console, { error, warn }) };
}
