import { DEFAULT_CATEGORY_IDS, DEFAULT_COOKIE, MAX_LIFETIME_DAYS, REQUIRED_BY_DEFAULT } from './defaults.js';
import { describe, logError, logWarn } from './log.js';
import type { Category, LocalizedText, ResolvedConfig } from './types.js';
import { isSafeUrl } from './urls.js';

const TOP_LEVEL_KEYS = [
  'revision', 'language', 'fallbackLanguage', 'privacyPolicyUrl', 'categories', 'cookie', 'texts', 'reloadOnRevoke',
];
const CATEGORY_KEYS = ['required', 'title', 'description', 'cookies'];
const COOKIE_KEYS = ['name', 'domain', 'path', 'sameSite', 'lifetimeDays'];
const CATEGORY_ID = /^[a-z][a-z0-9_-]{0,39}$/i;
const LANGUAGE_TAG = /^[a-z]{2,3}(-[a-z0-9]{2,8})*$/i;

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const invalid = (field: string, expected: string, value: unknown): void =>
  logError(`config.${field}: expected ${expected}, got ${describe(value)}; ignored.`);

function warnUnknownKeys(object: Json, known: string[], prefix: string): void {
  for (const key of Object.keys(object)) {
    if (!known.includes(key)) logWarn(`config: unknown key "${prefix}${key}" ignored.`);
  }
}

function parseLocalized(value: unknown, field: string): LocalizedText | undefined {
  if (value === undefined) return undefined;
  if (typeof value === 'string') return value;
  if (isObject(value) && Object.values(value).every((text) => typeof text === 'string')) {
    return value as Record<string, string>;
  }
  invalid(field, 'a string or an object of strings keyed by language', value);
  return undefined;
}

function parseCookiePatterns(value: unknown, field: string): string[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) {
    invalid(field, 'an array of cookie names or "/regex/" strings', value);
    return [];
  }
  return value.filter((pattern, index) => {
    if (typeof pattern !== 'string' || !pattern) {
      invalid(`${field}[${index}]`, 'a cookie name or a "/regex/" string', pattern);
      return false;
    }
    if (pattern.length > 2 && pattern.startsWith('/') && pattern.endsWith('/')) {
      try {
        new RegExp(pattern.slice(1, -1));
      } catch {
        invalid(`${field}[${index}]`, 'a valid regular expression', pattern);
        return false;
      }
    }
    return true;
  });
}

function parseCategory(id: string, value: unknown): Category | undefined {
  const field = `categories.${id}`;
  if (!CATEGORY_ID.test(id)) {
    invalid(field, 'an id of letters, digits, "-" or "_" starting with a letter', id);
    return undefined;
  }
  if (!isObject(value)) {
    invalid(field, 'an object', value);
    return undefined;
  }
  warnUnknownKeys(value, CATEGORY_KEYS, `${field}.`);
  const title = parseLocalized(value.title, `${field}.title`);
  if (title === undefined && !DEFAULT_CATEGORY_IDS.includes(id)) {
    logError(`config.${field}.title: expected a title for the custom category "${id}"; category ignored.`);
    return undefined;
  }
  let required = REQUIRED_BY_DEFAULT.includes(id);
  if (typeof value.required === 'boolean') required = value.required;
  else if (value.required !== undefined) invalid(`${field}.required`, 'true or false', value.required);
  return {
    id,
    required,
    title,
    description: parseLocalized(value.description, `${field}.description`),
    cookies: parseCookiePatterns(value.cookies, `${field}.cookies`),
  };
}

const defaultCategories = (): Category[] =>
  DEFAULT_CATEGORY_IDS.map((id) => ({ id, required: REQUIRED_BY_DEFAULT.includes(id), cookies: [] }));

function parseCategories(value: unknown): Category[] {
  if (value === undefined) return defaultCategories();
  if (!isObject(value)) {
    invalid('categories', 'an object keyed by category id', value);
    return defaultCategories();
  }
  const categories = Object.entries(value)
    .map(([id, category]) => parseCategory(id, category))
    .filter((category): category is Category => !!category);
  if (!categories.length) {
    logError('config.categories: expected at least one valid category; using the default categories.');
    return defaultCategories();
  }
  return categories;
}

function parseCookie(value: unknown): ResolvedConfig['cookie'] {
  const cookie: ResolvedConfig['cookie'] = { ...DEFAULT_COOKIE };
  if (value === undefined) return cookie;
  if (!isObject(value)) {
    invalid('cookie', 'an object', value);
    return cookie;
  }
  warnUnknownKeys(value, COOKIE_KEYS, 'cookie.');
  const { name, domain, path, sameSite, lifetimeDays } = value;
  if (name !== undefined) {
    if (typeof name === 'string' && /^[\w.-]{1,64}$/.test(name)) cookie.name = name;
    else invalid('cookie.name', 'a cookie name of letters, digits, ".", "-" or "_"', name);
  }
  if (domain !== undefined) {
    if (typeof domain === 'string' && /^\.?[a-z0-9.-]+$/i.test(domain)) cookie.domain = domain;
    else invalid('cookie.domain', 'a domain name', domain);
  }
  if (path !== undefined) {
    if (typeof path === 'string' && /^\/[^;\s]*$/.test(path)) cookie.path = path;
    else invalid('cookie.path', 'a path starting with "/"', path);
  }
  if (sameSite !== undefined) {
    const match = ['Lax', 'Strict', 'None'].find((v) => typeof sameSite === 'string' && v.toLowerCase() === sameSite.toLowerCase());
    if (match) cookie.sameSite = match as 'Lax' | 'Strict' | 'None';
    else invalid('cookie.sameSite', '"Lax", "Strict" or "None"', sameSite);
  }
  if (lifetimeDays !== undefined) {
    if (typeof lifetimeDays !== 'number' || !(lifetimeDays > 0) || !Number.isFinite(lifetimeDays)) {
      invalid('cookie.lifetimeDays', 'a positive number of days', lifetimeDays);
    } else if (lifetimeDays > MAX_LIFETIME_DAYS) {
      logWarn(`config.cookie.lifetimeDays: ${lifetimeDays} is over the ${MAX_LIFETIME_DAYS}-day maximum; using ${MAX_LIFETIME_DAYS}.`);
      cookie.lifetimeDays = MAX_LIFETIME_DAYS;
    } else cookie.lifetimeDays = lifetimeDays;
  }
  return cookie;
}

function parseTexts(value: unknown): ResolvedConfig['texts'] {
  const texts: ResolvedConfig['texts'] = {};
  if (value === undefined) return texts;
  if (!isObject(value)) {
    invalid('texts', 'an object keyed by language', value);
    return texts;
  }
  for (const [language, table] of Object.entries(value)) {
    if (!LANGUAGE_TAG.test(language) || !isObject(table)) {
      invalid(`texts.${language}`, 'an object of strings keyed by text name, under a language code', table);
      continue;
    }
    const strings: Record<string, string> = {};
    for (const [key, text] of Object.entries(table)) {
      if (typeof text === 'string') strings[key] = text;
      else invalid(`texts.${language}.${key}`, 'a string', text);
    }
    texts[language.toLowerCase()] = strings;
  }
  return texts;
}

function parseLanguage(value: unknown, field: string): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value === 'string' && LANGUAGE_TAG.test(value)) return value;
  invalid(field, 'a language tag such as "fr" or "en-GB"', value);
  return undefined;
}

/**
 * Validates a config (already parsed JSON, or a JSON string). Every problem is logged once, naming the field;
 * the field falls back to its default and the rest of the config still applies. Never throws.
 */
export function parseConfig(input: unknown): ResolvedConfig {
  let raw = input;
  if (typeof input === 'string') {
    try {
      raw = input.trim() ? JSON.parse(input) : {};
    } catch (error) {
      logError(`config: expected valid JSON in #cookie-consent-config (${(error as Error).message}); using the defaults.`);
      raw = {};
    }
  }
  if (raw == null) raw = {};
  if (!isObject(raw)) {
    invalid('', 'an object', raw);
    raw = {};
  }
  const config = raw as Json;
  warnUnknownKeys(config, TOP_LEVEL_KEYS, '');

  let revision = 1;
  if (config.revision !== undefined) {
    if (Number.isInteger(config.revision) && (config.revision as number) >= 0) revision = config.revision as number;
    else invalid('revision', 'a non-negative integer', config.revision);
  }
  let privacyPolicyUrl: string | undefined;
  if (config.privacyPolicyUrl !== undefined) {
    if (isSafeUrl(config.privacyPolicyUrl)) privacyPolicyUrl = config.privacyPolicyUrl;
    else invalid('privacyPolicyUrl', 'an http(s) or relative URL', config.privacyPolicyUrl);
  }
  let reloadOnRevoke = true;
  if (typeof config.reloadOnRevoke === 'boolean') reloadOnRevoke = config.reloadOnRevoke;
  else if (config.reloadOnRevoke !== undefined) invalid('reloadOnRevoke', 'true or false', config.reloadOnRevoke);
  return {
    revision,
    reloadOnRevoke,
    language: parseLanguage(config.language, 'language'),
    fallbackLanguage: parseLanguage(config.fallbackLanguage, 'fallbackLanguage') ?? 'en',
    privacyPolicyUrl,
    categories: parseCategories(config.categories),
    cookie: parseCookie(config.cookie),
    texts: parseTexts(config.texts),
  };
}
