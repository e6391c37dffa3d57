import type { ConsentStore } from '../consent/store.js';

/** Global Privacy Control: with no decision stored, the browser's signal is a refusal of every optional category. */
export const gpcApplies = (store: ConsentStore): boolean =>
  !store.state.decided && store.config.gpc === 'honor' && (navigator as { globalPrivacyControl?: boolean }).globalPrivacyControl === true;

/** Records the refusal (called after `cookie-consent:ready`, once every subscriber is wired, so it is a change like any other). */
export const recordGpcRefusal = (store: ConsentStore): void => store.decide('gpc', () => false);
