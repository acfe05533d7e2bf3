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
