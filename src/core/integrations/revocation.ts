import type { Gating } from '../gating/gating.js';
import type { LazyLoader } from '../lazy.js';
import type { ConsentChange, ResolvedConfig } from '../types.js';

/**
 * Subscriber: when categories are withdrawn, deletes their cookies (js-cookie, loaded lazily), then reloads once if
 * their scripts already ran: a script that ran cannot be unloaded.
 */
export const revokeWithdrawn = (config: ResolvedConfig, gating: Gating, load: LazyLoader) =>
  ({ revoked }: ConsentChange): void => {
    if (!revoked.length) return;
    load('revocation')
      .then((m) => m.revoke(config.categories.filter((category) => revoked.includes(category.id))))
      .then(() => config.reloadOnRevoke && gating.ranAny(revoked) && location.reload());
  };
