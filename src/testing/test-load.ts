import type { Load } from '../core/lazy.js';
import { LAZY_MODULES } from '../lazy-modules.js';

const TABLES: Record<string, () => Promise<unknown>> = {
  'i18n/fr': () => import('../i18n/fr.js'),
  'i18n/en': () => import('../i18n/en.js'),
  'i18n/dialog/fr': () => import('../i18n/dialog/fr.js'),
  'i18n/dialog/en': () => import('../i18n/dialog/en.js'),
};

/**
 * A loader for component tests, as the core's: what `given` answers (a promise), else the French or English tables,
 * else the lazy file from its source (src/lazy-modules.ts). Every name asked for is pushed to `loads`.
 */
export const testLoad = (given: (name: string) => Promise<unknown> | undefined = () => undefined, loads: string[] = []): Load =>
  ((name: string) => {
    loads.push(name);
    const modules: Record<string, () => Promise<unknown>> = LAZY_MODULES;
    return given(name) ?? (TABLES[name] ?? modules[name] ?? (() => Promise.reject(new Error(`no file ${name}`))))();
  }) as Load;
