import Cookies from 'js-cookie';
import { logWarn } from './log.js';
import type { ResolvedConfig } from './types.js';

/** Reads and writes the consent cookie; where cookies are unavailable, keeps the value for this page view only. */
export interface CookieJar {
  read(): string | undefined;
  write(value: string): void;
  remove(): void;
}

export function createCookieJar({ cookie }: ResolvedConfig): CookieJar {
  const attributes: Cookies.CookieAttributes = {
    path: cookie.path,
    sameSite: cookie.sameSite,
    domain: cookie.domain,
    secure: location.protocol === 'https:' || cookie.sameSite === 'None',
    // max-age, not expires: the browser counts it on its own clock, so a page whose Date is off (or a test's fake
    // clock) cannot make the cookie vanish early; the widget checks the decision's age itself.
    'max-age': String(Math.round(cookie.lifetimeDays * 86_400)),
  };
  let memory: string | undefined;
  let broken = false;
  // document.cookie throws in sandboxed iframes without allow-same-origin: warn once, then live in memory.
  const guard = <T>(action: () => T): T | undefined => {
    if (!broken) {
      try {
        return action();
      } catch (error) {
        broken = true;
        logWarn(`cookies are unavailable (${(error as Error).message}); the choice lasts for this page view only.`);
      }
    }
    return undefined;
  };
  return {
    read: () => (broken ? memory : guard(() => Cookies.get(cookie.name))),
    write(value) {
      memory = value;
      guard(() => Cookies.set(cookie.name, value, attributes));
      // Cookies refused without an error (blocked by the browser): keep the choice in memory instead.
      if (!broken && guard(() => Cookies.get(cookie.name)) !== value) {
        broken = true;
        logWarn('cookies are blocked; the choice lasts for this page view only.');
      }
    },
    remove() {
      memory = undefined;
      guard(() => Cookies.remove(cookie.name, { path: cookie.path, domain: cookie.domain }));
    },
  };
}
