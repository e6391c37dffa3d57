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
import { site } from './site.js';
import { texts } from './texts.js';

export const GROUPS: FieldGroup[] = [site, appearance, languages, categories, texts, cookie, integrations];
