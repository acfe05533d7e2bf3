import { tableParagraph } from './body-tables.ts';
import { holdsText } from './layout-table.ts';

/**
 * A saved page's table of figures (election results, a budget, a factbox's two columns) as the paragraph that carries a
 * table in a body (body-tables.ts), read cell by cell with its <caption>: read as blocks, each cell was a paragraph of its own. Not a
 * table that lays the page out (a 2009 page's article in one cell, menus beside it: layout-table.ts), whose cells hold
 * the article's paragraphs or tables of their own, nor one marked as presentation. A cell may wrap its few words in a
 * <p> (a table pasted from Word): that is still a table's.
 */

const ownRows = (table: Element) => [...table.querySelectorAll('tr')].filter((row) => row.closest('table') === table);
const cellsOf = (row: Element) => [...row.children].filter((cell) => cell.tagName === 'TD' || cell.tagName === 'TH');

export function dataTableParagraph(table: Element): string | undefined {
  if (/^(?:presentation|none)$/i.test(table.getAttribute('role') ?? '') || table.querySelector('table')) return undefined;
  const rows = ownRows(table).map(cellsOf);
  if (rows.some((cells) => cells.some(holdsText))) return undefined;
  const caption = [...table.children].find((child) => child.tagName === 'CAPTION')?.textContent ?? undefined;
  const texts = rows.map((cells) => cells.map((cell) => cell.textContent ?? ''));
  return tableParagraph(namesColumns(rows[0] ?? []) ? { caption, header: texts[0], rows: texts.slice(1) } : { caption, rows: texts });
}

/** A first row that names the columns: in the table's <thead>, or of <th> cells only. */
function namesColumns(cells: readonly Element[]): boolean {
  return cells.length > 0 && (cells[0]!.closest('thead') !== null || cells.every((cell) => cell.tagName === 'TH'));
}
