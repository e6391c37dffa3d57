/**
 * dist/regimes-timezones.js: the time-zone table, fetched only by pages whose `regimes.from` lists `timezone` and
 * only when the sources before it gave no answer. Built from the IANA tz database by scripts/timezone-countries.mjs.
 */
import table from './timezone-countries.js';

let countries: Map<string, string> | undefined;

/** The country (ISO 3166-1 alpha-2) of an IANA time zone or of one of its legacy names, else undefined. */
export function countryOfTimezone(zone: string): string | undefined {
  // UTC and Etc/* name no place (privacy modes report UTC): the table has no entry for them.
  if (!countries) {
    countries = new Map();
    for (const [code, zones] of Object.entries(table.countries as Record<string, string>)) for (const name of zones.split(' ')) countries.set(name, code);
  }
  return countries.get(zone);
}

/** The `timezone` source: the country of the browser's time zone. */
export const regionOfBrowser = (): string | undefined => countryOfTimezone(Intl.DateTimeFormat().resolvedOptions().timeZone);
