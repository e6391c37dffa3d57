/**
 * Loaded lazily by the core when consent is withdrawn: deletes the cookies of the revoked categories (their `cookies`
 * patterns) and exactly the declared cookies and storage keys of the revoked services (names and prefixes).
 */
import { cookieMatcher } from 'bandeau-catalog/config/schema';
import Cookies from 'js-cookie';
import { resolveServices } from '../../services/services.js';
import type { Load } from '../lazy.js';
import type { ResolvedConfig } from '../types.js';

/** The current host and each parent domain (a.b.example.com, .b.example.com, .example.com). */
function domains(): Array<string | undefined> {
  const parts = location.hostname.split('.');
  const result: Array<string | undefined> = [undefined];
  if (/^[\d.]+$|:/.test(location.hostname)) return result; // IP addresses have no parent domains.
  for (let i = 0; i < parts.length - 1; i++) result.push(`.${parts.slice(i).join('.')}`);
  return result;
}

type Matcher = (name: string) => boolean;

/** Removes the matching keys of a storage; never throws (storage may be unavailable). */
function clearStorage(kind: 'localStorage' | 'sessionStorage', matchers: Matcher[]): void {
  if (!matchers.length) return;
  try {
    const storage = window[kind];
    for (const key of Object.keys(storage)) if (matchers.some((match) => match(key))) storage.removeItem(key);
  } catch {
    // Storage unavailable: nothing to clear.
  }
}

/** Deletes what the revoked ids declare, now and after any of their gated scripts still loading has run. */
export async function revoke(config: ResolvedConfig, revoked: string[], load: Load): Promise<void> {
  await clear(config, revoked, load);
  // A gated script of a withdrawn id that was still loading runs all the same (an inserted script cannot be stopped):
  // what it sets is deleted again once it has run. One that has already run fires no load event again.
  const withdrawn = (value?: string) => value !== undefined && revoked.includes(value);
  for (const script of document.querySelectorAll<HTMLScriptElement>('script[src]:is([data-category],[data-service])')) {
    if (withdrawn(script.dataset.category) || withdrawn(script.dataset.service)) {
      script.addEventListener('load', () => void clear(config, revoked, load), { once: true });
    }
  }
}

/**
 * Deletes what the revoked ids (categories and services) declare: cookies on the current host and its parent domains,
 * on paths `/` and the current path, and storage keys. Never throws.
 */
async function clear(config: ResolvedConfig, revoked: string[], load: Load): Promise<void> {
  const cookieMatchers: Matcher[] = config.categories
    .filter((category) => revoked.includes(category.id))
    .flatMap((category) => category.cookies.map(cookieMatcher));
  const storage = { localStorage: [] as Matcher[], sessionStorage: [] as Matcher[] };
  const revokedServices = Object.keys(config.services).filter((id) => revoked.includes(id));
  if (revokedServices.length) {
    const services = await resolveServices(config, load);
    for (const id of revokedServices) {
      for (const { name, prefix, type } of services[id]?.cookies ?? []) {
        const match = (key: string) => (prefix ? key.startsWith(name) : key === name);
        (type === 'cookie' ? cookieMatchers : storage[type]).push(match);
      }
    }
  }
  clearStorage('localStorage', storage.localStorage);
  clearStorage('sessionStorage', storage.sessionStorage);
  if (!cookieMatchers.length) return;
  try {
    const names = Object.keys(Cookies.get()).filter((name) => cookieMatchers.some((match) => match(name)));
    const paths = [...new Set(['/', location.pathname])];
    for (const name of names) {
      for (const domain of domains()) for (const path of paths) Cookies.remove(name, { domain, path });
    }
  } catch {
    // Cookies unavailable: nothing to clear.
  }
}
