import { creditedAgencies } from './body-facts.ts';
import { isAuthorLabel, isWireAgency, readNames, WITH_AGENCY } from './byline-lines.ts';
import { isChrome, startsTrailer } from './chrome-lines.ts';
import { tidyLine } from './parse-header.ts';
import { phrasesOf } from './printed-phrases.ts';

/**
 * The footer's links as a copy of the whole page holds them at its end (`Impressum`, `Kontakt`,
 * `Datenschutz`, over `© 2024 … Alle Rechte vorbehalten.`): names of pages, in any language. The
 * phrase tables cannot list every site's links, but their shape and place say what they are: words
 * alone, no digits and no marks, among the chrome lines that end the page, with the copyright line or
 * the link back up under them.
 * The footer begins at the first line of that run (`Back to top`, `Kommentare`). The text's own last
 * lines above it have marks that tell them apart (`Lusa/Fim`, `ats/afp/vic`, `Kaynak: AA`, `Publié le
 * 28 mai 2024 à 17:42`) and stay the text's.
 */

/** One to three words of letters (a hyphen or an apostrophe inside a word): `Qui sommes-nous`, `Privacy policy`. */
const LINK_TEXT = /^\p{L}[\p{L}\p{M}'’-]*(?: \p{L}[\p{L}\p{M}'’-]*){0,2}$/u;

/**
 * What ends a page and nothing else: its copyright line (`©`, `Tous droits réservés`) or the link back up. Other
 * chrome under short lines (a share button, a counter's symbol) may stand under the text's own last lines.
 */
const FOOTER_END = new RegExp(String.raw`©|${phrasesOf('rightsReserved', 'backToTop')}`, 'iu');

/** Footers list several pages: fewer such lines are no footer's. */
const MIN_LINKS = 2;

/**
 * A name or an agency over the page's chrome (Fontanka: `Анна Смирнова`, then `© Фонтанка.Ру`; the Sydney Morning
 * Herald: `Reuters`, then `License this article`) or over a heading of its lists (`Теги`, then the tags) signs the text;
 * so do sign-off codes (Der Spiegel: `jal/dpa/Reuters`, then `Mehr lesen über` and its topics).
 */
export function signsText(text: string, next: string | undefined): boolean {
  return couldSign(text) && next !== undefined && (isChrome(next) || startsTrailer(next));
}

/** A line that may sign the text where it stands: names, an agency's name, or the agencies it credits (`Avec AFP`, `Kaynak: AA`). */
export const couldSign = (text: string): boolean => readNames(text) !== undefined || isWireAgency(text) || creditedAgencies(text).length > 0;

/** Where the page's footer begins among `lines` (the clipping's lines of text), or undefined when it prints no links after `end`. */
export function footerLinksStart(lines: readonly string[], end: number): number | undefined {
  // A name under its label (RBC: `Автор`, then `Иван Смирнов`, over `Читайте РБК в Telegram`) is the byline, and an
  // agency's name signs the text (Sabah: `AA`), and so does the agency the paper drew on, `with` and its name alone on the
  // line (France 24: `Avec AFP`, WITH_AGENCY as after a byline's names), whatever follows: no links.
  const signs = (line: string) => isWireAgency(line) || WITH_AGENCY.test(` ${line}`);
  const isLink = (i: number) => LINK_TEXT.test(lines[i]!) && !isChrome(lines[i]!) && !signs(lines[i]!) && !isAuthorLabel(lines[i]!) && !isAuthorLabel(lines[i - 1] ?? '');
  let first = lines.length;
  while (first > end && (isChrome(lines[first - 1]!) || isLink(first - 1))) first -= 1;
  // A footer's links come in a row: a name over chrome signs the text.
  if (signsText(lines[first] ?? '', lines[first + 1])) first += 1;
  const links = lines.slice(first).map((_, k) => isLink(first + k));
  const endUnderLink = lines.slice(first).some((line, k) => FOOTER_END.test(line) && links.slice(0, k).some(Boolean));
  // A list the text leads into (`Lieferbar in:`, then the places) is the text's.
  if (links.filter(Boolean).length < MIN_LINKS || !endUnderLink || lines[first - 1]?.endsWith(':')) return undefined;
  return first;
}

/**
 * A body as a paper's own header rules leave it (parse-header.ts: every line under the header) without the page's
 * footer (`Back to top`, `About us`, `Contact us`, `© 2024 … All rights reserved.`), which a copy of the whole page
 * adds. Other lines are kept as those rules always kept them, chrome or not: a lone letter may be the text's.
 */
export function withoutFooter(body: readonly string[]): readonly string[] {
  const printed = body.flatMap((line, index) => (tidyLine(line) === '' ? [] : [{ index, text: tidyLine(line) }]));
  const footer = footerLinksStart(printed.map((line) => line.text), 0);
  return footer === undefined ? body : body.slice(0, printed[footer]!.index);
}
