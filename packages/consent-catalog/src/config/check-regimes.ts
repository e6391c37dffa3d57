/**
 * Checks the `regimes` key (issue 21), in the lazily loaded `regimes` module (pages without the key never fetch it):
 * the core's reader keeps the object as given. It returns the safe, complete value and the problems, as
 * [field, expected] pairs; when there are some, config-report.js prints them (reportRegimes in report-problems.ts).
 * A bad field takes its safe default: an unusable `unknown` is `opt-in`, a refused endpoint is never asked.
 * No runtime import: this file is bundled into regimes.js alone.
 */
import type { Category, CategoryId, RegimeId, RegimesConfig, RegionSource } from './types.js';

/** `regimes` after checking: every field present and safe to use. */
export interface ResolvedRegimes {
  from: RegionSource[];
  endpoint?: string;
  regions: Record<string, RegimeId>;
  unknown: RegimeId;
  objectable: CategoryId[];
  saleShare: CategoryId[];
  sensitive: CategoryId[];
}

/** A problem: the field under `regimes` (`.endpoint`, `.from[2]`), what was expected (a key of REGIME_EXPECTED), and the value. */
export type RegimeProblem = [field: string, expected: string, value: unknown];

export const REGIME_IDS: readonly RegimeId[] = ['opt-in', 'uk', 'opt-out', 'notice'];
const SOURCES: readonly RegionSource[] = ['meta', 'endpoint', 'timezone'];
const KEYS = 'from endpoint regions unknown objectable saleShare sensitive'.split(' ');
/** A `regions` key: a country (`JP`), a subdivision (`US-CA`), a group (`EU` is two letters, `EEA`) or `*`. */
const REGION_KEY = /^([A-Z]{2}(-[A-Z\d]{1,3})?|EEA|\*)$/;

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * True for an http(s) URL of the page's own origin: a region lookup elsewhere would hand the visitor's IP address to
 * a third party before any consent.
 */
export const isSameOrigin = (url: unknown): boolean => {
  try {
    return typeof url === 'string' && new URL(url, location.href).origin === location.origin;
  } catch {
    return false;
  }
};

export function checkRegimes(value: RegimesConfig, categories: Category[]): { regimes: ResolvedRegimes; problems: RegimeProblem[] } {
  const problems: RegimeProblem[] = [];
  const bad = (field: string, expected: string, got: unknown): undefined => void problems.push([field, expected, got]);
  const given: Record<string, any> = isObject(value) ? value : (bad('', 'object', value), {});
  for (const key of Object.keys(given)) if (!KEYS.includes(key)) bad(`.${key}`, 'unknown', undefined);
  const regime = (field: string, id: unknown): RegimeId | undefined => (REGIME_IDS.includes(id as RegimeId) ? (id as RegimeId) : bad(field, 'regime', id));
  const optional = (id: unknown): boolean => categories.some((c) => c.id === id && !c.required);
  /** A list of optional category ids of this config; absent, the default (when those categories exist). */
  const ids = (key: string, fallback: CategoryId[]): CategoryId[] => {
    const list = given[key];
    if (list === undefined) return fallback.filter(optional);
    if (!Array.isArray(list)) return bad(`.${key}`, 'categories', list) ?? [];
    return list.filter((id, i) => optional(id) || bad(`.${key}[${i}]`, 'category', id));
  };

  let endpoint: string | undefined = given.endpoint;
  if (endpoint !== undefined && !isSameOrigin(endpoint)) endpoint = bad('.endpoint', 'endpoint', endpoint);
  let from: RegionSource[] = endpoint ? ['meta', 'endpoint'] : ['meta'];
  if (Array.isArray(given.from)) {
    from = given.from.filter((source: RegionSource, i: number) =>
      (SOURCES.includes(source) && given.from.indexOf(source) === i) || bad(`.from[${i}]`, 'source', source));
    if (from.includes('endpoint') && !endpoint) bad('.from', 'no-endpoint', 'endpoint');
  } else if (given.from !== undefined) bad('.from', 'from', given.from);
  const regions: Record<string, RegimeId> = {};
  if (isObject(given.regions)) {
    for (const [key, id] of Object.entries(given.regions)) {
      if (!REGION_KEY.test(key)) bad(`.regions.${key}`, 'region', key);
      else if (regime(`.regions.${key}`, id)) regions[key] = id as RegimeId;
    }
  } else if (given.regions !== undefined) bad('.regions', 'regions', given.regions);
  return {
    problems,
    regimes: {
      from,
      endpoint,
      regions,
      unknown: (given.unknown !== undefined && regime('.unknown', given.unknown)) || 'opt-in',
      objectable: ids('objectable', []),
      saleShare: ids('saleShare', ['ads']),
      sensitive: ids('sensitive', []),
    },
  };
}
