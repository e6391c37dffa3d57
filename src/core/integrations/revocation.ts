import type { Gating } from '../gating/gating.js';
import type { Load } from '../lazy.js';
import type { ConsentChange, ResolvedConfig } from '../types.js';

/**
 * Subscriber: when categories or services are withdrawn, deletes what they declared (js-cookie and the services'
 * declarations, loaded lazily), then reloads once if their scripts already ran: a script that ran cannot be unloaded.
 */
export const revokeWithdrawn = (config: ResolvedConfig, gating: Gating, load: Load, raw: Load) =>
  ({ revoked }: ConsentChange): void => {
    if (!revoked.length) return;
    load('revocation')
      .then((m) => m.revoke(config, revoked, raw))
      .then(() => config.reloadOnRevoke && gating.ranAny(revoked) && location.reload());
  };
