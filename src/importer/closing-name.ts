import { readNames } from './byline-lines.ts';
import { isParagraph } from './layout-item.ts';

/**
 * Vietnamese papers (VnExpress, Tuổi Trẻ, Thanh Niên) print the byline under the text, the reporter's name alone on the
 * last line, bold and set right: in a clipping in one of these languages, a line of names closing the text is the byline,
 * not the text's. Elsewhere a name there is the text's sign-off, which stays in it.
 */
const BYLINE_UNDER_TEXT = new Set(['vi']);

/** The names on the text's last line when the clipping's language prints its byline there; undefined otherwise. */
export function closingByline(lastLine: string, languages: readonly string[]): string[] | undefined {
  if (!BYLINE_UNDER_TEXT.has(languages[0] ?? '') || isParagraph(lastLine)) return undefined;
  return readNames(lastLine)?.authors;
}
