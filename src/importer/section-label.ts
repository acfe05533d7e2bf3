import { isArticleKind, isHomeLinkAlone } from './chrome-lines.ts';
import { ImportError } from './errors.ts';
import { isMenuItem, type Item } from './layout-item.ts';
import { phrasesOf } from './printed-phrases.ts';

/** A section's name (`World`, `Politics`), or a region's kind of article (`Europe News`, `World News`), as kickers print them. */
const SECTION = new RegExp(String.raw`^(?:${phrasesOf('sectionName')}|(?:\p{L}+ )+${phrasesOf('articleKind')})$`, 'iu');

/**
 * The sections a page files the story under, joined by its separators, over the headline (the Diplomat:
 * `Flashpoints | Politics | Central Asia`): two to four short capitalised names and no sentence, a kicker
 * however many words it holds.
 */
const SECTION_TRAIL = /^\p{Lu}[\p{L}&'’-]*(?: \p{L}[\p{L}&'’-]*){0,2}(?: [|/>›»] \p{Lu}[\p{L}&'’-]*(?: \p{L}[\p{L}&'’-]*){0,2}){1,3}$/u;
export const isSectionTrail = (text: string) => SECTION_TRAIL.test(text);

/**
 * A short line right under the kind of article the page prints over its headline (Novaya Gazeta Europe:
 * `News`, then `Veto overridden`, then its standfirst): that label is the headline's kicker, so the line
 * is the headline, not a second kicker over a standfirst of a headline's length. A single word there is
 * a section or a place (`News`, then `World`; `Opinion`, then `Georgia`), as is a section's name, and
 * stays a kicker. A site's menu lists the kinds among its sections too; a label in the menu says nothing
 * of the line under it.
 */
export function headlineUnderSectionLabel(above: { text: string; menu?: true } | undefined, text: string): boolean {
  if (above === undefined || above.menu !== undefined || !isArticleKind(above.text)) return false;
  return text.includes(' ') && !SECTION.test(text);
}

/**
 * A "place" read beside a date is the section the page files the story under when it is a section's name
 * (`May 14, 2024 - World`), or when it stands beside a date above the headline (not in a byline), in the kicker's
 * place, in small letters and unknown to the gazetteer (Kun.uz: `Jahon 19:42 / 05.12.2026`, "World"). A place printed
 * there is in capitals (`TBILISI | May 23`) or one the gazetteer knows (24ur: `Tbilisi, 28. 05. 2024`); any other is
 * left unread rather than filed as a section's name.
 */
export function isSectionNotPlace(dateline: string, overHeadline: boolean, places: ReadonlySet<string> | undefined): boolean {
  if (SECTION.test(dateline)) return true;
  return overHeadline && dateline !== dateline.toUpperCase() && !dateline.split(/\s*,\s*/u).some((part) => places?.has(part));
}

/**
 * One word under the kind of article, right over the line taken for the headline, with the date right under that line
 * (Novaya Gazeta Europe: `News`, then `Sanctions`, then a standfirst, then the date): a one-word headline over its
 * standfirst, or a section's label over a headline printed with no standfirst (`News`, then `World`). A section's name
 * or a place the gazetteer knows is a label; any other word may be either, and nothing printed tells which, so the
 * clipping is refused rather than filed under its standfirst. With a line of text or a byline under the headline, the
 * word is a label over a headline and its standfirst or byline, as the Guardian prints `Opinion`, then `Georgia`.
 */
export function refuseOneWordUnderKind(items: readonly Item[], title: Item, places: ReadonlySet<string> | undefined): void {
  const at = items.indexOf(title);
  const [kind, word] = [items[at - 2], items[at - 1]];
  if (!kind || !word || word.facts || kind.menu !== undefined || word.menu !== undefined || !isArticleKind(kind.text)) return;
  if (word.text.includes(' ') || SECTION.test(word.text) || places?.has(word.text) || items[at + 1]?.facts?.date === undefined) return;
  throw new ImportError(
    `the line over the headline, "${word.text}" (line ${word.index + 1}) under "${kind.text}", may be a one-word headline over its standfirst or a section's label over the headline "${title.text.slice(0, 80)}": nothing printed tells which`,
    'no option supplies a title: keep the clipping as it is and report this layout (with the file) so the reader learns it',
    word.index + 1,
  );
}

/**
 * A few words under the headline over the date, a separator the page prints between them (NOS: `Binnenland`, `•`, `28 mei
 * 2024 16:42`): the section the page files the story under, never a standfirst, which is a sentence. With nothing between,
 * the words may be the paper's own name, unknown to its profile (`Известия` over the date), which stays where it is.
 */
export function isSectionOverDate(items: readonly Item[], i: number): boolean {
  let date = i + 1;
  while (items[date]?.facts?.chrome) date += 1;
  return date > i + 1 && isMenuItem(items[i]!) && items[date]?.facts?.date !== undefined && items[date]!.facts!.authors === undefined;
}

/** A breadcrumb trail names a few sections; a longer run of short lines is a site's menu. */
const TRAIL_SECTIONS = 3;

/**
 * A breadcrumb trail copied a link a line (Al-Ahram: `الرئيسية`, "Home", then `عربي وعالمي`, its section, then the
 * headline): the home link and the short lines under it, each over another of the trail's or over the headline (a line
 * that states no fact), are the page's, neither a kicker's words nor a byline's names. A short headline over the date
 * ends the trail. A `Home` among a site's menu's items (menuEnd) heads no trail: the menu is read as such.
 */
export function breadcrumbTrail(items: readonly Item[], end: number): Item[] {
  const trail: Item[] = [];
  items.slice(0, end).forEach((item, i) => {
    if (item.menu || item.facts || !isHomeLinkAlone(item.text)) return;
    trail.push(item);
    const last = Math.min(end - 1, i + 1 + TRAIL_SECTIONS);
    for (let next = i + 1; next < last && !items[next]!.facts && isMenuItem(items[next]!) && !items[next + 1]!.facts; next += 1) trail.push(items[next]!);
  });
  return trail;
}
