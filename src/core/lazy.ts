import type { LAZY_MODULES } from '../lazy-modules.js';
import { logError } from './util/log.js';

type Modules = typeof LAZY_MODULES;
export type LazyModules = { [K in keyof Modules]: Awaited<ReturnType<Modules[K]>> };
export type LazyName = keyof LazyModules;

/** Loads a file of dist/ by name: a lazy module, `lit-html`, or a language table (`i18n/fr`, `i18n/dialog/fr`). */
export type RawLoader = (name: string) => Promise<any>;
export type LazyLoader = <K extends LazyName>(name: K) => Promise<LazyModules[K]>;

export const loadFailed = (error: unknown): void =>
  logError(`a file of dist/ could not be loaded; nothing is granted:`, error);

/** A loader for subscribers: a file that cannot be loaded is reported, and what needed it does not happen (fail closed). */
export const lazyLoader = (load: RawLoader): LazyLoader => (name) =>
  load(name).catch((error) => {
    loadFailed(error);
    return new Promise(() => {});
  });
