// Derives data/cookies.json from the Open Cookie Database CSV (Apache-2.0, see NOTICE):
//   node scripts/build-cookie-db.js [path/to/open-cookie-database.csv]
// Each row becomes [name, prefix (0|1), platform, category, purpose, retention, controller, privacy portal],
// with its category mapped to the widget's: Functional/Security/Necessary -> necessary, Analytics -> analytics,
// Marketing -> social (social networks and embeds) or ads, Personalization -> preferences.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { SOCIAL_PLATFORMS } from '../src/presets.js';

const SOURCE = process.argv[2] ?? '/work/shared/data/open-cookie-database/open-cookie-database.csv';
const OUT = fileURLToPath(new URL('../data/cookies.json', import.meta.url));

/** RFC 4180 CSV: quoted fields, doubled quotes, newlines inside quotes. */
export function parseCsv(text) {
  const rows = [];
  let row = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') row.push(field), (field = '');
    else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      row.push(field), rows.push(row), (row = []), (field = '');
    } else field += ch;
  }
  if (field || row.length) row.push(field), rows.push(row);
  return rows.filter((r) => r.length > 1);
}

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

const [header, ...rows] = parseCsv(readFileSync(SOURCE, 'utf8'));
const col = (name) => header.indexOf(name);
const [P, C, N, D, R, DC, U, W] = ['Platform', 'Category', 'Cookie / Data Key name', 'Description', 'Retention period', 'Data Controller', 'User Privacy & GDPR Rights Portals', 'Wildcard match'].map(col);
const entries = rows
  .filter((r) => r[N]?.trim())
  .map((r) => [r[N].trim(), r[W].trim() === '1' ? 1 : 0, r[P].trim(), mapCategory(r[C], r[P].trim()), r[D].trim(), r[R].trim(), r[DC].trim(), r[U].trim()]);
writeFileSync(
  OUT,
  JSON.stringify({ source: 'Open Cookie Database (Apache-2.0), commit 0ee5a17fe1cb002943f89370d24fc26a4226061c', fields: ['name', 'prefix', 'platform', 'category', 'purpose', 'retention', 'controller', 'privacyUrl'], entries }),
);
console.log(`data/cookies.json: ${entries.length} entries`);
