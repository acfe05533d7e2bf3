import { readFileSync } from 'node:fs';
import path from 'node:path';
import { TZDate } from '@date-fns/tz';

/**
 * What the time zone database calls a zone today (`MSK` for Europe/Moscow, `EST`/`EDT` for
 * America/New_York), for the letters Intl has no name for. Read from the footer of the system's
 * compiled zone file (RFC 8536: a POSIX TZ string after the last newline), so nothing is written
 * out by hand here. Where no zone files are installed, no names are known and such letters stay
 * refused.
 */

const ZONE_DIR = process.env.TZDIR ?? '/usr/share/zoneinfo';

/** `MSK-3`, `EST5EDT,M3.2.0,M11.1.0`, `<+04>-4`: standard name and offset, then summer name and offset. */
const POSIX_TZ = /^(?<std>[A-Za-z]{3,}|<[^>]+>)(?<offset>[+-]?\d{1,2}(?::\d{2}){0,2})(?:(?<dst>[A-Za-z]{3,}|<[^>]+>)(?<dstOffset>[+-]?\d{1,2}(?::\d{2}){0,2})?)?(?:,.*)?$/;

/** Minutes east of UTC of a POSIX offset, which counts west: `-3` is UTC+3. */
function minutesEast(offset: string): number {
  const [hours, minutes = 0] = offset.replace(/^[+-]/, '').split(':').map(Number) as [number, number?];
  const west = (hours * 60 + minutes) * (offset.startsWith('-') ? -1 : 1);
  return -west;
}

const footers = new Map<string, RegExpExecArray | undefined>();

function footerOf(zone: string): RegExpExecArray | undefined {
  if (!footers.has(zone)) {
    let footer: RegExpExecArray | undefined;
    // An IANA name never climbs out of the zone folder; anything else is no zone file.
    if (/^[A-Za-z_+-]+(?:\/[A-Za-z0-9_+-]+){0,2}$/.test(zone)) {
      try {
        const text = readFileSync(path.join(ZONE_DIR, zone), 'latin1').trimEnd();
        footer = POSIX_TZ.exec(text.slice(text.lastIndexOf('\n') + 1)) ?? undefined;
      } catch {
        // no zone file for it here
      }
    }
    footers.set(zone, footer);
  }
  return footers.get(zone);
}

/**
 * The letters the time zone database's current rule gives `zone` at `instant`: only when that
 * rule's offset is the zone's offset then, so an older period under other rules gets no name.
 */
export function tzdataAbbreviations(zone: string, instant: number): string[] {
  const footer = footerOf(zone)?.groups;
  if (!footer) return [];
  const offset = -new TZDate(instant, zone).getTimezoneOffset();
  const stdOffset = minutesEast(footer.offset!);
  const names: string[] = [];
  if (offset === stdOffset) names.push(footer.std!);
  // A summer offset not printed is an hour ahead of the standard one.
  if (footer.dst && offset === (footer.dstOffset ? minutesEast(footer.dstOffset) : stdOffset + 60)) names.push(footer.dst);
  return names.filter((name) => !name.startsWith('<'));
}

/** The letters the database's current rule calls `zone` by, in winter and in summer (`EST`, `EDT`), at any date. */
export function zoneLetters(zone: string): string[] {
  const footer = footerOf(zone)?.groups;
  return [footer?.std, footer?.dst].filter((name): name is string => name !== undefined && !name.startsWith('<'));
}

let lettersOffsets: Map<string, Set<number>> | undefined;

/**
 * The offsets (minutes east of UTC) that letters stand for in any zone under the database's current rules: one for
 * `EST` (-300), `CEST` (120) or `MSK` (180), which are facts wherever a paper prints them; several for `IST` (India,
 * Ireland, Israel) or `PST` (California, the Philippines); none for letters the database calls no zone (`PHT`).
 */
export function offsetsCalled(letters: string): ReadonlySet<number> {
  if (!lettersOffsets) {
    lettersOffsets = new Map();
    const add = (name: string | undefined, minutes: number) => {
      if (name === undefined || name.startsWith('<')) return;
      lettersOffsets!.set(name, (lettersOffsets!.get(name) ?? new Set()).add(minutes));
    };
    for (const zone of Intl.supportedValuesOf('timeZone')) {
      const footer = footerOf(zone)?.groups;
      if (!footer) continue;
      const std = minutesEast(footer.offset!);
      add(footer.std, std);
      // A summer offset not printed is an hour ahead of the standard one, as tzdataAbbreviations reads it.
      add(footer.dst, footer.dstOffset ? minutesEast(footer.dstOffset) : std + 60);
    }
  }
  return lettersOffsets.get(letters) ?? new Set();
}

let countries: Map<string, string> | undefined;

/** Each zone of zone.tab and its country, in zone.tab's order. */
function zoneCountries(): Map<string, string> {
  if (!countries) {
    countries = new Map();
    try {
      for (const line of readFileSync(path.join(ZONE_DIR, 'zone.tab'), 'utf8').split('\n')) {
        const [country, , name] = line.split('\t');
        if (!line.startsWith('#') && country && name) countries.set(name, country);
      }
    } catch {
      // no zone.tab here: only the languages as given are asked
    }
  }
  return countries;
}

/**
 * The country a zone is kept for (`America/Toronto` -> `CA`), from the time zone database's
 * zone.tab, so a language's letters there can be asked of Intl (`fr-CA` calls Toronto's summer time
 * `HAE`); undefined where no zone.tab is installed or the zone is none of a country's.
 */
export const countryOfZone = (zone: string): string | undefined => zoneCountries().get(zone);

/** The zones zone.tab keeps for a country, in its order (`DE` -> Europe/Berlin, Europe/Busingen); none where no zone.tab is installed. */
export const zonesOfCountry = (country: string): string[] => [...zoneCountries()].filter(([, code]) => code === country).map(([zone]) => zone);
