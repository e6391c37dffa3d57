import { DEFAULT_CATEGORY_IDS, DEFAULT_COOKIE, MAX_LIFETIME_DAYS } from '../defaults.js';
import type { Category, CategoryConfig, ResolvedConfig } from '../types.js';
import { bool, list, matching, oneOf, type Problem, record, type Report, type Rule, shape, text, url } from './rules.js';

const CATEGORY_ID = /^[a-z][\w-]{0,39}$/i;
const LANGUAGE = /^[a-z]{2,3}(-[a-z\d]{2,8})*$/i;

const integer: Rule<number> = (value) => (Number.isInteger(value) && (value as number) >= 0 ? (value as number) : undefined);

const cookiePattern: Rule<string> = (value) => {
  if (typeof value !== 'string' || !value) return undefined;
  if (value.length > 2 && value[0] === '/' && value.endsWith('/')) {
    try {
      new RegExp(value.slice(1, -1));
    } catch {
      return undefined;
    }
  }
  return value;
};

const lifetimeDays: Rule<number> = (value, path, report) => {
  if (typeof value !== 'number' || !(value > 0) || !Number.isFinite(value)) return undefined;
  if (value <= MAX_LIFETIME_DAYS) return value;
  report(path, 'clamped', value);
  return MAX_LIFETIME_DAYS;
};

const category = shape({ required: bool, title: text, description: text, cookies: list(cookiePattern) });

/** Categories keyed by id, in order; a custom id needs a title. Unusable when none is valid. */
const categories: Rule<Category[]> = (value, path, report) => {
  const valid = record(CATEGORY_ID, category)(value, path, report) as Record<string, CategoryConfig> | undefined;
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

const googleConsentMode: Rule<Record<string, string[]> | false> = (value) =>
  value === true
    ? {
        ad_storage: ['ads'],
        ad_user_data: ['ads'],
        ad_personalization: ['ads'],
        analytics_storage: ['analytics'],
        functionality_storage: [],
        personalization_storage: ['social'],
        security_storage: [],
      }
    : value === false
      ? false
      : record(/^[a-z_]{1,40}$/, list(matching(CATEGORY_ID)))(value, 'googleConsentMode', () => {});

const config = shape({
  revision: integer,
  language: matching(LANGUAGE),
  fallbackLanguage: matching(LANGUAGE),
  privacyPolicyUrl: url,
  categories,
  cookie: shape({
    name: matching(/^[\w.-]{1,64}$/),
    domain: matching(/^\.?[a-z\d.-]+$/i),
    path: matching(/^\/[^;\s]*$/),
    sameSite: (value) => ['Lax', 'Strict', 'None'].find((v) => typeof value === 'string' && v.toLowerCase() === value.toLowerCase()),
    lifetimeDays,
  }),
  texts: record(LANGUAGE, record(/^\w+$/, matching(/[^]*/))),
  reloadOnRevoke: bool,
  continueWithoutAccepting: bool,
  floatingButton: bool,
  consentLog: shape({ endpoint: url }),
  gpc: oneOf('honor', 'ignore'),
  googleConsentMode,
  theme: oneOf('light', 'dark', 'auto'),
  layout: oneOf('bar', 'box', 'modal'),
});

/**
 * Reads the config (parsed JSON or JSON text) into a safe, complete config. Never throws: an unusable field
 * takes its default and is listed in `problems`, whose messages a lazily loaded module prints.
 */
export function readConfig(input: unknown): { config: ResolvedConfig; problems: Problem[] } {
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
      categories: c.categories ?? DEFAULT_CATEGORY_IDS.map((id) => ({ id, required: id === 'necessary', cookies: [] })),
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
