import { agencyForm } from './news-agencies.ts';

/**
 * `تبليسي- تجاوز البرلمان …` (Al Jazeera): Arabic papers print the dateline's place with a hyphen
 * joined to it and a space after, which their running text does not write (a dash set off in a
 * sentence has spaces on both sides). Arabic has no capital letters to tell a place from a word, so
 * this mark is what tells it: one to three words before it, at the paragraph's start. The paper's own
 * name in quotes and a colon may follow it (Al-Quds Al-Arabi: `عمان- «القدس العربي»: افتتح …`).
 */
const GLUED_HYPHEN_PLACE = /^(?<place>\p{Script=Arabic}+(?: \p{Script=Arabic}+){0,2})[-–]\s+(?:«[^»]+»:?\s+)?\p{Script=Arabic}/u;

/**
 * `القاهرة - أ ش أ: قال …`, `دبي - رويترز: …` (Egyptian and Gulf papers running wire copy): the place, a dash, the
 * agency and a colon opening the first paragraph, as `TBILISI, May 23 (Reuters) -` opens an English one. The dash
 * is set off here, as in a sentence, so only an agency the table knows after it tells the dateline.
 */
const PLACE_DASH_AGENCY = /^(?<place>\p{Script=Arabic}+(?: \p{Script=Arabic}+){0,2})\s+[-–—]\s+(?<agency>[\p{Script=Arabic}.]+(?: [\p{Script=Arabic}.]+){0,4}):\s+\p{Script=Arabic}/u;

/** The place of an Arabic dateline opening `paragraph`, and the agency it credits when it names one. */
export function arabicDateline(paragraph: string): { place: string; authors?: string[] } | undefined {
  const credited = PLACE_DASH_AGENCY.exec(paragraph)?.groups;
  if (credited && agencyForm(credited.agency!) !== undefined) return { place: credited.place!, authors: [credited.agency!] };
  const place = GLUED_HYPHEN_PLACE.exec(paragraph)?.groups?.place;
  return place === undefined ? undefined : { place };
}

/**
 * The outlet a byline names as its desk in a place, as Arabic papers credit their own reports: `عمان- «القدس العربي»`
 * (the place, a dash, the outlet in quotes): the paper itself, not an author.
 */
export function outletOfDesk(byline: string): string | undefined {
  return /^[^-–—]+[-–—]\s*[«"“](?<outlet>[^»"”]+)[»"”]$/u.exec(byline)?.groups?.outlet;
}
