import type { ConsentStore } from './store.js';
import type { Category, ResolvedConfig } from './types.js';

/** A language table: every visible string, keyed by name. */
export type Texts = Record<string, string>;

/** What the core hands the lazily loaded UI. */
export interface UIContext {
  store: ConsentStore;
  config: ResolvedConfig;
  language: string;
  /** The language's table with the config's `texts` overrides applied. */
  texts: Texts;
  /** A category's title or description in the language (config first, then the table). */
  categoryText(category: Category, field: 'title' | 'description'): string;
  acceptAll(): void;
  rejectAll(): void;
  update(choices: Record<string, boolean>): void;
}

/** What the UI module gives back. */
export interface UIHandle {
  showBanner(): void;
  showPreferences(): void;
}

export interface UIModule {
  mount(context: UIContext): UIHandle;
}

/** What a consent-gate's default placeholder needs. */
export interface PlaceholderContext {
  language: string;
  texts: Texts;
  /** The category's title in the language. */
  title: string;
  /** Grants that category alone. */
  accept(): void;
}

export interface PlaceholderModule {
  renderPlaceholder(slot: HTMLSlotElement, context: PlaceholderContext): void;
}

/** The floating button that reopens the preferences once a decision is stored. */
export interface FloatingButtonModule {
  showFloatingButton(options: { label: string; language: string; open(): void }): void;
}
