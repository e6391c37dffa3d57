/**
 * The UI under the `opt-out` and `notice` regimes (issue 21), in consent-notice.js with the notice itself: fetched by
 * regimes.js only for those regimes.
 */
import type { ConsentStore } from '../../core/consent/store.js';
import type { ConsentChange, ConsentState, ResolvedConfig } from '../../core/types.js';
import type { UIBridge } from '../../core/ui-bridge.js';
import type { UIHost } from '../contract.js';
import { showNotice } from './notice.js';

const signalOn = (config: ResolvedConfig): boolean =>
  config.gpc === 'honor' && (navigator as { globalPrivacyControl?: boolean }).globalPrivacyControl === true;

/**
 * The UI's subscriber under `opt-out` and `notice`: the notice replaces the banner, and a decision by Global Privacy
 * Control is displayed ("Opt-Out Request Honored") without any click.
 */
export function regimeUI(store: ConsentStore, host: UIHost, ui: UIBridge) {
  // CCPA regulations §7025(c)(3): under opt-out and notice the signal also wins over « OK » (defaults kept).
  if (signalOn(store.config) && store.state.method === 'notice') host.api.ready.then(() => store.decide('gpc', () => false));
  // Once the page is parsed (the notice goes at the end of <body>); its texts load with it.
  const show = (kind: 'notice' | 'opt-out' | 'gpc'): void => {
    const run = (): void => void showNotice(host, kind).catch((error) => console.error('[cookie-consent] the notice could not be shown:', error));
    if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', run, { once: true });
    else run();
  };
  return (change: ConsentState | ConsentChange): void => {
    if (!change.decided) return show(host.regime!.id as 'notice' | 'opt-out');
    // CCPA regulations §7025(c)(6): display that the signal was processed as a valid request, without any click.
    if (change.method === 'gpc' && signalOn(store.config)) show('gpc');
    ui.follow(change);
  };
}
