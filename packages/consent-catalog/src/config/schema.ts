/**
 * What a valid config looks like, shared by the core's fast reader (read-config.ts) and the checker that explains
 * problems (check-config.ts), so the two cannot drift apart on what is accepted.
 */
import type { LocalizedText, ResolvedConfig } from './types.js';

/** Category and service ids. */
export const CATEGORY_ID = /^[a-z][\w-]{0,39}$/i;
/** A service preset's id ("youtube", "google-analytics"). */
export const PRESET_ID = /^[a-z\d-]{1,40}$/;
export const LANGUAGE = /^[a-z]{2,3}(-[a-z\d]{2,8})*$/i;
/** Text names (acceptAll, analyticsTitle, …). */
export const TEXT_KEY = /^[a-z]\w*$/i;
/** Consent Mode types (ad_storage, …). */
export const CONSENT_TYPE = /^[a-z][a-z_]{0,39}$/;

export const TOP_KEYS = 'revision language fallbackLanguage privacyPolicyUrl categories cookie texts reloadOnRevoke continueWithoutAccepting floatingButton consentLog gpc googleConsentMode theme layout regimes variants';
export const CATEGORY_KEYS = 'required title description cookies services';
/** `consentLog`'s keys. */
export const CONSENT_LOG_KEYS = 'endpoint impressions';
export const COOKIE_KEYS = 'name domain path sameSite lifetimeDays';

export const COOKIE_NAME = /^[\w.-]{1,64}$/;
export const COOKIE_DOMAIN = /^\.?[a-z\d.-]+$/i;
export const COOKIE_PATH = /^\/[^;\s]*$/;
export const GPC: Array<ResolvedConfig['gpc']> = ['honor', 'ignore'];
export const THEMES: Array<ResolvedConfig['theme']> = ['light', 'dark', 'auto'];
export const LAYOUTS: Array<ResolvedConfig['layout']> = ['bar', 'box', 'modal'];

export const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

export const isText = (value: unknown): value is LocalizedText =>
  typeof value === 'string' ||
  (isObject(value) && Object.keys(value).length > 0 && Object.values(value).every((v) => typeof v === 'string'));

/**
 * The one syntax of a category's `cookies` entry: a cookie name ("_ga"), or a "/regex/" with optional flags among i, m,
 * s and u ("/^_ga/i"). A cookie name never starts with "/", so an entry that does is a regex or is invalid. The widget
 * deletes what it matches on revocation, the audit reads it as a declaration: both read it here, and the config's
 * checker rejects what this rejects, with the same message in both.
 * @returns the name, the RegExp, or undefined when the entry is not valid
 */
export function readCookiePattern(entry: unknown): string | RegExp | undefined {
  if (typeof entry !== 'string' || !entry) return undefined;
  if (entry[0] !== '/') return entry;
  const parts = /^\/(.+)\/([imsu]*)$/.exec(entry);
  if (!parts) return undefined;
  try {
    return new RegExp(parts[1], parts[2]);
  } catch {
    return undefined;
  }
}

/** The test a valid entry stands for (see readCookiePattern). */
export function cookieMatcher(entry: string): (name: string) => boolean {
  const pattern = readCookiePattern(entry);
  return (name) => (typeof pattern === 'string' ? name === pattern : !!pattern?.test(name));
}

export const isCookiePattern = (value: unknown): value is string => readCookiePattern(value) !== undefined;

/** "lax", "STRICT"… in their canonical spelling; undefined when not a SameSite value. */
export const sameSite = (value: unknown): 'Lax' | 'Strict' | 'None' | undefined =>
  typeof value === 'string' ? (['Lax', 'Strict', 'None'] as const).find((v) => v.toLowerCase() === value.toLowerCase()) : undefined;

export const isLifetime = (value: unknown): value is number => typeof value === 'number' && value > 0 && Number.isFinite(value);

/** `googleConsentMode: true`: each consent type and the categories it needs (none: always granted). */
export const DEFAULT_CONSENT_MODE = (): Record<string, string[]> => ({
  ad_storage: ['ads'],
  ad_user_data: ['ads'],
  ad_personalization: ['ads'],
  analytics_storage: ['analytics'],
  functionality_storage: [],
  personalization_storage: ['social'],
  security_storage: [],
});
