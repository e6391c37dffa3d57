import { logWarn } from '../util/log.js';
import type { ResolvedConfig } from '../types.js';

/** Reads and writes the consent cookie; where cookies are unavailable, keeps the value for this page view only. */
export interface CookieJar {
  read(): string | undefined;
  write(value: string): void;
  remove(): void;
  /**
   * Starts reading the cookie without blocking, through the Cookie Store API where the browser has one; the next
   * `read()` answers from it. Undefined where there is none (then `read()` reads document.cookie).
   */
  preload?(): Promise<void> | undefined;
}

/**
 * The consent cookie, written straight to document.cookie: one known name and a URI-encoded JSON value need no
 * library, and the returning visitor's script stays small (js-cookie clears the other cookies on revocation).
 */
export function createCookieJar({ cookie: { name, path, domain, sameSite, lifetimeDays } }: ResolvedConfig): CookieJar {
  const attributes = `;path=${path}${domain ? `;domain=${domain}` : ''};samesite=${sameSite}${location.protocol === 'https:' || sameSite === 'None' ? ';secure' : ''}`;
  let memory: string | undefined;
  let broken = false;
  /** Cookies blocked, or unavailable (a throwing document.cookie, as in a sandboxed iframe). */
  const unavailable = (error?: unknown): void => {
    broken = true;
    logWarn(`cookies are ${error ? `unavailable (${(error as Error).message})` : 'blocked'}; the choice lasts for this page view only.`);
  };
  /** What the Cookie Store API answered, for the first read only: undefined until then, null once the cookie was read. */
  let early: { value?: string } | null | undefined;
  const read = (): string | undefined => {
    const given = early;
    early = null;
    try {
      const value = given ? given.value : document.cookie.split('; ').find((pair) => pair.startsWith(`${name}=`))?.slice(name.length + 1);
      return value && decodeURIComponent(value);
    } catch (error) {
      // A malformed value reads as no decision; a throwing document.cookie (sandboxed iframe) means no cookies at all.
      if (!(error instanceof URIError)) unavailable(error);
    }
  };
  // max-age, not expires: the browser counts it on its own clock, so a page whose Date is off (or a test's fake
  // clock) cannot make the cookie vanish early; the widget checks the decision's age itself.
  const set = (value: string, maxAge: number): void => {
    document.cookie = `${name}=${encodeURIComponent(value)}${attributes};max-age=${maxAge}`;
  };
  return {
    read: () => (broken ? memory : read()),
    preload() {
      // document.cookie waits on the browser process; the Cookie Store API answers later but leaves the page free.
      const store = (globalThis as { cookieStore?: { get(name: string): Promise<{ value: string } | null> } }).cookieStore;
      return store?.get(name).then(
        // Unless the cookie was read meanwhile (the page asked for the state at once): that read is newer.
        (cookie) => void (early === undefined && (early = { value: cookie?.value })),
        // Refused (an opaque origin): read() asks document.cookie, which says why.
        () => {},
      );
    },
    write(value) {
      memory = value;
      if (broken) return;
      try {
        set(value, Math.round(lifetimeDays * 86_400));
      } catch (error) {
        return unavailable(error);
      }
      // Cookies refused without an error (blocked by the browser): the choice then lives in memory. Checked after
      // the click's paint, as reading document.cookie back is a synchronous round trip to the browser process.
      setTimeout(() => broken || read() !== undefined || unavailable());
    },
    remove() {
      memory = undefined;
      try {
        if (!broken) set('', 0);
      } catch {
        // Cookies unavailable: nothing stored to remove.
      }
    },
  };
}
