// The presets' cookie purposes in the languages other than French and English (which presets.json carries):
// packages/consent-catalog/src/presets/purposes/<lang>.json, one file per language of src/i18n, keyed by preset id and
// cookie name, each entry with the English it was translated from: { "<preset>": { "<cookie>": { "en": …, "<lang>": … } } }.
// A purpose whose English changes in presets.json is then stale: the check reports it, and the build leaves it out
// (the visitor reads the English until it is translated again).
//
//   node scripts/presets/purposes.js <lang>      # prints what <lang> lacks (or has stale), as JSON to fill in
//
// Read by check.js (every cookie of every preset has a purpose in every language) and vite.config.ts (one small module
// per preset and language, dist/presets/<id>/<lang>.js).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '../..');
export const PURPOSES_DIR = resolve(root, 'packages/consent-catalog/src/presets/purposes');

/** The languages presets.json carries itself. */
export const PRESET_LANGUAGES = ['fr', 'en'];

/** The widget's languages (one table each in src/i18n) whose purposes live beside presets.json. */
export const PURPOSE_LANGUAGES = readdirSync(resolve(root, 'src/i18n'))
  .filter((file) => /^[a-z]{2}\.ts$/.test(file))
  .map((file) => file.slice(0, 2))
  .filter((language) => !PRESET_LANGUAGES.includes(language))
  .sort();

/** A language's file ({} when there is none). */
export function readPurposes(language) {
  const file = resolve(PURPOSES_DIR, `${language}.json`);
  return existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : {};
}

/** A preset's purposes in a language, by cookie name: only those translated from the English presets.json has now. */
export function purposesOf(preset, translations, language) {
  const out = {};
  for (const cookie of preset.cookies) {
    const entry = translations?.[cookie.name];
    if (entry && entry.en === cookie.purpose.en && typeof entry[language] === 'string' && entry[language].trim()) out[cookie.name] = entry[language];
  }
  return out;
}

/** What a language's file lacks, has stale (translated from another English) or has too many, one line each. */
export function purposeProblems(presets, translations, language) {
  const problems = [];
  const bad = (id, message) => problems.push(`${language}: ${id}: ${message}`);
  for (const [id, preset] of Object.entries(presets)) {
    const given = translations[id] ?? {};
    for (const cookie of preset.cookies) {
      const entry = given[cookie.name];
      if (!entry) bad(id, `cookie "${cookie.name}": no purpose`);
      else if (entry.en !== cookie.purpose.en) bad(id, `cookie "${cookie.name}": translated from another English ("${entry.en}"), presets.json now says "${cookie.purpose.en}"`);
      else if (typeof entry[language] !== 'string' || !entry[language].trim()) bad(id, `cookie "${cookie.name}": "${language}" missing or empty`);
      else if (Object.keys(entry).length !== 2) bad(id, `cookie "${cookie.name}": expected only "en" and "${language}"`);
    }
    for (const name of Object.keys(given)) if (!preset.cookies.some((cookie) => cookie.name === name)) bad(id, `cookie "${name}" is not in presets.json`);
  }
  for (const id of Object.keys(translations)) if (!presets[id]) bad(id, 'no such preset in presets.json');
  return problems;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const language = process.argv[2];
  if (!PURPOSE_LANGUAGES.includes(language)) {
    console.error(`usage: node scripts/presets/purposes.js <lang>, one of ${PURPOSE_LANGUAGES.join(' ')}`);
    process.exit(2);
  }
  const presets = JSON.parse(readFileSync(resolve(root, 'packages/consent-catalog/src/presets/presets.json'), 'utf8'));
  const translations = readPurposes(language);
  const todo = {};
  for (const [id, preset] of Object.entries(presets)) {
    // What the build would take is done; the rest is to translate (again).
    const done = purposesOf(preset, translations[id], language);
    for (const cookie of preset.cookies) {
      if (Object.hasOwn(done, cookie.name)) continue;
      (todo[id] ??= {})[cookie.name] = { en: cookie.purpose.en, fr: cookie.purpose.fr, [language]: translations[id]?.[cookie.name]?.[language] ?? '' };
    }
  }
  console.log(JSON.stringify(todo, null, 2));
}
