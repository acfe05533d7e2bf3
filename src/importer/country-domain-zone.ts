import { TZDate } from '@date-fns/tz';
import { zonesOfCountry } from './zone-abbreviations.ts';

/**
 * The zone of a new paper deduced from its page's host: a host under a country's code (`tokyo-np.co.jp`) names the
 * country the paper publishes in, and a country that keeps one clock everywhere has one zone the paper's times are read
 * in. Countries with several clocks (`.us`, `.ru`, `.au`, `.id`, `.kz`, whose zones kept other offsets until 2024) give
 * none, nor does a generic domain (`.com`, `.news`). Some country codes are sold as generic names (`.co`, `.io`, `.tv`,
 * `.ai`), so the page must be in the country's own language, whose home the country is too (`ja` on `.jp`, `de` on
 * `.de`): an English page on `.io` says nothing of Chagos. Everything comes from the time zone database's zone.tab and
 * ICU's likely subtags (Intl.Locale), nothing from a list kept here.
 */

/** Saved web pages are younger than the web: a country's zones need agree only since 1990. */
const SINCE = Date.UTC(1990, 0, 1);
/** The zones' offsets are compared every three days, at noon UTC: a clock kept apart for longer shows. */
const STEP = 3 * 86_400_000;

const oneClock = new Map<string, string | undefined>();

/** The first zone of the country's, when all its zones have kept the same offsets since 1990 (`DE`: Berlin and Busingen). */
function zoneOfOneClock(country: string): string | undefined {
  if (!oneClock.has(country)) {
    const zones = zonesOfCountry(country);
    let agree = zones.length > 0;
    for (let instant = SINCE + 43_200_000; agree && instant < Date.now(); instant += STEP) {
      const offset = new TZDate(instant, zones[0]!).getTimezoneOffset();
      agree = zones.every((zone) => new TZDate(instant, zone).getTimezoneOffset() === offset);
    }
    oneClock.set(country, agree ? zones[0] : undefined);
  }
  return oneClock.get(country);
}

/** The country a host's last label is the code of (`jp` -> `JP`; `uk` -> `GB`, as Intl canonicalises it), or undefined. */
function countryOfHost(host: string): string | undefined {
  const label = host.split('.').at(-1) ?? '';
  if (!/^[a-z]{2}$/u.test(label)) return undefined;
  try {
    return new Intl.Locale(`und-${label.toUpperCase()}`).region;
  } catch {
    return undefined;
  }
}

/** Whether `language` is the country's own: the one most spoken there, and one whose home it is (`ja` and `JP`). */
function isCountrysLanguage(language: string, country: string): boolean {
  const spoken = new Intl.Locale(`und-${country}`).maximize().language;
  const home = new Intl.Locale(language).maximize();
  return spoken === home.language && home.region === country;
}

/** The zone a new paper on `host`, whose page is in `language`, publishes in; undefined when its host does not tell it. */
export function zoneOfCountryDomain(host: string, language: string | undefined): { zone: string; country: string } | undefined {
  const country = countryOfHost(host);
  if (country === undefined || language === undefined || !isCountrysLanguage(language, country)) return undefined;
  const zone = zoneOfOneClock(country);
  return zone === undefined ? undefined : { zone, country };
}
