import { DEFAULT_CATEGORY_IDS, DEFAULT_COOKIE, defaultCategories, MAX_LIFETIME_DAYS } from './defaults.js';
import type { Category, CategoryConfig, ResolvedConfig } from './types.js';
import { isSafeUrl } from '../url.js';
import { bool, list, matching, oneOf, type Problem, record, type Report, type Rule, shape } from './rules.js';
import * as schema from './schema.js';

const integer: Rule<number> = (value) => (Number.isInteger(value) && (value as number) >= 0 ? (value as number) : undefined);
const test = <T>(guard: (value: unknown) => boolean): Rule<T> => (value) => (guard(value) ? (value as T) : undefined);
const url = test<string>(isSafeUrl);
const text = test<Category['title']>(schema.isText);
const names = (keys: string, rule: Rule) => Object.fromEntries(keys.split(' ').map((key) => [key, rule]));

const lifetimeDays: Rule<number> = (value, path, report) => {
  if (!schema.isLifetime(value)) return undefined;
  if (value <= MAX_LIFETIME_DAYS) return value;
  report(path, 'clamped', value);
  return MAX_LIFETIME_DAYS;
};

const category = shape({
  required: bool,
  title: text,
  description: text,
  cookies: list(test(schema.isCookiePattern)),
  // Each service's details are checked where they are shown (services.js); here, its id and that it is an object.
  services: record(schema.CATEGORY_ID, test(schema.isObject)),
});

/** Categories keyed by id, in order; a custom id needs a title; ids are unique across categories and services. */
const categories: Rule<Category[]> = (value, path, report) => {
  const valid = record(schema.CATEGORY_ID, category)(value, path, report) as Record<string, CategoryConfig> | undefined;
  const result: Category[] = [];
  const seen = new Set<string>();
  const unique = (id: string, at: string): boolean => (seen.has(id) ? (report(at, 'duplicate', id), false) : (seen.add(id), true));
  for (const id of Object.keys(valid ?? {})) {
    const { required, title, description, cookies, services = {} } = valid![id];
    if (!unique(id, `${path}.${id}`)) continue;
    if (title === undefined && !DEFAULT_CATEGORY_IDS.includes(id)) {
      // An invalid title was reported already; a missing one is reported here. Either way the category goes.
      if ((value as Record<string, CategoryConfig>)[id].title === undefined) report(`${path}.${id}.title`, 'untitled', id);
      continue;
    }
    const ids = Object.keys(services).filter((service) => unique(service, `${path}.${id}.services.${service}`));
    result.push({ id, required: required ?? id === 'necessary', title, description, cookies: cookies ?? [], services: ids });
  }
  return result.length ? result : undefined;
};

/** Each service's category and config, from the checked categories. */
const servicesOf = (categories: Category[] | undefined, raw: any): ResolvedConfig['services'] =>
  Object.fromEntries((categories ?? []).flatMap(({ id, services }) => services.map((service) => [service, { category: id, config: raw.categories[id].services[service] }])));

const googleConsentMode: Rule<Record<string, string[]> | false> = (value, path, report) =>
  value === true
    ? schema.DEFAULT_CONSENT_MODE()
    : value === false
      ? false
      : record(schema.CONSENT_TYPE, list(matching(schema.CATEGORY_ID)))(value, path, report);

const config = shape({
  revision: integer,
  language: matching(schema.LANGUAGE),
  fallbackLanguage: matching(schema.LANGUAGE),
  privacyPolicyUrl: url,
  categories,
  cookie: shape({
    name: matching(schema.COOKIE_NAME),
    domain: matching(schema.COOKIE_DOMAIN),
    path: matching(schema.COOKIE_PATH),
    sameSite: schema.sameSite,
    lifetimeDays,
  }),
  texts: record(schema.LANGUAGE, record(schema.TEXT_KEY, test<string>((v) => typeof v === 'string'))),
  ...names('reloadOnRevoke continueWithoutAccepting floatingButton', bool),
  consentLog: shape({ endpoint: url, impressions: bool }),
  gpc: oneOf(...schema.GPC),
  googleConsentMode,
  theme: oneOf(...schema.THEMES),
  layout: oneOf(...schema.LAYOUTS),
  // Checked where it is used, with its own messages (config/check-regimes.ts, in the lazily loaded `regimes` module).
  regimes: (value) => value,
  // Likewise (config/check-variants.ts, in the lazily loaded `variants` module).
  variants: (value) => value,
});

/**
 * Checks a config (parsed JSON or JSON text) field by field: the same safe, complete config as the core's reader
 * (read-config.ts), plus every problem with its field path, which report-problems.ts turns into messages. Loaded
 * lazily, only for a config with problems. Never throws.
 */
export function checkConfig(input: unknown): { config: ResolvedConfig; problems: Problem[] } {
  const problems: Problem[] = [];
  const report: Report = (...problem) => void problems.push(problem);
  let raw = input ?? {};
  if (typeof raw === 'string') {
    try {
      raw = raw.trim() ? JSON.parse(raw) : {};
    } catch (error) {
      report('', 'json', (error as Error).message);
      raw = {};
    }
  }
  const c = config(raw ?? {}, '', report) ?? (report('', 'invalid', raw), {});
  const texts: ResolvedConfig['texts'] = {};
  for (const language of Object.keys(c.texts ?? {})) texts[language.toLowerCase()] = c.texts[language];
  return {
    problems,
    config: {
      revision: c.revision ?? 1,
      language: c.language,
      fallbackLanguage: c.fallbackLanguage ?? 'en',
      privacyPolicyUrl: c.privacyPolicyUrl,
      categories: c.categories ?? defaultCategories(),
      services: servicesOf(c.categories, raw),
      cookie: { ...DEFAULT_COOKIE, ...c.cookie },
      texts,
      reloadOnRevoke: c.reloadOnRevoke ?? true,
      continueWithoutAccepting: !!c.continueWithoutAccepting,
      floatingButton: !!c.floatingButton,
      consentLog: c.consentLog?.endpoint ? { endpoint: c.consentLog.endpoint, impressions: c.consentLog.impressions } : undefined,
      gpc: c.gpc ?? 'honor',
      googleConsentMode: c.googleConsentMode || undefined,
      theme: c.theme ?? 'auto',
      layout: c.layout ?? 'bar',
    },
  };
}
