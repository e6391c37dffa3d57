/**
 * The lazy files: every file of dist/ that the core or the UI fetches at run time (dist/<name>.js), named here once,
 * with what each exports, and the typed loader that fetches them. The build makes one entry per name (the sources are
 * in src/lazy-modules.ts, checked against these types); nothing else spells a file's name.
 *
 * This module imports types only, from leaves (the core's types, the consent view, the services' shapes): the UI
 * and the lazily loaded modules import it, never the other way round, so there is no import cycle. The loaders that
 * use it are in load.ts.
 */
import type { ConsentView } from './consent/view.js';
import type { CookieConsentApi, LocalizedText, ResolvedConfig, ServiceId } from './types.js';
import type { RegimeProblem } from 'bandeau-catalog/config/check-regimes';
import type { VariantProblem } from 'bandeau-catalog/config/check-variants';
import type { ResolvedService } from '../services/resolved.js';

/** A language table: every visible string, keyed by name. */
export type Texts = Record<string, string>;

/** What the core hands every lazily loaded UI module. The modules resolve texts themselves (src/ui/texts.ts). */
export interface UIHost {
  /** A read-only view of the consent state: the UI records decisions only through `api`. */
  view: ConsentView;
  config: ResolvedConfig;
  /** The language picked for this page (one of LANGUAGES). */
  language: string;
  api: CookieConsentApi;
  /** Fetches a lazy file, as the core does. */
  load: Load;
  /** Under the `opt-out` and `notice` regimes (issue 21, regimes.js): what the banner shows in its place. */
  notice?: RegimeNotice;
}

/** The DOM helper the banner hands the notice (ui/texts.ts's h). */
export type CreateElement = <K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes?: Record<string, string | ((event: Event) => void)>,
  ...children: Array<Node | string>
) => HTMLElementTagNameMap[K];

/**
 * The notice of a regime, built by the banner each time it shows (its texts through `t`; `banner.showBanner(false)`
 * hides it): the frame's attributes over the banner's, and the words and buttons in place of the banner's.
 */
export type RegimeNotice = (
  h: CreateElement,
  t: (key: string) => string,
  banner: { showBanner(open: boolean): void },
) => { frame: Record<string, string>; content: Node[] };

export interface PreferencesOptions {
  /** Open every category's services disclosure (« Voir la liste des sociétés »). */
  expand?: boolean;
}

/** What the UI module gives back. */
export interface UIHandle {
  showBanner(): void;
  showPreferences(options?: PreferencesOptions): void;
}

/** The preferences dialog, as the banner drives it: it owns its state and tells the banner when it opens or closes. */
export interface PreferencesDialog {
  /** Opens it (its texts, styles and the services' details first); settles once it is shown. */
  show(options: PreferencesOptions): Promise<void>;
  /** Closes it without deciding; focus goes back where it was. */
  close(): void;
}

/** Every lazy file by name, and what it exports. */
export interface LazyFiles {
  /** The banner (`<cookie-consent>`), mounted once something must be shown. */
  'cookie-consent-ui': { mount(host: UIHost): Promise<UIHandle> };
  /** Shared by the UI modules (texts and DOM helpers), with the gates' default placeholder. */
  texts: {
    /** Fills a refused consent-gate's placeholder slot; with `service`, its button grants that one service. */
    renderPlaceholder(slot: HTMLSlotElement, category: string, host: UIHost, service?: ServiceId): Promise<void>;
    /** A category's title by id, from the config, else the table (regimes.js's UK line names them). */
    categoryTitle(host: UIHost, table: Texts, id: string): string;
  };
  /** The preferences dialog, rendered into `root`; `toggled` tells its opener when it opens or closes. */
  'preferences-dialog': { createDialog(host: UIHost, root: HTMLElement, toggled: (open: boolean) => void): PreferencesDialog };
  /** The floating button that reopens the preferences once a decision is stored. */
  'floating-button': { showFloatingButton(host: UIHost): Promise<void> };
  /** `<cookie-declaration>`, for the privacy-policy page: defines the element (once). */
  'cookie-declaration': { defineDeclaration(host: UIHost): void };
  /** The config's problems, told in the console (only when the config has some). */
  'config-report': { reportConfig(input: unknown): void; reportRegimes(problems: RegimeProblem[]): void; reportVariants(problems: VariantProblem[]): void };
  /** The consent log's sender. */
  'consent-log': typeof import('./integrations/send-receipt.js');
  /** Deletes what withdrawn categories and services declared. */
  revocation: { revoke(config: ResolvedConfig, revoked: string[], load: Load): Promise<void> };
  /** The services' details over their presets; with a language, the presets' purposes in it too. */
  services: { resolveServices(config: ResolvedConfig, load: Load, language?: string): Promise<Record<ServiceId, ResolvedService>> };
  // Issue 21, only with `regimes` in the config: the regime and its store, the time-zone table (only for the `timezone`
  // source), and what the UI does under the regimes other than opt-in (their notice in the banner's place).
  regimes: typeof import('../regimes.js');
  'regimes-timezones': typeof import('./regimes/timezones.js');
  /** Under uk, opt-out and notice: what they grant without a click, and their texts (src/regimes-by-default.ts). */
  'regimes-by-default': typeof import('../regimes-by-default.js');
  /** Only for pages whose `regimes.from` lists `endpoint`: that source. */
  'regimes-endpoint': typeof import('./regimes/endpoint.js');
  /** Under opt-out and notice: their notice, in the banner's place (ui/notice/regime-notice.ts). */
  'regimes-notice': typeof import('../ui/notice/regime-notice.js');
  /** Issue 23, only with `variants` in the config: their check, this page view's draw, the store that records it. */
  variants: typeof import('./variants/variants.js');
  // Shared by the dialog and the declaration, fetched beside them so that their imports cost no round trip of their
  // own: Lit's templates, the services' details, the language helpers.
  'lit-html': unknown;
  'service-details': unknown;
  language: unknown;
  // Chunks the build makes of the config's schema and defaults, which the ESM entry shares with the services' details
  // and the config's report (no entries of their own: see SharedChunk).
  schema: unknown;
  defaults: unknown;
  // The families, one file per language or preset: `i18n/<language>` (the first layer's texts), `i18n/dialog/<language>`
  // (the dialog's and the declaration's), `presets/<id>`, and `presets/<id>/<language>` (for the languages the preset
  // does not carry, its cookies' purposes by name: `{ default: Record<string, string> }`).
  [texts: `i18n/${string}`]: { default: Texts };
  [preset: `presets/${string}`]: { default: { label?: LocalizedText } };
}

export type LazyName = keyof LazyFiles & string;
/** The lazy files that the build names after their first module rather than making them entries. */
export type SharedChunk = 'schema' | 'defaults';

/**
 * What a UI file imports from other lazy files: the core fetches them beside it, in parallel, rather than one after
 * another as the browser would find them (one round trip instead of a chain of them on a slow network).
 */
export const IMPORTS = {
  'cookie-consent-ui': ['texts'],
  texts: [],
  'floating-button': ['texts'],
  'preferences-dialog': ['texts', 'lit-html', 'service-details'],
  'service-details': ['texts', 'lit-html'],
  'cookie-declaration': ['texts', 'lit-html', 'service-details', 'language'],
  'config-report': ['schema', 'defaults'],
  services: ['schema'],
  revocation: ['services', 'schema'],
} satisfies Partial<Record<LazyName, LazyName[]>>;

/** Fetches a lazy file by name; the promise rejects when it cannot be loaded. */
export type Load = <K extends LazyName>(name: K) => Promise<LazyFiles[K]>;

/** Lazy files already in the running script (the drop-in carries the first layer), by name. */
export type Bundled = { [K in LazyName]?: LazyFiles[K] };
