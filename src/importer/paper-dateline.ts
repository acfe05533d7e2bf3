import { namesZoneCity } from './body-facts.ts';
import { AGENCY_INITIALS } from './byline-lines.ts';
import { agencyForm } from './news-agencies.ts';
import { isPaperDesk, isPaperName } from './paper-desk.ts';

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

/**
 * `Ljubljana - MMC RTV SLO, STA` (RTV SLO, over the title): in a script with capitals, the same line is the place only when
 * it names a zone's city and the words past the dash are the paper's own name first (its desk's word before or after it),
 * then the agencies it drew on, comma-separated, which are the authors (their initials as a byline prints them). A
 * reporter and paper (`Ana Sousa - RTP`) name no city; a headline's `Tbilisi - Brussels` names no paper.
 */
const CITY_DASH_SOURCES = /^(?<place>\p{Lu}[\p{L}-]+(?: \p{Lu}[\p{L}-]+){0,2}) [-–—] (?<sources>[^\d:«»"“”]{2,60})$/u;

function isOwnName(words: string, mastheads: readonly string[]): boolean {
  const deskBefore = mastheads.some((masthead) => words.endsWith(` ${masthead}`) && words.split(/\s+/u).length - masthead.split(/\s+/u).length <= 2);
  return isPaperName(words, mastheads) || isPaperDesk(words, mastheads) || deskBefore;
}

function cityDashSources(line: string, mastheads: readonly string[]): { dateline: string; authors?: string[] } | undefined {
  const groups = CITY_DASH_SOURCES.exec(line)?.groups;
  if (!groups || !namesZoneCity(groups.place!)) return undefined;
  const [own, ...others] = groups.sources!.split(/\s*,\s*/u);
  const agencies = others.map((other) => agencyForm(other) ?? (AGENCY_INITIALS.test(other) ? other : undefined)).filter((agency) => agency !== undefined);
  if (!isOwnName(own!, mastheads) || agencies.length < others.length) return undefined;
  return agencies.length > 0 ? { dateline: groups.place!, authors: agencies } : { dateline: groups.place! };
}

export function paperDateline(line: string, mastheads: readonly string[]): { dateline: string; authors?: string[] } | undefined {
  const groups = PLACE_THEN_QUOTED.exec(line.trim())?.groups;
  if (!groups || groups.place!.split(/\s+/u).length > 3) return placeDashSource(line.trim(), mastheads) ?? cityDashSources(line.trim(), mastheads);
  const name = groups.name!.trim();
  return mastheads.includes(name) ? { dateline: groups.place!.trim() } : undefined;
}
