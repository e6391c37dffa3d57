/**
 * dist/variants.js (issue 23): loaded only when the config has `variants`. It checks the key, picks this page view's
 * variant, and decorates the store so that the variant is reported in every state and written into the record with
 * each decision. Nothing is stored before a decision: the draw lives in this page view only.
 *
 * Which variant a page view shows: the one a stored record names, while the config still has it (a visitor stays in
 * one arm of the test, and a banner shown again after a reset looks as before); otherwise one drawn by weight.
 * What `variant` reports: before a decision, the page view's variant; once decided, the variant recorded with the
 * decision (null for a decision recorded without one).
 * Everything it imports is bundled into it: it fetches no shared chunk.
 */
import { checkVariants, type Variant } from 'bandeau-catalog/config/check-variants';
import type { CreateStore } from '../consent/store.js';
import type { Load } from '../lazy.js';
import type { ConsentState, ResolvedConfig } from '../types.js';

/** The variant a stored record names, or null (no record, none named, unreadable). */
const recordedIn = (raw: string | undefined): string | null => {
  try {
    const { variant } = JSON.parse(raw!);
    return typeof variant === 'string' ? variant : null;
  } catch {
    return null;
  }
};

/** One variant, drawn with probability weight / total. */
export function drawVariant(variants: Variant[], random = Math.random): Variant {
  let left = random() * variants.reduce((sum, v) => sum + v.weight, 0);
  return variants.find((v) => (left -= v.weight) < 0) ?? variants[variants.length - 1];
}

/** The config as this page view shows it: the variant's layout, theme and banner texts over the site's. */
export function applyVariant(config: ResolvedConfig, { layout, theme, texts = {} }: Variant): ResolvedConfig {
  const merged = { ...config.texts };
  for (const [language, table] of Object.entries(texts)) merged[language.toLowerCase()] = { ...merged[language.toLowerCase()], ...table };
  return { ...config, layout: layout ?? config.layout, theme: theme ?? config.theme, texts: merged };
}

/**
 * Checks `variants` (its problems go to the console through config-report.js) and returns what the core's store maker
 * becomes: the same store, for this page view's variant. Without a usable variant, the maker is unchanged.
 */
export function variantStore(given: unknown, load: Load): (create: CreateStore) => CreateStore {
  const { variants, problems } = checkVariants(given);
  if (problems.length) load('config-report').then((m) => m.reportVariants(problems), () => {});
  return (create) => (config, jar) => {
    if (!variants.length) return create(config, jar);
    /** The variant of the record last read or written. */
    let recorded = recordedIn(jar.read());
    const shown = variants.find((v) => v.id === recorded) ?? drawVariant(variants);
    const inner = create(applyVariant(config, shown), {
      read: () => {
        const raw = jar.read();
        recorded = recordedIn(raw);
        return raw;
      },
      write: (value) => {
        recorded = shown.id;
        jar.write(JSON.stringify({ ...JSON.parse(value), variant: shown.id }));
      },
      remove: () => {
        recorded = null;
        jar.remove();
      },
    });
    const report = <T extends ConsentState>(state: T): T => ({ ...state, variant: state.decided ? recorded : shown.id });
    return {
      config: inner.config,
      get state() {
        return report(inner.state);
      },
      get previous() {
        return inner.previous;
      },
      choices: inner.choices,
      decide: inner.decide,
      sync: inner.sync,
      reset: inner.reset,
      subscribe: (subscriber, name) => inner.subscribe((change, remote) => subscriber(report(change), remote), name),
    };
  };
}
