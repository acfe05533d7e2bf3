import { readNames } from './byline-lines.ts';
import { isParagraph, PARAGRAPH_END } from './layout-item.ts';
import { afterPhotoLabel } from './photo-credit-lines.ts';

/**
 * Vietnamese papers (VnExpress, Tuổi Trẻ, Thanh Niên) print the byline under the text, the reporter's name alone on the
 * last line, bold and set right: in a clipping in one of these languages, a line of names closing the text is the byline,
 * not the text's.
 */
const BYLINE_UNDER_TEXT = new Set(['vi']);

/**
 * The byline read under the text: `inferred` when read on this clipping's evidence alone, which the import notes;
 * `creditAbove` when a photo's labelled credit stands between it and the text (Daryo: `Foto: Toshkent metropoliteni`),
 * the page's line, as a credit under the text is.
 */
export interface ClosingByline {
  authors: string[];
  inferred: boolean;
  creditAbove: boolean;
}

/**
 * The names on the text's last line, read as the byline (the caller asks only when the paper prints no byline elsewhere):
 * where the clipping's language prints its byline there; in another language (Actualite.cd, Daryo: the reporter's name
 * alone under the text and no byline above) only when the line is a personal name by the byline's rules and no place the
 * gazetteer knows (`Addis Ababa` has a name's shape), under a paragraph that ends its sentence, so no line of the text runs
 * on into it. Undefined otherwise: the line stays the text's.
 */
export function closingByline(body: readonly string[], languages: readonly string[], places: ReadonlySet<string> | undefined): ClosingByline | undefined {
  const lastLine = body.at(-1);
  if (lastLine === undefined || isParagraph(lastLine)) return undefined;
  const authors = readNames(lastLine)?.authors;
  const creditAbove = body.length > 2 && afterPhotoLabel(body.at(-2)!) !== undefined;
  const above = body.at(creditAbove ? -3 : -2);
  if (authors === undefined || above === undefined || body.length < 2) return undefined;
  if (BYLINE_UNDER_TEXT.has(languages[0] ?? '')) return { authors, inferred: false, creditAbove };
  return PARAGRAPH_END.test(above) && !places?.has(lastLine) ? { authors, inferred: true, creditAbove } : undefined;
}
