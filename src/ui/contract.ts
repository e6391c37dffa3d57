import type { ConsentView } from '../core/consent/view.js';
import type { Category, ResolvedConfig } from '../core/types.js';
import type { Texts, UIHost } from '../core/lazy.js';

// What the core hands the UI, and what each lazy UI file exports, are declared with the lazy files (core/lazy.ts).
export type { PreferencesDialog, PreferencesOptions, Texts, UIHandle, UIHost } from '../core/lazy.js';

/** What the banner is given (built by mount() from the host). */
export interface UIContext {
  view: ConsentView;
  config: ResolvedConfig;
  language: string;
  /** The language's table with the config's `texts` overrides applied. */
  texts: Texts;
  /** A category's title or description in the language (config first, then the table). */
  categoryText(category: Category, field: 'title' | 'description'): string;
  /** What the core handed over (the dialog is fetched through it). */
  host: UIHost;
  acceptAll(): void;
  rejectAll(): void;
}
