/**
 * The services' details, read where they are shown (the dialog, `<cookie-declaration>`, a service's placeholder) and
 * on revocation: each service's own fields over its preset's, checked field by field. Loaded lazily (services.js), so
 * a returning visitor's page never pays for presets or declaration tables.
 */
import { isText, PRESET_ID } from 'bandeau-catalog/config/schema';
import type { Load } from '../core/lazy.js';
import type { LocalizedText, ResolvedConfig, ServiceConfig, ServiceId } from '../core/types.js';
import type { ResolvedCookie, ResolvedService } from './resolved.js';
import { describe, logError, logWarn } from '../core/util/log.js';
import { isSafeUrl } from '../core/util/urls.js';
import type { ServicePreset } from 'bandeau-catalog/presets/presets';

export type { ResolvedCookie, ResolvedService } from './resolved.js';

const SERVICE_KEYS = ['preset', 'label', 'provider', 'privacyPolicyUrl', 'cookies'];
const COOKIE_KEYS = ['name', 'duration', 'purpose', 'domain', 'prefix', 'type'];
const TYPES = ['cookie', 'localStorage', 'sessionStorage'];

/** A cookie entry, or undefined (reported) when it is unusable. */
function readCookie(entry: unknown, path: string): ResolvedCookie | undefined {
  const bad = (field: string, expected: string, value: unknown): undefined =>
    void logError(`config.${path}${field}: expected ${expected}, got ${describe(value)}; cookie entry ignored.`);
  if (typeof entry !== 'object' || entry === null || Array.isArray(entry)) return bad('', 'an object such as { "name": "_ga", "duration": "13 mois", "purpose": "…" }', entry);
  const { name, duration, purpose, domain, prefix = false, type = 'cookie' } = entry as Record<string, unknown>;
  for (const key of Object.keys(entry)) if (!COOKIE_KEYS.includes(key)) logWarn(`config: unknown key "${path}.${key}" ignored.`);
  if (typeof name !== 'string' || !name.trim()) return bad('.name', 'a cookie or storage key name', name);
  if (!isText(duration)) return bad('.duration', 'a text such as "13 mois" or { "fr": …, "en": … }', duration);
  if (!isText(purpose)) return bad('.purpose', 'a text or { "fr": …, "en": … }', purpose);
  if (domain !== undefined && (typeof domain !== 'string' || !/^\.?[a-z\d.-]+$/i.test(domain))) return bad('.domain', 'a domain such as ".example.com"', domain);
  if (typeof prefix !== 'boolean') return bad('.prefix', 'true or false', prefix);
  if (!TYPES.includes(type as string)) return bad('.type', '"cookie", "localStorage" or "sessionStorage"', type);
  return { name, duration, purpose, prefix, type: type as ResolvedCookie['type'], ...(domain !== undefined && { domain: domain as string }) };
}

/** The cookies that come from a preset (those of the config replace them, and keep their own purpose). */
const presetCookies = new WeakSet<ResolvedCookie>();

/** One service: its preset (if any), then its own fields, each checked. */
async function resolveService(id: ServiceId, category: string, config: ServiceConfig, load: Load): Promise<ResolvedService> {
  const path = `categories.${category}.services.${id}`;
  for (const key of Object.keys(config)) if (!SERVICE_KEYS.includes(key)) logWarn(`config: unknown key "${path}.${key}" ignored.`);
  let preset: Partial<ServicePreset> = {};
  if (config.preset !== undefined) {
    if (typeof config.preset === 'string' && PRESET_ID.test(config.preset)) {
      preset = await load(`presets/${config.preset}`).then(
        (module) => module.default as Partial<ServicePreset>,
        () => {
          logError(`config.${path}.preset: no preset named ${describe(config.preset)} (README lists them); its own fields are used.`);
          return {};
        },
      );
    } else logError(`config.${path}.preset: expected a preset id such as "youtube", got ${describe(config.preset)}; ignored.`);
  }
  const field = <T>(key: keyof ServiceConfig, ok: (value: unknown) => boolean, expected: string): T | undefined => {
    const value = config[key];
    if (value === undefined) return preset[key as keyof ServicePreset] as T | undefined;
    if (ok(value)) return value as T;
    logError(`config.${path}.${key}: expected ${expected}, got ${describe(value)}; ignored.`);
    return preset[key as keyof ServicePreset] as T | undefined;
  };
  const cookies = new Map<string, ResolvedCookie>();
  for (const cookie of preset.cookies ?? []) {
    const resolved: ResolvedCookie = { type: 'cookie', prefix: false, ...cookie };
    presetCookies.add(resolved);
    cookies.set(cookie.name, resolved);
  }
  if (config.cookies !== undefined && !Array.isArray(config.cookies)) logError(`config.${path}.cookies: expected an array of cookie entries, got ${describe(config.cookies)}; ignored.`);
  // A cookie of the same name as one of the preset's replaces it; the others extend the list.
  else (config.cookies ?? []).forEach((entry, i) => {
    const cookie = readCookie(entry, `${path}.cookies[${i}]`);
    if (cookie) cookies.set(cookie.name, cookie);
  });
  return {
    id,
    category,
    label: field<LocalizedText>('label', isText, 'a text or { "fr": …, "en": … }') ?? id,
    provider: field<string>('provider', (v) => typeof v === 'string' && !!v.trim(), 'the name of the company that receives the data'),
    privacyPolicyUrl: field<string>('privacyPolicyUrl', isSafeUrl, 'an http(s) or relative URL'),
    cookies: [...cookies.values()],
  };
}

const resolved = new WeakMap<ResolvedConfig, Promise<Record<ServiceId, ResolvedService>>>();

/** Every service of the config, resolved once per config (problems are reported once). */
function resolveOnce(config: ResolvedConfig, load: Load): Promise<Record<ServiceId, ResolvedService>> {
  let services = resolved.get(config);
  if (!services) {
    services = Promise.all(
      Object.entries(config.services).map(([id, { category, config: service }]) => resolveService(id, category, service, load)),
    ).then((list) => Object.fromEntries(list.map((service) => [service.id, service])));
    resolved.set(config, services);
  }
  return services;
}

/**
 * The presets' purposes in a language they do not carry (dist/presets/<id>/<language>.js, cookie name to purpose), by
 * service: none where the file cannot load (the English shows).
 */
function loadPurposes(config: ResolvedConfig, load: Load, language: string): Promise<Record<ServiceId, Record<string, string>>> {
  return Promise.all(
    Object.entries(config.services).map(([id, { config: service }]) =>
      typeof service.preset === 'string' && PRESET_ID.test(service.preset)
        ? load(`presets/${service.preset}/${language}`)
            .then((module) => [id, (module?.default ?? {}) as Record<string, string>] as const)
            .catch(() => [id, {}] as const)
        : ([id, {}] as const),
    ),
  ).then(Object.fromEntries);
}

/**
 * Every service of the config; with a `language` other than French and English (which the presets carry), the purposes
 * of its presets' cookies in that language too, fetched beside the presets (a cookie the config declares keeps its own
 * purpose).
 */
export function resolveServices(config: ResolvedConfig, load: Load, language?: string): Promise<Record<ServiceId, ResolvedService>> {
  if (!language || language === 'fr' || language === 'en') return resolveOnce(config, load);
  const purposes = loadPurposes(config, load, language);
  return Promise.all([resolveOnce(config, load), purposes]).then(([list, translated]) =>
    Object.fromEntries(
      Object.entries(list).map(([id, service]) => {
        const inLanguage = (cookie: ResolvedCookie): ResolvedCookie => {
          const purpose = translated[id]?.[cookie.name];
          return typeof purpose === 'string' && presetCookies.has(cookie) ? { ...cookie, purpose: { ...(cookie.purpose as object), [language]: purpose } } : cookie;
        };
        return [id, { ...service, cookies: service.cookies.map(inLanguage) }];
      }),
    ),
  );
}
