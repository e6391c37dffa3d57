import type { CONSENT_METHODS, REGIMES } from '../receipt.js';

/** The configuration's types: what a site owner writes, and what the reader makes of it. Re-exported by the widget's public types (src/core/types.ts). */

/** A category id, such as `necessary`, `analytics`, `social` or `ads`. */
export type CategoryId = string;

/** A service id, such as `youtube` or `telegram`: unique across categories and services. */
export type ServiceId = string;

/** A visible string: the same for every language, or keyed by language code (`{ "fr": "…", "en": "…" }`). */
export type LocalizedText = string | Record<string, string>;

/**
 * How a decision was made. `notice`: « OK » on the notice of the `opt-out` and `notice` regimes (their defaults kept);
 * `opt-out`: « Do Not Sell or Share My Personal Information » (the `saleShare` categories refused).
 */
export type ConsentMethod = (typeof CONSENT_METHODS)[number];

/** A consent regime: `opt-in` (EU/EEA rules), `uk`, `opt-out` (US state laws), `notice` (elsewhere). */
export type RegimeId = (typeof REGIMES)[number];

/** Where the visitor's region is read from (README: Regimes). */
export type RegionSource = 'meta' | 'endpoint' | 'timezone';

/** `regimes`: each visitor gets the regime of where they are (README: Regimes). */
export interface RegimesConfig {
  /** Tried in order, the first that answers wins. Default `["meta", "endpoint"]` (`endpoint` only when set). */
  from?: RegionSource[];
  /** A same-origin URL answering `{ "region": "US-CA" }` (one GET, 1,500 ms at most). */
  endpoint?: string;
  /** Region code (`JP`, `US-CA`, `EU`, `EEA`, `*`) -> regime id; replaces or adds to the built-in map. */
  regions?: Record<string, RegimeId>;
  /** The regime when no source answers. Default `opt-in`. */
  unknown?: RegimeId;
  /** Under `uk`: categories granted until the visitor objects. Default none. */
  objectable?: CategoryId[];
  /** Categories refused by « Do Not Sell or Share… » and by GPC under `opt-out`/`notice`. Default `["ads"]`. */
  saleShare?: CategoryId[];
  /** Under `opt-out`/`notice`: categories refused until granted. Default none. */
  sensitive?: CategoryId[];
}

/** One category as the site owner writes it in the config. */
export interface CategoryConfig {
  /** Always on, cannot be refused (default true for `necessary`, false otherwise). */
  required?: boolean;
  /** Required for a custom id; the built-in ids have French and English titles. */
  title?: LocalizedText;
  description?: LocalizedText;
  /** Cookie names, or "/regex/" strings with optional flags (`"/^_ga/i"`), deleted when the category is revoked. */
  cookies?: string[];
  /** Named services of this category, each with its own choice; the category is granted when all of them are. */
  services?: Record<ServiceId, ServiceConfig>;
}

/** A cookie or storage key that a service sets, as declared to the visitor. */
export interface CookieDeclaration {
  name: string;
  /**
   * How long it lasts: `"session"`, `"persistent"` (kept until deleted) or an ISO 8601 duration of one unit (`"P13M"`,
   * `"P1Y"`, `"PT30M"`), each shown in the visitor's language; or a text, e.g. "6 mois" or `{ "fr": "6 mois", "en": "6 months" }`.
   */
  duration: LocalizedText;
  purpose: LocalizedText;
  /** The domain it is set on, when not the site's own. */
  domain?: string;
  /** The name is a prefix (`_ga_` matches `_ga_ABC123`). */
  prefix?: boolean;
  /** Default `cookie`. */
  type?: 'cookie' | 'localStorage' | 'sessionStorage';
}

/** One service as the site owner writes it: its own fields, or a `preset` that fills them in (fields beside it win). */
export interface ServiceConfig {
  /** A ready-made service: `youtube`, `google-analytics`, `telegram`… (README lists them). */
  preset?: string;
  label?: LocalizedText;
  /** The company that receives the data. */
  provider?: string;
  privacyPolicyUrl?: string;
  /** Its cookies and storage keys; beside a preset, they extend its list (same name: replaces the preset's entry). */
  cookies?: CookieDeclaration[];
}

/** Attributes of the first-party cookie that stores the decision. */
export interface CookieConfig {
  /** Default `cookie_consent`. */
  name?: string;
  domain?: string;
  /** Default `/`. */
  path?: string;
  /** Default `Lax`. */
  sameSite?: 'Lax' | 'Strict' | 'None';
  /** Default 182 (six months), at most 395 (thirteen months). */
  lifetimeDays?: number;
}

/** The configuration, as JSON in `<script type="application/json" id="cookie-consent-config">` or passed to `configure()`. */
export interface ConsentConfig {
  /** Bump it to ask every visitor again. Integer, default 1. */
  revision?: number;
  /** Forces the language; else `<html lang>`, else the browser's. */
  language?: string;
  /** Used when the visitor's language is not shipped. Default `en`. */
  fallbackLanguage?: string;
  /** http(s) or relative URL of the privacy policy, linked from the banner. */
  privacyPolicyUrl?: string;
  /** Keyed by id, in display order. */
  categories?: Record<CategoryId, CategoryConfig>;
  cookie?: CookieConfig;
  /** Per-language overrides of every visible string: `{ "fr": { "acceptAll": "…" } }`. */
  texts?: Record<string, Record<string, string>>;
  /** Reload the page once when a category whose scripts already ran is revoked. Default true. */
  reloadOnRevoke?: boolean;
  /** Show a « Continuer sans accepter » link in the banner's corner (records a refusal). Default false. */
  continueWithoutAccepting?: boolean;
  /** Show a small floating button that reopens the preferences once a decision is stored. Default false. */
  floatingButton?: boolean;
  /**
   * Send a JSON receipt of every decision to this endpoint (proof of consent). `impressions: true` also POSTs
   * `{ origin, variant, regime, language }` to `<endpoint>/impressions` each time the banner is shown (default false).
   */
  consentLog?: { endpoint: string; impressions?: boolean };
  /** `"ignore"` turns off honouring the browser's Global Privacy Control signal. */
  gpc?: 'honor' | 'ignore';
  /** Google Consent Mode v2: `true` for the default mapping, or consent type -> category ids. */
  googleConsentMode?: boolean | Record<string, CategoryId[]>;
  /** Colour theme; default follows `prefers-color-scheme`. */
  theme?: 'light' | 'dark' | 'auto';
  /** Banner layout. Default `bar`. */
  layout?: 'bar' | 'box' | 'modal';
  /** Consent regimes by the visitor's region; without it, every visitor gets the opt-in banner. */
  regimes?: RegimesConfig;
  /** A/B variants of the first layer, one drawn by weight per page view (README: Variants). */
  variants?: VariantConfig[];
}

/**
 * One variant of the first layer (issue 23). It may change the banner's layout, theme and texts, and nothing else:
 * the accept, reject and customize buttons keep equal prominence in every variant.
 */
export interface VariantConfig {
  /** Recorded with the decision (state, cookie, change event, receipt): 1 to 64 letters, digits, "_" or "-". */
  id: string;
  /** Relative weight of the draw, a positive number. Default 1. */
  weight?: number;
  layout?: 'bar' | 'box' | 'modal';
  theme?: 'light' | 'dark' | 'auto';
  /** Per-language overrides of the banner's texts only (bannerTitle, acceptAll…); a button's label may not be blank. */
  texts?: Record<string, Record<string, string>>;
}

/** A category after validation. */
export interface Category {
  id: CategoryId;
  required: boolean;
  title?: LocalizedText;
  description?: LocalizedText;
  cookies: string[];
  /** Ids of its services, in order (none: the category is one choice). */
  services: ServiceId[];
}

/** The configuration after validation: every field present and safe to use. */
export interface ResolvedConfig {
  revision: number;
  reloadOnRevoke: boolean;
  continueWithoutAccepting: boolean;
  floatingButton: boolean;
  consentLog?: { endpoint: string; impressions?: boolean };
  gpc: 'honor' | 'ignore';
  /** Consent type -> category ids (all must be granted); absent when Consent Mode is off. */
  googleConsentMode?: Record<string, CategoryId[]>;
  theme: 'light' | 'dark' | 'auto';
  layout: 'bar' | 'box' | 'modal';
  language?: string;
  fallbackLanguage: string;
  privacyPolicyUrl?: string;
  categories: Category[];
  /** Each service's category and the config it was given (details are read lazily, where they are shown). */
  services: Record<ServiceId, { category: CategoryId; config: ServiceConfig }>;
  cookie: Required<Omit<CookieConfig, 'domain'>> & { domain?: string };
  texts: Record<string, Record<string, string>>;
}
