/** dist/consent-notice.js (issue 21): the notice of the opt-out and notice regimes, and the UI's subscriber under them. */
export { showNotice } from './notice.js';
export { regimeUI } from './regime-ui.js';
