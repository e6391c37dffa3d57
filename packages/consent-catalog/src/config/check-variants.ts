/**
 * Checks the `variants` key (issue 23), in the lazily loaded `variants` module (pages without the key never fetch it):
 * the core's reader keeps the value as given. A variant may change the first layer's layout, theme and texts, and
 * nothing else, so that every variant keeps the buttons' equal prominence (accept, reject and customize, as the CNIL
 * asks). A variant with any problem is dropped whole, with one problem naming its first bad field; the others stay.
 * When there are problems, config-report.js prints them (reportVariants in report-problems.ts).
 * No runtime import: this file is bundled into variants.js alone.
 */
import type { ResolvedConfig, VariantConfig } from './types.js';

/** A variant after checking: its weight set. */
export type Variant = VariantConfig & { weight: number };

/** A problem: the field (`variants[1].texts.fr.acceptAll`), what was expected (a key of VARIANT_EXPECTED), the value. */
export type VariantProblem = [field: string, expected: string, value: unknown];

/** A variant's own keys: anything else could change more than the banner's look (and is refused). */
const KEYS = ['id', 'weight', 'layout', 'theme', 'texts'];
/** What the receiver stores for a variant (1 to 64 characters), kept to characters that are safe in a CSV or a URL. */
export const VARIANT_ID = /^[\w-]{1,64}$/;
const LAYOUTS: unknown[] = ['bar', 'box', 'modal'] satisfies Array<ResolvedConfig['layout']>;
const THEMES: unknown[] = ['light', 'dark', 'auto'] satisfies Array<ResolvedConfig['theme']>;
const LANGUAGE = /^[a-z]{2,3}(-[a-z\d]{2,8})*$/i;
/** The banner's texts (the first layer): the only ones a variant may change. */
export const BANNER_TEXTS = ['bannerTitle', 'bannerText', 'rejectInfo', 'changeInfo', 'privacyText', 'privacyLink', 'acceptAll', 'rejectAll', 'customize', 'continueWithoutAccepting'];
/** The labels of the banner's choices: never blank, or one choice would be harder to find than another. */
export const LABELS = ['acceptAll', 'rejectAll', 'customize', 'continueWithoutAccepting'];
/** Blank: white space only, or characters that show nothing (zero-width spaces and joiners, soft hyphen, BOM). */
const BLANK = /^[\s\u00ad\u200b-\u200d\u2060\ufeff]*$/;

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * The usable variants and the problems. Not an array: no variants. A repeated id: the later variant is dropped (the
 * first keeps the id, so a decision's `variant` names one banner).
 */
export function checkVariants(value: unknown): { variants: Variant[]; problems: VariantProblem[] } {
  const problems: VariantProblem[] = [];
  const variants: Variant[] = [];
  if (value === undefined) return { variants, problems };
  if (!Array.isArray(value)) return { variants, problems: [['variants', 'array', value]] };
  value.forEach((given: unknown, i) => {
    const at = `variants[${i}]`;
    const problem = ((): VariantProblem | undefined => {
      if (!isObject(given)) return [at, 'variant', given];
      const key = Object.keys(given).find((key) => !KEYS.includes(key));
      if (key !== undefined) return [`${at}.${key}`, 'key', given[key]];
      const { id, weight = 1, layout, theme, texts } = given;
      if (typeof id !== 'string' || !VARIANT_ID.test(id)) return [`${at}.id`, 'id', id];
      if (variants.some((v) => v.id === id)) return [`${at}.id`, 'duplicate', id];
      if (typeof weight !== 'number' || !(weight > 0) || !Number.isFinite(weight)) return [`${at}.weight`, 'weight', weight];
      if (layout !== undefined && !LAYOUTS.includes(layout)) return [`${at}.layout`, 'layout', layout];
      if (theme !== undefined && !THEMES.includes(theme)) return [`${at}.theme`, 'theme', theme];
      if (texts === undefined) return;
      if (!isObject(texts)) return [`${at}.texts`, 'texts', texts];
      for (const [language, table] of Object.entries(texts)) {
        if (!LANGUAGE.test(language)) return [`${at}.texts.${language}`, 'language', language];
        if (!isObject(table)) return [`${at}.texts.${language}`, 'table', table];
        for (const [name, text] of Object.entries(table)) {
          const field = `${at}.texts.${language}.${name}`;
          if (!BANNER_TEXTS.includes(name)) return [field, 'text-name', name];
          if (typeof text !== 'string') return [field, 'text', text];
          if (LABELS.includes(name) && BLANK.test(text)) return [field, 'label', text];
        }
      }
    })();
    if (problem) problems.push(problem);
    else variants.push({ ...(given as VariantConfig), weight: (given as VariantConfig).weight ?? 1 });
  });
  return { variants, problems };
}
