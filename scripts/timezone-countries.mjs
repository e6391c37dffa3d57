// Builds src/core/regimes/timezone-countries.json: each IANA time zone (and each of its legacy names, which Chromium
// still reports, e.g. Asia/Calcutta) -> its ISO 3166-1 country, from the tz database's own tables.
// Source: the IANA tz database (https://www.iana.org/time-zones), as packaged by Debian's tzdata:
//   zone.tab  - one country per zone ("the deprecated version" of zone1970.tab, which lists several countries per
//               zone; here a zone must give exactly one country);
//   tzdata.zi - its "L <target> <alias>" link lines give the legacy names.
// Usage: node scripts/timezone-countries.mjs [/usr/share/zoneinfo]
import { readFileSync, writeFileSync } from 'node:fs';

const dir = process.argv[2] ?? '/usr/share/zoneinfo';
const version = readFileSync(`${dir}/tzdata.zi`, 'utf8').match(/^# version (\S+)/m)?.[1] ?? 'unknown';
const country = new Map();
for (const line of readFileSync(`${dir}/zone.tab`, 'utf8').split('\n')) {
  if (!line || line.startsWith('#')) continue;
  const [code, , zone] = line.split('\t');
  country.set(zone, code);
}
for (const line of readFileSync(`${dir}/tzdata.zi`, 'utf8').split('\n')) {
  const [kind, target, alias] = line.split(' ');
  // Etc/* and UTC-like names give no country; a link to one has none either.
  if (kind === 'L' && country.has(target) && !country.has(alias)) country.set(alias, country.get(target));
}
// Grouped by country, zones joined by spaces: the smallest JSON the lookup can read back.
const byCountry = {};
for (const [zone, code] of [...country].sort(([a], [b]) => (a < b ? -1 : 1))) (byCountry[code] ??= []).push(zone);
const table = { source: `IANA tz database ${version} (zone.tab, tzdata.zi links)`, countries: Object.fromEntries(Object.entries(byCountry).sort().map(([code, zones]) => [code, zones.join(' ')])) };
writeFileSync(new URL('../src/core/regimes/timezone-countries.json', import.meta.url), `${JSON.stringify(table)}\n`);
console.log(`${country.size} zones and aliases, ${Object.keys(byCountry).length} countries (tz ${version})`);
