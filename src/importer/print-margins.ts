/**
 * The margins a browser prints on every page of a printed article (or one saved as a PDF), which a copy
 * of its text keeps at each page break, wherever a page ended: Chrome's `6/5/24, 9:14 AM` and the page's
 * title at the top, its address and `1/2` at the bottom; Firefox's title and address at the top, `1 of 2`
 * and the moment of printing at the bottom. The date there is the day the page was printed, never the
 * article's, and none of it is article text.
 */

/** The day and time the page was printed, numeric as browsers print it: `6/5/24, 9:14 AM`, `04.06.2024, 16:40`. */
const PRINTED_AT = String.raw`(?:\d{1,2}[/.]\d{1,2}[/.]\d{2}(?:\d{2})?|\d{4}-\d{2}-\d{2}),?\s+\d{1,2}:\d{2}(?:\s?[AaPp]\.?[Mm]\.?)?`;
const ADDRESS = String.raw`https?://\S+`;

/** Chrome's top margin: the time of printing, then the page's title. */
const PRINTED_AT_OVER_TITLE = new RegExp(String.raw`^${PRINTED_AT}\s+(?<title>.+)$`, 'u');
/** Firefox's top margin: the page's title, then its address. */
const TITLE_BEFORE_ADDRESS = new RegExp(String.raw`^(?<title>.+?)\s+${ADDRESS}$`, 'u');
/** The bottom margin: the address and the page's number (Chrome), or the number and the time of printing (Firefox). */
const PAGE_NUMBER = new RegExp(String.raw`^(?:${ADDRESS}\s+)?(?:page\s+)?(?<page>\d{1,3})\s*(?:/|of)\s*(?<pages>\d{1,3})(?:\s+${PRINTED_AT})?$`, 'iu');

/**
 * A top margin's title is the page's: the headline printed below, with the site's name beside it (`… | Reuters`,
 * `Interfax: …`), or cut short by the browser (`…`). Any other line is text that merely starts with a date.
 */
function namesHeadline(title: string, lines: readonly string[]): boolean {
  const shortened = title.replace(/(?:…|\.{3})$/u, '');
  const cut = shortened !== title;
  return lines.some((line) => line.split(' ').length >= 3 && (title.includes(line) || (cut && line.startsWith(shortened))));
}

/** A footer: the page's address then its count (Chrome), or the count then the moment of printing (Firefox). */
const FOOTER = new RegExp(String.raw`^(?:(?:https?|file)://\S+\s+(?:page\s+)?\d{1,3}\s*(?:/|of)\s*\d{1,3}|(?:page\s+)?\d{1,3}\s*(?:/|of)\s*\d{1,3}\s+${PRINTED_AT})$`, 'iu');
/** A header, once a footer says the text was printed: the moment of printing beside the title, or the title beside the address. */
const HEADER = new RegExp(String.raw`^(?:${PRINTED_AT}\s+\S.*|\S.*\s${PRINTED_AT}|\S.*\s(?:https?|file)://\S+)$`, 'iu');
/** The page's address alone: Firefox's top margin copied as two lines, the title over the address. */
const ADDRESS_ALONE = /^(?:https?|file):\/\/\S+$/iu;

/**
 * The printed pages' margins among `lines`, the lines that hold text (by index): page numbers, and a top margin whose title is the headline;
 * once a footer says the text was printed, every header line too (a title the page shortened or renamed).
 */
export function printMargins(lines: readonly string[]): Set<number> {
  const margins = new Set<number>();
  const printed = lines.some((line) => FOOTER.test(line));
  lines.forEach((line, index) => {
    const page = PAGE_NUMBER.exec(line)?.groups;
    if (page && Number(page.page) >= 1 && Number(page.page) <= Number(page.pages)) margins.add(index);
    const title = (PRINTED_AT_OVER_TITLE.exec(line) ?? TITLE_BEFORE_ADDRESS.exec(line))?.groups?.title;
    if (title && namesHeadline(title, lines.filter((_, i) => i !== index))) margins.add(index);
    if (printed && (FOOTER.test(line) || HEADER.test(line) || ADDRESS_ALONE.test(line) || ADDRESS_ALONE.test(lines[index + 1] ?? ''))) margins.add(index);
  });
  return margins;
}
