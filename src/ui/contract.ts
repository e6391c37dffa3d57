import type { Texts, UIHost } from '../core/lazy.js';

// What the core hands the UI, and what each lazy UI file exports, are declared with the lazy files (core/lazy.ts).
export type { PreferencesDialog, PreferencesOptions, Texts, UIHandle, UIHost } from '../core/lazy.js';

/** What the banner is given (by mount()): what the core handed over, and the language's table. */
export interface UIContext {
  /** The view, the config, the language and the API; the dialog is fetched through its loader. */
  host: UIHost;
  /** The language's table with the config's `texts` overrides applied. */
  texts: Texts;
}
