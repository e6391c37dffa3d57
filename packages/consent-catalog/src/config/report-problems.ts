/**
 * Turns the checker's problems into console messages that name the field and what was expected.
 * Loaded only when the core's reader finds a config unclean, so a correct config costs no bytes for this.
 */
import { MAX_LIFETIME_DAYS } from './defaults.js';
import { describe, logError, logWarn } from '../log.js';
import { checkConfig } from './check-config.js';
import type { Problem } from './rules.js';
import type { RegimeProblem } from './check-regimes.js';
import type { VariantProblem } from './check-variants.js';

const EXPECTED: Record<string, string> = {
  '': 'a JSON object',
  revision: 'a non-negative integer',
  language: 'a language tag such as "fr" or "en-GB"',
  fallbackLanguage: 'a language tag such as "fr" or "en-GB"',
  privacyPolicyUrl: 'an http(s) or relative URL',
  categories: 'an object keyed by category id, with at least one valid category (using the default categories)',
  category: 'an object with required, title, description, cookies',
  categoryId: 'an id of letters, digits, "-" or "_" starting with a letter',
  languageKey: 'a language code such as "fr" or "en-GB"',
  textKey: 'a text name of letters, digits or "_"',
  required: 'true or false',
  title: 'a string or an object of strings keyed by language',
  description: 'a string or an object of strings keyed by language',
  cookies: 'an array of cookie names or "/regex/" strings (flags i, m, s, u allowed)',
  cookie: 'an object with name, domain, path, sameSite, lifetimeDays',
  cookiePattern: 'a cookie name, or a valid "/regex/" string with flags among i, m, s, u (a cookie name never starts with "/")',
  name: 'a cookie name of letters, digits, ".", "-" or "_"',
  domain: 'a domain name',
  path: 'a path starting with "/"',
  sameSite: '"Lax", "Strict" or "None"',
  lifetimeDays: 'a positive number of days',
  texts: 'an object of texts keyed by language code',
  language_texts: 'an object of strings keyed by text name',
  text: 'a string',
  reloadOnRevoke: 'true or false',
  continueWithoutAccepting: 'true or false',
  floatingButton: 'true or false',
  consentLog: 'an object such as { "endpoint": "/consent-log" }',
  endpoint: 'an http(s) or relative URL',
  gpc: '"honor" or "ignore"',
  googleConsentMode: 'true, false, or an object mapping consent types to arrays of category ids',
  theme: '"light", "dark" or "auto"',
  layout: '"bar", "box" or "modal"',
  regimes: 'an object such as { "regions": { "JP": "opt-in" } }',
  variants: 'an array such as [{ "id": "a", "weight": 1 }, { "id": "b", "weight": 1, "layout": "box" }]',
  services: 'an object keyed by service id',
  service: 'an object such as { "preset": "youtube" } or { "label": …, "provider": …, "cookies": [...] }',
};

/** Which EXPECTED entry describes a field path. */
function expectation(path: string): string {
  const parts = path.replace(/\[\d+\]$/, '').split('.');
  const [top] = parts;
  const last = parts[parts.length - 1];
  if (/\[\d+\]$/.test(path)) return EXPECTED.cookiePattern;
  if (top === 'categories' && parts.length === 2) return EXPECTED.category;
  if (top === 'categories' && parts[2] === 'services') return parts.length === 3 ? EXPECTED.services : EXPECTED.service;
  if (top === 'texts') return EXPECTED[parts.length === 2 ? 'language_texts' : 'text'];
  if (top === 'googleConsentMode') return EXPECTED.googleConsentMode;
  return EXPECTED[last] ?? EXPECTED[top] ?? 'a valid value';
}

/** The console message of each problem, and whether it is an error or a warning. */
export function problemMessages(problems: Problem[]): Array<['error' | 'warn', string]> {
  return problems.map(([path, kind, value]): ['error' | 'warn', string] => {
    if (kind === 'unknown') return ['warn', `config: unknown key "${path}" ignored.`];
    if (kind === 'clamped') return ['warn', `config.${path}: ${value} is over the ${MAX_LIFETIME_DAYS}-day maximum; using ${MAX_LIFETIME_DAYS}.`];
    if (kind === 'json') return ['error', `config: expected valid JSON in #cookie-consent-config (${value}); using the defaults.`];
    if (kind === 'key') {
      const top = path.split('.')[0];
      const key = top === 'texts' ? (path.split('.').length === 2 ? 'languageKey' : 'textKey') : 'categoryId';
      return ['error', `config.${path}: expected ${EXPECTED[key]}, got ${describe(value)}; ignored.`];
    }
    if (kind === 'duplicate') return ['error', `config.${path}: the id "${value}" is already a category or a service (ids are unique across both); ignored.`];
    if (kind === 'untitled') return ['error', `config.${path}: expected a title for the custom category "${value}"; category ignored.`];
    return ['error', `config${path ? '.' : ''}${path}: expected ${expectation(path)}, got ${describe(value)}; ignored.`];
  });
}

/** Prints each problem to the console (prefixed, see log.ts). */
export function reportProblems(problems: Problem[]): void {
  for (const [level, message] of problemMessages(problems)) (level === 'warn' ? logWarn : logError)(message);
}

/** What each key of `regimes` expects (the rules are config/check-regimes.ts's). */
const REGIME_EXPECTED: Record<string, string> = {
  '': 'an object such as { "regions": { "JP": "opt-in" } }',
  from: 'an array of "meta", "endpoint" (with a valid regimes.endpoint) and "timezone", each once',
  endpoint: 'a URL of this site\'s own origin, such as "/consent-region" (a lookup on another origin would send the visitor\'s IP address there before any consent; refused)',
  regions: 'an object of region keys ("FR", "US-CA", "EU", "EEA" or "*") to "opt-in", "uk", "opt-out" or "notice"',
  unknown: '"opt-in", "uk", "opt-out" or "notice" ("opt-in" used)',
  objectable: 'an array of ids of optional categories of this config, each once',
  saleShare: 'an array of ids of optional categories of this config, each once',
  sensitive: 'an array of ids of optional categories of this config, each once',
};

/**
 * Prints the problems of the `regimes` key and of the region's sources, found by the `regimes` module (one message
 * each, naming the field and what it expected).
 */
export function reportRegimes(problems: RegimeProblem[]): void {
  for (const [field, value] of problems) {
    if (field === 'meta') logWarn(`<meta name="consent-region">: expected a country code such as "FR" or a subdivision code such as "US-CA", got ${describe(value)}; ignored.`);
    else if (field === 'answer') logWarn(`config.regimes.endpoint gave no region (${value}); trying the next source.`);
    else if (!Object.hasOwn(REGIME_EXPECTED, field)) logWarn(`config: unknown key "regimes.${field}" ignored.`);
    else logError(`config.regimes${field && `.${field}`}: expected ${REGIME_EXPECTED[field]}, got ${describe(value)}; what does not fit is left out.`);
  }
}

/**
 * What each kind of `variants` problem expected (config/check-variants.ts). `text-name` spells BANNER_TEXTS out: importing
 * it would make config-report.js and variants.js share a chunk (a file of its own, one more round trip).
 */
const VARIANT_EXPECTED: Record<string, string> = {
  variant: 'an object such as { "id": "b", "weight": 1, "layout": "box" }',
  key: 'only id, weight, layout, theme and texts (a variant changes the banner\'s look, never what it offers)',
  id: 'an id of 1 to 64 letters, digits, "-" or "_"',
  duplicate: 'an id that no earlier variant has',
  weight: 'a positive number',
  layout: EXPECTED.layout,
  theme: EXPECTED.theme,
  texts: 'an object of banner texts keyed by language code',
  language: EXPECTED.languageKey,
  table: 'an object of banner texts keyed by text name',
  'text-name': 'one of the banner\'s texts: bannerTitle, bannerText, rejectInfo, changeInfo, privacyText, privacyLink, acceptAll, rejectAll, customize, continueWithoutAccepting',
  text: 'a string',
  label: 'a label that is not blank (accept, reject and customize must stay equally visible)',
};

/** Prints the problems of the `variants` key, found by the `variants` module: one message per dropped variant, naming the field. */
export function reportVariants(problems: VariantProblem[]): void {
  for (const [field, expected, value] of problems) {
    logError(`config.${field}: expected ${VARIANT_EXPECTED[expected]}, got ${describe(value)}; ${field === 'variants' ? 'no variants' : 'variant dropped'}.`);
  }
}

/** Checks the config as the core received it and prints every problem (the config-report.js entry). */
export const reportConfig = (input: unknown): void => reportProblems(checkConfig(input).problems);
