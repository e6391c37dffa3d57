/** Public types of the consent core. They are the reference documentation of the API. */
import type { CategoryId, ConsentMethod, RegimeId, ServiceId } from 'bandeau-catalog/config/types';

// The configuration's types live in the catalog (packages/consent-catalog), shared with the audit and the receiver.
export type * from 'bandeau-catalog/config/types';

/** What the visitor decided, as the API and the events report it. */
export interface ConsentState {
  /** False until a valid decision is stored (none yet, expired, older revision, unreadable). */
  decided: boolean;
  /** Every configured category; required ones are always true, the rest false until granted. */
  categories: Record<CategoryId, boolean>;
  /** Every configured service; a category with services is granted when all of them are. */
  services: Record<ServiceId, boolean>;
  /** Identifies this browser's consent record; kept across decisions, renewed by `reset()`. Null before any decision. */
  consentId: string | null;
  /** ISO 8601 time of the decision, null before any. */
  decidedAt: string | null;
  /** The revision the decision was made under (the config's before any decision). */
  revision: number;
  method: ConsentMethod | null;
  /** With `regimes` in the config: the regime of this page view (the cookie and the receipt keep the decision's). */
  regime?: RegimeId;
  /** With `regimes`: the visitor's region for this page view (`US-CA`, `FR`), or null when no source answered. */
  region?: string | null;
  /**
   * With `variants` in the config: before a decision, the id of the variant this page view shows; once decided, the
   * variant recorded with the decision (the cookie and the receipt keep it). Null without `variants`, and for a
   * decision recorded without one.
   */
  variant: string | null;
}

/** Detail of `cookie-consent:change`. */
export interface ConsentChange extends ConsentState {
  /** Category and service ids whose value differs from before. */
  changed: Array<CategoryId | ServiceId>;
  /** Ids that went from refused to granted. */
  granted: Array<CategoryId | ServiceId>;
  /** Ids that went from granted to refused. */
  revoked: Array<CategoryId | ServiceId>;
}

/** `window.cookieConsent`. */
export interface CookieConsentApi {
  /**
   * Resolves with the state once the stored record is read and the config applied (when `cookie-consent:ready`
   * fires); the same Promise at every read. With a broken config it resolves with the defaults; it never rejects.
   */
  readonly ready: Promise<ConsentState>;
  /** A copy of the current state. */
  get(): ConsentState;
  /** True only when that category or service is granted. */
  isGranted(id: CategoryId | ServiceId): boolean;
  /** Resolves (with the state) as soon as the category or service is granted; at once if it already is. */
  whenGranted(id: CategoryId | ServiceId): Promise<ConsentState>;
  /** Calls back on every recorded decision; returns the unsubscribe function. */
  onChange(callback: (change: ConsentChange) => void): () => void;
  /**
   * Svelte's store contract: calls `run` with the state at once and after every change; returns the unsubscribe
   * function. So `$consent` works in a Svelte component, and any framework can follow the state.
   */
  subscribe(run: (state: ConsentState) => void): () => void;
  acceptAll(): void;
  rejectAll(): void;
  /** Records a custom decision by category or service id (a category id sets all its services); others keep their value. */
  update(choices: Record<CategoryId | ServiceId, boolean>): void;
  showBanner(): void;
  showPreferences(): void;
  /** Forgets the decision (new consent id on the next one) and shows the banner. */
  reset(): void;
}

/** Events dispatched on `document` (bubbling, composed). */
export interface CookieConsentEventMap {
  'cookie-consent:ready': CustomEvent<ConsentState>;
  'cookie-consent:change': CustomEvent<ConsentChange>;
  /** A refused `<consent-gate>` asks for its placeholder; call preventDefault() to render your own into `slot`. */
  'cookie-consent:placeholder': CustomEvent<PlaceholderRequest>;
}

/** Detail of `cookie-consent:placeholder`. */
export interface PlaceholderRequest {
  category: CategoryId;
  /** Set when the gate waits for one service (`service="youtube"`). */
  service?: ServiceId;
  /** The gate's placeholder slot; its fallback content is what shows. */
  slot: HTMLSlotElement;
}

declare global {
  interface Window {
    cookieConsent?: CookieConsentApi;
  }
  interface DocumentEventMap extends CookieConsentEventMap {}
}
