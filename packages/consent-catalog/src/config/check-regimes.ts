/**
 * Checks the `regimes` key (issue 21), in the lazily loaded `regimes` module (pages without the key never fetch it):
 * the core's reader keeps the object as given. It returns the safe, complete value, and as problems the keys whose
 * value was not used as given; when there are some, config-report.js says what each expected (reportRegimes in
 * report-problems.ts): the rules are here only, the messages there. What does not fit is left out: an unusable
 * `unknown` is `opt-in`, a refused endpoint is never asked, a bad entry of a list or of `regions` is dropped.
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

/**
 * A problem, told by config-report.js: a key of `regimes` not used as given (`""` for the whole value, `meta` for the
 * page's <meta>, `answer` for the endpoint's) and the value.
 */
export type RegimeProblem = [field: string, value: unknown];

export const REGIME_IDS: readonly RegimeId[] = ['opt-in', 'uk', 'opt-out', 'notice'];
const SOURCES: readonly RegionSource[] = ['meta', 'endpoint', 'timezone'];
/**
 * A region code (ISO 3166-1 alpha-2 `FR` or ISO 3166-2 `US-CA`), or undefined. `XX` is what CDNs send for "no data"
 * (Cloudflare's CF-IPCountry).
 */
export const regionCode = (value: unknown): string | undefined =>
  typeof value === 'string' && /^(?!XX)[A-Z]{2}(-[A-Z\d]{1,3})?$/.test(value) ? value : undefined;

const isObject = (value: unknown): value is Record<string, any> => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * True for an http(s) URL of the page's own origin: a region lookup elsewhere would hand the visitor's IP address to
 * a third party before any consent.
 */
export const isSameOrigin = (url: unknown): boolean | undefined => {
  try {
    return typeof url === 'string' && new URL(url, location.href).origin === location.origin;
  } catch {
    // Not a URL: not the page's origin (undefined).
  }
};

export function checkRegimes(value: RegimesConfig, categories: Category[]): { regimes: ResolvedRegimes; problems: RegimeProblem[] } {
  // Not an object: the whole value is the one problem (its key is "").
  const given: Record<string, any> = isObject(value) ? value : { '': value };
  const optional = categories.filter((c) => !c.required).map((c) => c.id);
  /** The allowed entries of a list, each once; absent, the default's. */
  const list = <T>(key: string, allowed: readonly unknown[], fallback: T[] = []): T[] => {
    const items = given[key] ?? fallback;
    return Array.isArray(items) ? [...new Set(items)].filter((item) => allowed.includes(item)) : [];
  };
  const endpoint = isSameOrigin(given.endpoint) ? (given.endpoint as string) : undefined;
  // A `regions` key is a region code, a group (`EU` has a country's shape, `EEA`) or `*`.
  const regimes: ResolvedRegimes = {
    from: list('from', endpoint ? SOURCES : ['meta', 'timezone'], ['meta', 'endpoint']),
    endpoint,
    regions: Object.fromEntries(Object.entries<RegimeId>(given.regions ?? {}).filter(([key, id]) => (regionCode(key) || key === 'EEA' || key === '*') && REGIME_IDS.includes(id))),
    unknown: REGIME_IDS.includes(given.unknown) ? given.unknown : 'opt-in',
    objectable: list('objectable', optional),
    saleShare: list('saleShare', optional, ['ads']),
    sensitive: list('sensitive', optional),
  };
  // A key is clean when what is used is what was given (unknown keys are not used).
  const problems = Object.entries(given).filter(([key, value]) => JSON.stringify(value) !== JSON.stringify(regimes[key as keyof ResolvedRegimes]));
  return { regimes, problems };
}
