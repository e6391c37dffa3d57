import type { ConsentView } from '../core/consent/view.js';
import type { Category, CookieConsentApi, RegimeId, ResolvedConfig, ServiceId } from '../core/types.js';

/** A language table: every visible string, keyed by name. */
export type Texts = Record<string, string>;

/**
 * UI-only types. What the core hands every lazily loaded UI module. The modules resolve texts themselves (src/ui/texts.ts),
 * so none of that code weighs on a returning visitor's page.
 */
export interface UIHost {
  /** A read-only view of the consent state: the UI records decisions only through `api`. */
  view: ConsentView;
  config: ResolvedConfig;
  /** The language picked for this page (one of LANGUAGES). */
  language: string;
  api: CookieConsentApi;
  /** Loads a file of dist/ by name (`i18n/fr`), as the core does. */
  load(name: string): Promise<any>;
  /** With `regimes` in the config: this page view's regime, and the decisions only its notice records. */
  regime?: RegimeHost;
}

/** What the UI knows of the regime (issue 21). */
export interface RegimeHost {
  id: RegimeId;
  region: string | null;
  /** « OK » on the notice (method `notice`). */
  acknowledge(): void;
  /** « Do Not Sell or Share My Personal Information » (method `opt-out`). */
  doNotSell(): void;
}

/** What the banner and dialog are given (built by mount() from the host). */
export interface UIContext {
  view: ConsentView;
  config: ResolvedConfig;
  language: string;
  /** The language's table with the config's `texts` overrides applied. */
  texts: Texts;
  /** A category's title or description in the language (config first, then the table). */
  categoryText(category: Category, field: 'title' | 'description'): string;
  /** What the core handed over (the dialog fetches its texts and the services' details through it). */
  host: UIHost;
  acceptAll(): void;
  rejectAll(): void;
  update(choices: Record<string, boolean>): void;
}

/** What the UI module gives back. */
export interface UIHandle {
  showBanner(): void;
  showPreferences(options?: PreferencesOptions): void;
}

export interface PreferencesOptions {
  /** Open every category's services disclosure (« Voir la liste des sociétés »). */
  expand?: boolean;
}

export interface UIModule {
  mount(host: UIHost): Promise<UIHandle>;
}

export interface PlaceholderModule {
  /** Fills a refused consent-gate's placeholder slot. */
  /** With `service`, its button grants that one service and names it. */
  renderPlaceholder(slot: HTMLSlotElement, category: string, host: UIHost, service?: ServiceId): Promise<void>;
}

/** The floating button that reopens the preferences once a decision is stored. */
export interface FloatingButtonModule {
  showFloatingButton(host: UIHost): Promise<void>;
}

/** `<cookie-declaration>`, for the privacy-policy page. */
/** The notice of the `opt-out` and `notice` regimes, and the Global Privacy Control display (issue 21). */
export interface NoticeModule {
  showNotice(host: UIHost, kind: 'notice' | 'opt-out' | 'gpc'): void;
}

export interface DeclarationModule {
  /** Defines the element (once), with access to the host. */
  defineDeclaration(host: UIHost): void;
}
