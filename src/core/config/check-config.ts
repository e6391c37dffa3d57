import { DEFAULT_CATEGORY_IDS, DEFAULT_COOKIE, defaultCategories, MAX_LIFETIME_DAYS } from './defaults.js';
import type { Category, CategoryConfig, ResolvedConfig } from '../types.js';
import { isSafeUrl } from '../util/urls.js';
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

const category = shape({ required: bool, title: text, description: text, cookies: list(test(schema.isCookiePattern)) });

/** Categories keyed by id, in order; a custom id needs a title. Unusable when none is valid. */
const categories: Rule<Category[]> = (value, path, report) => {
  const valid = record(schema.CATEGORY_ID, category)(value, path, report) as Record<string, CategoryConfig> | undefined;
  const result: Category[] = [];
  for (const id of Object.keys(valid ?? {})) {
    const { required, title, description, cookies } = valid![id];
    if (title === undefined && !DEFAULT_CATEGORY_IDS.includes(id)) {
      // An invalid title was reported already; a missing one is reported here. Either way the category goes.
      if ((value as Record<string, CategoryConfig>)[id].title === undefined) report(`${path}.${id}.title`, 'untitled', id);
    } else result.push({ id, required: required ?? id === 'necessary', title, description, cookies: cookies ?? [] });
  }
  return result.length ? result : undefined;
};

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
  consentLog: shape({ endpoint: url }),
  gpc: oneOf(...schema.GPC),
  googleConsentMode,
  theme: oneOf(...schema.THEMES),
  layout: oneOf(...schema.LAYOUTS),
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
      cookie: { ...DEFAULT_COOKIE, ...c.cookie },
      texts,
      reloadOnRevoke: c.reloadOnRevoke ?? true,
      continueWithoutAccepting: !!c.continueWithoutAccepting,
      floatingButton: !!c.floatingButton,
      consentLog: c.consentLog?.endpoint ? c.consentLog : undefined,
      gpc: c.gpc ?? 'honor',
      googleConsentMode: c.googleConsentMode || undefined,
      theme: c.theme ?? 'auto',
      layout: c.layout ?? 'bar',
    },
  };
}
