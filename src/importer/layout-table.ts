/**
 * A page laid out in a table, as sites were until about 2010: the article in one cell, the site's
 * news feed, menus and banners in the cells beside it. Readability scores the cell's few paragraphs
 * too low to choose the cell, takes the whole table, and the feed's headlines and dates came into the
 * text, one of them as the article's date. When the headline's cell holds the article's text, the
 * cells beside it (and beside any cell holding it) are the site's, and are left out before reading.
 */

/** A paragraph this long is the article's text, not a label. */
const PARAGRAPH_LENGTH = 80;

/** A cell that holds a paragraph of the article's text: a layout's, never a table of figures' (page-tables.ts). */
export const holdsText = (cell: Element) =>
  [...cell.querySelectorAll('p')].some((paragraph) => (paragraph.textContent ?? '').replace(/\s+/g, ' ').trim().length >= PARAGRAPH_LENGTH);

export function removeLayoutColumns(headline: Element | null | undefined): void {
  const cell = headline?.closest('td, th');
  if (!cell || !holdsText(cell)) return;
  for (let inner: Element | null | undefined = cell; inner; inner = inner.parentElement?.closest('td, th')) {
    const row: Element | null = inner.parentElement;
    const others: Element[] = [...(row?.children ?? [])].filter((other) => other !== inner && /^T[DH]$/.test(other.tagName));
    for (const other of others) other.remove();
  }
}
