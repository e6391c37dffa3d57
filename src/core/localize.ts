import type { LocalizedText } from './types.js';

/** Picks a config string for the language: exact, base language, the fallback, then the first given. */
export function localize(text: LocalizedText | undefined, language: string, fallback: string): string | undefined {
  if (text === undefined || typeof text === 'string') return text;
  return text[language] ?? text[language.split('-')[0]] ?? text[fallback] ?? Object.values(text)[0];
}
