/** The built-in map from places to regimes, and the lookup from the most specific key to `*` (README: Regimes). */
import type { RegimeId } from '../types.js';

/** The 27 member states of the European Union (ISO 3166-1: Greece is GR). */
export const EU = 'AT BE BG CY CZ DE DK EE ES FI FR GR HR HU IE IT LT LU LV MT NL PL PT RO SE SI SK'.split(' ');
/** The European Economic Area beyond the EU: Iceland, Liechtenstein and Norway. */
export const EEA_BEYOND_EU = 'IS LI NO'.split(' ');

/** README: Regimes gives each entry's legal source. */
export const BUILT_IN_REGIONS: Readonly<Record<string, RegimeId>> = {
  EEA: 'opt-in',
  CH: 'opt-in',
  BR: 'opt-in',
  'CA-QC': 'opt-in',
  GB: 'uk',
  US: 'opt-out',
  CA: 'opt-out',
  '*': 'notice',
};

/**
 * The regime of a region code under the built-in map with the config's `regions` over it: the most specific key
 * present wins, the subdivision (`US-CA`), then the country (`US`), then the group `EU`, then `EEA`, then `*`.
 */
export function regimeOf(region: string, regions: Record<string, RegimeId>): RegimeId {
  const map: Record<string, RegimeId> = { ...BUILT_IN_REGIONS, ...regions };
  const country = region.slice(0, 2);
  const eu = EU.includes(country);
  const keys = [region, country, eu ? 'EU' : '', eu || EEA_BEYOND_EU.includes(country) ? 'EEA' : '', '*'];
  // `in` is safe here: no key of Object.prototype has a region key's shape.
  return map[keys.find((key) => key in map)!];
}
