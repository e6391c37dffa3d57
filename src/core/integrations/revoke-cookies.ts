/** Loaded lazily by the core when a category is revoked: deletes the cookies that category set. */
import Cookies from 'js-cookie';
import type { Category } from '../types.js';

/** The current host and each parent domain (a.b.example.com, .b.example.com, .example.com). */
function domains(): Array<string | undefined> {
  const parts = location.hostname.split('.');
  const result: Array<string | undefined> = [undefined];
  if (/^[\d.]+$|:/.test(location.hostname)) return result; // IP addresses have no parent domains.
  for (let i = 0; i < parts.length - 1; i++) result.push(`.${parts.slice(i).join('.')}`);
  return result;
}

const matches = (name: string, pattern: string): boolean =>
  pattern.length > 2 && pattern.startsWith('/') && pattern.endsWith('/') ? new RegExp(pattern.slice(1, -1)).test(name) : name === pattern;

/**
 * Deletes every cookie matching the categories' `cookies` lists, for the current host and its parent domains,
 * on paths `/` and the current path. Never throws (cookies may be unavailable).
 */
export function revoke(categories: Category[]): void {
  const patterns = categories.flatMap((category) => category.cookies);
  if (!patterns.length) return;
  try {
    const names = Object.keys(Cookies.get()).filter((name) => patterns.some((pattern) => matches(name, pattern)));
    const paths = [...new Set(['/', location.pathname])];
    for (const name of names) {
      for (const domain of domains()) for (const path of paths) Cookies.remove(name, { domain, path });
    }
  } catch {
    // Cookies unavailable: nothing to clear.
  }
}
