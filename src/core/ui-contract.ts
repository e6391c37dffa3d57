import type { ConsentStore } from './store.js';
import type { ResolvedConfig } from './types.js';

/** A language table: every visible string, keyed by name. */
export type Texts = Record<string, string>;

/** What the core hands the lazily loaded UI. */
export interface UIContext {
  store: ConsentStore;
  config: ResolvedConfig;
  language: string;
  /** The language's table with the config's `texts` overrides applied. */
  texts: Texts;
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
