// Derives data/cookies.json from the Open Cookie Database CSV (Apache-2.0, see NOTICE):
//   node scripts/build-cookie-db.js [path/to/open-cookie-database.csv]
// Each row becomes [name, prefix (0|1), platform, category, purpose, retention, controller, privacy portal],
// with its category mapped to the widget's: Functional/Security/Necessary -> necessary, Analytics -> analytics,
// Marketing -> social (social networks and embeds) or ads, Personalization -> preferences.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { readOpenCookieDatabase } from 'bandeau-catalog/open-cookie-database';
import { PRESETS } from 'bandeau-catalog/presets/presets';

const SOURCE = process.argv[2] ?? '/work/shared/data/open-cookie-database/open-cookie-database.csv';
const OUT = fileURLToPath(new URL('../data/cookies.json', import.meta.url));

/**
 * Platforms whose "Marketing" cookies are social-network or embed cookies rather than advertising ones: the main
 * platform of each social preset (a preset also takes a few cookies from others: Google Maps from Google Ads).
 */
const SOCIAL_PLATFORMS = new Set(
  Object.values(PRESETS)
    .filter((preset) => preset.category === 'social' && preset.platforms.length)
    .map((preset) => preset.platforms[0])
    .concat(['ShareThis', 'AddThis', 'Viafoura']),
);

export function mapCategory(category, platform) {
  switch (category.trim()) {
    case 'Analytics':
      return 'analytics';
    case 'Marketing':
      return SOCIAL_PLATFORMS.has(platform) ? 'social' : 'ads';
    case 'Personalization':
      return 'preferences';
    default:
      return 'necessary'; // Functional, Security, Necessary
  }
}

// The catalog's one reader of the database (it skips the file's byte-order mark).
const entries = readOpenCookieDatabase(readFileSync(SOURCE, 'utf8')).map((r) => [r.name, r.wildcard ? 1 : 0, r.platform, mapCategory(r.category, r.platform), r.description, r.retention, r.controller, r.privacyUrl]);
writeFileSync(
  OUT,
  JSON.stringify({ source: 'Open Cookie Database (Apache-2.0), commit 0ee5a17fe1cb002943f89370d24fc26a4226061c', fields: ['name', 'prefix', 'platform', 'category', 'purpose', 'retention', 'controller', 'privacyUrl'], entries }),
);
console.log(`data/cookies.json: ${entries.length} entries`);
