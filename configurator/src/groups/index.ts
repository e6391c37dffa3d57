/**
 * The form's groups of fields, in order. To offer a new config key (regimes, variants…), write a FieldGroup in this
 * folder and add it here: the page renders it, checks it with the widget's checker and shows its problems.
 */
import type { FieldGroup } from '../form.js';
import { appearance } from './appearance.js';
import { categories } from './categories.js';
import { cookie } from './cookie.js';
import { integrations } from './integrations.js';
import { languages } from './languages.js';
import { regimes } from './regimes.js';
import { TOP_KEYS } from '../checker.js';
import { site } from './site.js';
import { texts } from './texts.js';
import { variants } from './variants.js';

export const GROUPS: FieldGroup[] = [site, appearance, languages, categories, texts, cookie, integrations];

/** Whether the widget this page ships with reads a top-level config key (its checker's list). */
export const widgetReads = (key: string): boolean => TOP_KEYS.split(' ').includes(key);

// Regimes (issue 21), once the widget reads them.
if (widgetReads('regimes')) GROUPS.splice(GROUPS.indexOf(integrations), 0, regimes);

// Variants (issue 23), once the widget reads them: after the appearance they vary.
if (widgetReads('variants')) GROUPS.splice(GROUPS.indexOf(integrations), 0, variants);
