/**
 * The lines a browser prints on every page when an article is printed (or saved as a PDF) and its
 * text is copied from there: a footer with the page's address and its page count
 * (`https://civil.ge/archives/604512 1/2`, Chrome), or the count and the moment of printing (`1 of 2
 * 6/4/24, 3:02 PM`, Firefox), and a header with that moment and the document's title (`6/4/24, 3:02
 * PM Title - Civil Georgia`). They are the printout's, not the article's: the moment of printing is
 * never its date, and they may stand between two paragraphs where a page ended.
 */

/** A page count: `1/2`, `1 of 2`, `Page 1 of 2`. */
const PAGE_COUNT = String.raw`(?:page\s+)?\d{1,3}\s*(?:\/|of)\s*\d{1,3}`;
/** The moment of printing as browsers print it, numeric in the reader's locale: `6/4/24, 3:02 PM`, `04.06.24, 15:02`. */
const PRINT_STAMP = String.raw`\d{1,2}[./]\d{1,2}[./]\d{2,4},?\s+\d{1,2}:\d{2}(?:\s?[ap]\.?m\.?)?`;

/** A footer: the page's address then its count, or the count then the moment of printing. Either says the text was printed. */
const FOOTER = new RegExp(String.raw`^(?:(?:https?|file):\/\/\S+\s+${PAGE_COUNT}|${PAGE_COUNT}\s+${PRINT_STAMP})$`, 'iu');
/** A header, once the text is known to be printed: the moment of printing beside the title, or the title beside the address. */
const HEADER = new RegExp(String.raw`^(?:${PRINT_STAMP}\s+\S.*|\S.*\s${PRINT_STAMP}|\S.*\s(?:https?|file):\/\/\S+)$`, 'iu');
/** The page's address alone: Firefox prints the title and the address at a page's top, copied as two lines. */
const ADDRESS = /^(?:https?|file):\/\/\S+$/iu;

/** The indexes of `lines` that are a printout's headers and footers: none unless a footer says the text was printed. */
export function printedPageLines(lines: readonly string[]): Set<number> {
  const trimmed = lines.map((line) => line.trim());
  if (!trimmed.some((line) => FOOTER.test(line))) return new Set();
  const furniture = (line: string, index: number) => FOOTER.test(line) || HEADER.test(line) || ADDRESS.test(line) || ADDRESS.test(trimmed[index + 1] ?? '');
  return new Set(trimmed.flatMap((line, index) => (line !== '' && furniture(line, index) ? [index] : [])));
}
