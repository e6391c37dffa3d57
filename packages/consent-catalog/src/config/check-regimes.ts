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
  const bad = (field: string, expected: string, got?: unknown): undefined => void problems.push([field, expected, got]);
  const given: Record<string, any> = isObject(value) ? value : (bad('', 'object', value), {});
  for (const key in given) if (!KEYS.includes(key)) bad(`.${key}`, 'unknown');
  const regime = (field: string, id: unknown): RegimeId | undefined => (REGIME_IDS.includes(id as RegimeId) ? (id as RegimeId) : bad(field, 'regime', id));
  /** A list of allowed values, each once (`each` names what an entry should be, `whole` the list); absent, the default. */
  const list = <T>(key: string, allowed: readonly unknown[], fallback: T[], each: string, whole: string): T[] => {
    const items = given[key];
    if (items === undefined) return fallback.filter((item) => allowed.includes(item));
    if (!Array.isArray(items)) return bad(`.${key}`, whole, items) ?? [];
    return items.filter((item, i) => (allowed.includes(item) && items.indexOf(item) === i) || bad(`.${key}[${i}]`, each, item));
  };
  const optional = categories.filter((c) => !c.required).map((c) => c.id);
  const ids = (key: string, fallback: CategoryId[] = []): CategoryId[] => list(key, optional, fallback, 'category', 'categories');

  let endpoint: string | undefined = given.endpoint;
  if (endpoint !== undefined && !isSameOrigin(endpoint)) endpoint = bad('.endpoint', 'endpoint', endpoint);
  const from = list<RegionSource>('from', SOURCES, ['meta', 'endpoint'], 'source', 'from').filter(
    (source) => source !== 'endpoint' || endpoint || (given.from && bad('.from', 'no-endpoint', source)),
  );
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
      objectable: ids('objectable'),
      saleShare: ids('saleShare', ['ads']),
      sensitive: ids('sensitive'),
    },
  };
}
