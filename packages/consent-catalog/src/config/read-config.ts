import { DEFAULT_CATEGORY_IDS, DEFAULT_COOKIE, defaultCategories, MAX_LIFETIME_DAYS } from './defaults.js';
import type { Category, RegimesConfig, ResolvedConfig, VariantConfig } from './types.js';
import { isSafeUrl } from '../url.js';
import * as schema from './schema.js';

/**
 * The core's config reader: small and fast, it turns any input (parsed JSON or JSON text) into a safe, complete
 * config and says whether the input was clean. It never throws; an unusable field takes its default. When the input
 * is not clean, the core loads the checker (check-config.ts, in config-report.js) to explain why. A property test
 * keeps the two in agreement.
 */
export function readConfig(input: unknown): { config: ResolvedConfig; clean: boolean; regimes?: RegimesConfig; variants?: VariantConfig[] } {
  let clean = true;
  const fail = (): undefined => void (clean = false);
  /** The defined entries of an object whose keys pass `key` (a pattern or a list of names); flags the rest. */
  const entries = (value: unknown, key: RegExp | string): Array<[string, any]> =>
    value === undefined
      ? []
      : schema.isObject(value)
        ? Object.entries(value).filter(([k, v]) => v !== undefined && ((typeof key === 'string' ? key.split(' ').includes(k) : key.test(k)) || fail()))
        : (fail(), []);
  const fields = (value: unknown, keys: string): Record<string, unknown> => Object.fromEntries(entries(value, keys));
  /** The value when absent or valid; otherwise flagged and dropped. */
  const valid = <T>(value: unknown, ok: (value: any) => unknown): T | undefined => (value === undefined || ok(value) ? (value as T) : fail());
  const bool = (value: unknown) => valid<boolean>(value, (v) => typeof v === 'boolean');
  const matching = (value: unknown, pattern: RegExp) => valid<string>(value, (v) => typeof v === 'string' && pattern.test(v));
  const oneOf = <T>(value: unknown, values: T[]) => valid<T>(value, (v) => values.includes(v));
  /** The valid items of an array (the others flagged). */
  const list = <T>(value: unknown, ok: (item: any) => unknown): T[] | undefined =>
    Array.isArray(value) ? value.filter((item) => ok(item) || fail()) : valid(value, () => false);

  let raw: unknown = input ?? {};
  if (typeof raw === 'string') {
    try {
      raw = raw.trim() ? JSON.parse(raw) : {};
    } catch {
      raw = fail();
    }
  }
  const c = fields(raw ?? {}, schema.TOP_KEYS);

  const categories: Category[] = [];
  const services: ResolvedConfig['services'] = {};
  /** Ids are unique across categories and services: a repeated one is flagged and dropped. */
  const taken = (id: string): boolean => (Object.hasOwn(services, id) || categories.some((c) => c.id === id) ? !fail() : false);
  for (const [id, value] of entries(c.categories, schema.CATEGORY_ID)) {
    if (!schema.isObject(value) || taken(id)) {
      fail();
      continue;
    }
    const category = fields(value, schema.CATEGORY_KEYS);
    const title = valid<Category['title']>(category.title, schema.isText);
    const description = valid<Category['description']>(category.description, schema.isText);
    const required = bool(category.required) ?? id === 'necessary';
    const cookies = list<string>(category.cookies, schema.isCookiePattern) ?? [];
    // A custom category needs a title to be shown.
    if (title === undefined && !DEFAULT_CATEGORY_IDS.includes(id)) {
      fail();
      continue;
    }
    const ids: string[] = [];
    // Each service's details (label, provider, cookies, preset) are read where they are shown (services.js).
    for (const [service, config] of entries(category.services, schema.CATEGORY_ID)) {
      if (!schema.isObject(config) || service === id || taken(service)) fail();
      else {
        ids.push(service);
        services[service] = { category: id, config };
      }
    }
    categories.push({ id, required, title, description, cookies, services: ids });
  }
  if (c.categories !== undefined && !categories.length) fail();

  const given = fields(c.cookie, schema.COOKIE_KEYS);
  const lifetimeDays = valid<number>(given.lifetimeDays, schema.isLifetime);
  if (lifetimeDays! > MAX_LIFETIME_DAYS) fail();
  const cookie = { ...DEFAULT_COOKIE } as ResolvedConfig['cookie'];
  for (const [key, value] of Object.entries({
    name: matching(given.name, schema.COOKIE_NAME),
    domain: matching(given.domain, schema.COOKIE_DOMAIN),
    path: matching(given.path, schema.COOKIE_PATH),
    sameSite: valid(given.sameSite, schema.sameSite) && schema.sameSite(given.sameSite),
    lifetimeDays: lifetimeDays && Math.min(lifetimeDays, MAX_LIFETIME_DAYS),
  })) {
    if (value !== undefined) (cookie as Record<string, unknown>)[key] = value;
  }

  const texts: ResolvedConfig['texts'] = {};
  for (const [language, table] of entries(c.texts, schema.LANGUAGE)) {
    if (!schema.isObject(table)) fail();
    else texts[language.toLowerCase()] = Object.fromEntries(entries(table, schema.TEXT_KEY).filter(([, text]) => typeof text === 'string' || fail()));
  }

  const mode = c.googleConsentMode;
  const googleConsentMode =
    mode === true
      ? schema.DEFAULT_CONSENT_MODE()
      : schema.isObject(mode)
        ? Object.fromEntries(
            entries(mode, schema.CONSENT_TYPE)
              .filter(([, ids]) => Array.isArray(ids) || fail())
              .map(([type, ids]) => [type, list<string>(ids, (id) => typeof id === 'string' && schema.CATEGORY_ID.test(id))!]),
          )
        : void bool(mode);

  const log = fields(c.consentLog, schema.CONSENT_LOG_KEYS);
  const endpoint = valid<string>(log.endpoint, isSafeUrl);
  const config: ResolvedConfig = {
    revision: valid<number>(c.revision, (v) => Number.isInteger(v) && v >= 0) ?? 1,
    language: matching(c.language, schema.LANGUAGE),
    fallbackLanguage: matching(c.fallbackLanguage, schema.LANGUAGE) ?? 'en',
    privacyPolicyUrl: valid(c.privacyPolicyUrl, isSafeUrl),
    categories: categories.length ? categories : defaultCategories(),
    services: categories.length ? services : {},
    cookie,
    texts,
    reloadOnRevoke: bool(c.reloadOnRevoke) ?? true,
    continueWithoutAccepting: !!bool(c.continueWithoutAccepting),
    floatingButton: !!bool(c.floatingButton),
    consentLog: endpoint ? { endpoint, impressions: bool(log.impressions) } : undefined,
    gpc: oneOf(c.gpc, schema.GPC) ?? 'honor',
    googleConsentMode,
    theme: oneOf(c.theme, schema.THEMES) ?? 'auto',
    layout: oneOf(c.layout, schema.LAYOUTS) ?? 'bar',
  };
  // `regimes` is handed over as given: the `regimes` module checks it, on pages that have it (config/check-regimes.ts).
  // After the fields above: reading them may flag the input.
  // `variants` likewise, checked by the `variants` module (config/check-variants.ts).
  return { config, clean, regimes: c.regimes as RegimesConfig | undefined, variants: c.variants as VariantConfig[] | undefined };
}
