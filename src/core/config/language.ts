/** Languages that have a table in src/i18n/: the 24 official languages of the EU. */
export const LANGUAGES: readonly string[] =
  'bg cs da de el en es et fi fr ga hr hu it lt lv mt nl pl pt ro sk sl sv'.split(' ');

/** The first supported language among: the exact tag, its base language, the fallback, English. */
export function matchLanguage(tag: string | undefined, fallback: string): string {
  const candidates = [tag, tag?.split('-')[0], fallback, fallback.split('-')[0]].map((candidate) => candidate?.toLowerCase());
  return candidates.find((code) => code && LANGUAGES.includes(code)) ?? 'en';
}

/** Config `language`, else `<html lang>`, else the browser's language. */
export const pickLanguage = (configured: string | undefined, fallback: string): string =>
  matchLanguage(configured || document.documentElement.lang || navigator.language, fallback);
