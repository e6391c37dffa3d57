import type { Category, CategoryId } from './types.js';

/** Categories used when the config names none. Their titles and descriptions live in the language tables. */
export const DEFAULT_CATEGORY_IDS: readonly CategoryId[] = ['necessary', 'analytics', 'social', 'ads'];

/** The default categories, as a resolved config lists them (fresh objects each time). */
export const defaultCategories = (): Category[] => DEFAULT_CATEGORY_IDS.map((id) => ({ id, required: id === 'necessary', cookies: [], services: [] }));

export const DEFAULT_COOKIE = { name: 'cookie_consent', path: '/', sameSite: 'Lax', lifetimeDays: 182 } as const;

/** Thirteen months: the longest the CNIL accepts for a consent cookie. */
export const MAX_LIFETIME_DAYS = 395;
