import { countryOfZone } from './zone-abbreviations.ts';

/**
 * `PHT`, `SGT`, `GET`: a zone called by its country's two letters and a T for "time", as papers print their own
 * country's time where the time zone database has other letters for it (Asia/Manila is `PST` there; Rappler prints
 * `PHT`). Asked only of the paper's zone and --time-zone's, so the letters name that zone's country, no other's.
 */
export function countryTimeName(zone: string): string | undefined {
  const country = countryOfZone(zone);
  return country === undefined ? undefined : `${country}T`;
}
