import { IMPORTS, type Bundled, type LazyName, type Load } from './lazy.js';
import { logError } from './util/log.js';

// The loaders over the lazy files' manifest (lazy.ts).

/**
 * A loader that answers a bundled file at once, and fetches beside any other file what it imports (IMPORTS), in
 * parallel: a fetched file imports the fetched copies, not the bundled ones.
 */
export const withImports = (load: Load, bundled: Bundled = {}): Load => (name) =>
  bundled[name]
    ? Promise.resolve(bundled[name])
    : Promise.all([load(name), ...((IMPORTS as Partial<Record<LazyName, LazyName[]>>)[name] ?? []).map((file) => load(file))]).then(([m]) => m);

export const loadFailed = (error: unknown): void =>
  logError(`a file of dist/ could not be loaded; nothing is granted:`, error);

/** A loader for subscribers: a file that cannot be loaded is reported, and what needed it does not happen (fail closed). */
export const lazyLoader = (load: Load): Load => (name) =>
  load(name).catch((error) => {
    loadFailed(error);
    return new Promise(() => {});
  });
