/**
 * The widget's built-in texts, per language (its own tables in src/i18n): the text keys the config can override, and
 * each one's built-in wording, shown as the placeholder of its field.
 */
const first = import.meta.glob<{ default: Record<string, string> }>('../../src/i18n/[a-z][a-z].ts', { eager: true });
const dialog = import.meta.glob<{ default: Record<string, string> }>('../../src/i18n/dialog/[a-z][a-z].ts', { eager: true });

const code = (file: string): string => file.slice(-5, -3);

/** Built-in texts by language code: the first layer's and the dialog's. */
export const BUILT_IN_TEXTS: Record<string, Record<string, string>> = {};
for (const [file, module] of Object.entries(first)) BUILT_IN_TEXTS[code(file)] = { ...module.default };
for (const [file, module] of Object.entries(dialog)) Object.assign((BUILT_IN_TEXTS[code(file)] ??= {}), module.default);

/** The languages the widget ships, French first (the reference table), then by code. */
export const LANGUAGES = Object.keys(BUILT_IN_TEXTS).sort((a, b) => (a === 'fr' ? -1 : b === 'fr' ? 1 : a.localeCompare(b)));

/** Every overridable text key, in the reference table's order. */
export const TEXT_KEYS = Object.keys(BUILT_IN_TEXTS.fr);

/** A language's name in the page's language ("allemand", "German"). */
export function languageNames(pageLanguage: string): Record<string, string> {
  const names = new Intl.DisplayNames([pageLanguage], { type: 'language' });
  return Object.fromEntries(LANGUAGES.map((language) => [language, `${names.of(language) ?? language} (${language})`]));
}
