/**
 * How Arabic pages print a time's half of the day and its zone (Al Jazeera: `آخر تحديث: 28/5/2024
 * 11:48 م (بتوقيت مكة المكرمة)`): `ص` (morning) and `م` (evening) after a 12-hour time, and
 * "by the time of" a city in brackets. Only zones seen printed are named; another city is no zone
 * read, so the line is not taken for a date in the paper's own zone.
 */

/** `ص` is before noon, `م` after. */
export const ARABIC_MERIDIEM: Readonly<Record<string, 'am' | 'pm'>> = { ص: 'am', م: 'pm' };

/** The zone a city's time names: Mecca's is Saudi Arabia's; Greenwich's is UTC. */
const ZONE_OF_CITY: Readonly<Record<string, string>> = {
  'مكة المكرمة': 'Asia/Riyadh',
  مكة: 'Asia/Riyadh',
  غرينتش: 'UTC',
  غرينيتش: 'UTC',
};

const CITY_TIME = /^\s*\(\s*ب?توقيت\s+(?<city>[^()]{2,30}?)\s*\)/u;

/** `(بتوقيت مكة المكرمة)` after a time: the IANA zone, and how many characters it takes. */
export function arabicZoneAt(text: string): { zone: string; length: number } | undefined {
  const match = CITY_TIME.exec(text);
  const zone = match && ZONE_OF_CITY[match.groups!.city!];
  return zone === undefined || zone === null ? undefined : { zone, length: match![0].length };
}
