import { agencyForm } from './news-agencies.ts';

/**
 * `تبليسي: «الشرق الأوسط»` (Asharq Al-Awsat): the place the paper's staff filed from, then the
 * paper's own name in quotation marks where a reporter's name stands in its other bylines. The place
 * is the dateline, and no one is named. Only the paper's own name (a masthead) makes the line so:
 * the same shape with other words, a speaker and a quotation (`زيلينسكي: «…»`), is how headlines and
 * standfirsts quote people.
 */
const PLACE_THEN_QUOTED = /^(?<place>[^:«»"“”\d]{2,40}?)\s*:\s*[«"“](?<name>[^«»"“”]{2,60})[»"”]$/u;

/**
 * `دبي - العربية.نت` (Al Arabiya), `القاهرة - أ ش أ` (Al-Ahram): the place, a spaced dash, and who filed from there, on a
 * line of its own in the header: the paper by its web name (`Name.net`, in any script), or a news agency, which is then the
 * author. Any other words after the dash (a headline's `مصر - السودان`, "Egypt - Sudan") make no dateline. The place is in
 * a script without capitals (Arabic's): in one with them, the same line is a reporter's name and paper (`Ana Sousa - RTP`),
 * a photographer's credit (`GIORGI ARJEVANIDZE - AFP`) or an agency's two names (`AFP - Agence France Presse`).
 */
const PLACE_DASH_SOURCE = /^(?<place>[\p{Lo}\p{M}]+(?: [\p{Lo}\p{M}]+){0,2}) [-–—] (?<source>[^\d:«»"“”]{2,40})$/u;
/** A site's name as its web address, in any script: `العربية.نت`, `Lenta.ru`. */
const WEB_NAME = /^[\p{L}\d-]+\.\p{L}{2,4}$/u;

function placeDashSource(line: string, mastheads: readonly string[]): { dateline: string; authors?: string[] } | undefined {
  const groups = PLACE_DASH_SOURCE.exec(line)?.groups;
  if (!groups) return undefined;
  const [place, source] = [groups.place!, groups.source!.trim()];
  const agency = agencyForm(source);
  if (agency !== undefined) return { dateline: place, authors: [agency] };
  return WEB_NAME.test(source) || mastheads.includes(source) ? { dateline: place } : undefined;
}

export function paperDateline(line: string, mastheads: readonly string[]): { dateline: string; authors?: string[] } | undefined {
  const groups = PLACE_THEN_QUOTED.exec(line.trim())?.groups;
  if (!groups || groups.place!.split(/\s+/u).length > 3) return placeDashSource(line.trim(), mastheads);
  const name = groups.name!.trim();
  return mastheads.includes(name) ? { dateline: groups.place!.trim() } : undefined;
}
