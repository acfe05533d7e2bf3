import { isArticleKind } from './chrome-lines.ts';
import { phrasesOf } from './printed-phrases.ts';

/** A section's name (`World`, `Politics`), or a region's kind of article (`Europe News`, `World News`), as kickers print them. */
const SECTION = new RegExp(String.raw`^(?:${phrasesOf('sectionName')}|(?:\p{L}+ )+${phrasesOf('articleKind')})$`, 'iu');

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
 * (`May 14, 2024 - World`), or when it stands above the headline, in the kicker's place, in small letters and
 * unknown to the gazetteer (Kun.uz: `Jahon 19:42 / 05.12.2026`, "World"). A place printed there is in capitals
 * (`TBILISI | May 23`) or one the gazetteer knows (24ur: `Tbilisi, 28. 05. 2024`); any other is left unread
 * rather than filed as a section's name.
 */
export function isSectionNotPlace(dateline: string, overHeadline: boolean, places: ReadonlySet<string> | undefined): boolean {
  if (SECTION.test(dateline)) return true;
  return overHeadline && dateline !== dateline.toUpperCase() && !dateline.split(/\s*,\s*/u).some((part) => places?.has(part));
}

