/**
 * Tables in an article's body. The importer carries a body as its paragraphs' texts; a table travels among them in
 * the form a browser copies one in (Chrome and Firefox alike): a row a line, its cells parted by tabs. Its first line
 * is its printed caption (a saved page's <caption>) when it holds no tab, then its header row, empty cells for a table
 * whose columns are not named. Nothing else in a paragraph holds a tab or a line break (a lone line's tabs are one
 * space, paragraphOf), so the form is the table's own, and paragraphsToMarkdown (body-markdown.ts) writes it as a GFM
 * table.
 */

export interface BodyTable {
  caption?: string;
  /** The cells that name the columns, when the table prints them. */
  header?: readonly string[];
  /** Each row's cells' texts. */
  rows: readonly (readonly string[])[];
}

/** A table with fewer rows or fewer columns is a line of text with a tab in it. */
const MIN_ROWS = 2;
const MIN_CELLS = 2;

/** A cell's text as a paragraph's: blanks, tabs and line breaks one space, none at the ends; NBSP and every other character stay. */
export const cellText = (text: string) => text.replace(/[ \t\n\r\f]+/g, ' ').trim();

/** The paragraph that carries a table; undefined when its rows are too few, or too narrow, to be one. */
export function tableParagraph({ caption, header, rows }: BodyTable): string | undefined {
  const named = header?.map(cellText);
  const table = rows.map((cells) => cells.map(cellText)).filter((cells) => cells.some(Boolean));
  if (table.length + (named ? 1 : 0) < MIN_ROWS || [named ?? [], ...table].some((cells) => cells.length > 0 && cells.length < MIN_CELLS)) return undefined;
  const width = Math.max(...[named ?? [], ...table].map((cells) => cells.length));
  // A row shorter than the others (a last cell left empty, as a page may print it) is filled with empty cells.
  const line = (cells: readonly string[]) => [...cells, ...Array<string>(width - cells.length).fill('')].join('\t');
  const printed = cellText(caption ?? '');
  return [...(printed ? [printed] : []), line(named ?? []), ...table.map(line)].join('\n');
}

/** The table a paragraph carries; undefined for a paragraph of text. */
export function tableOf(paragraph: string): BodyTable | undefined {
  if (!paragraph.includes('\t')) return undefined;
  const lines = paragraph.split('\n');
  const caption = lines[0]!.includes('\t') ? undefined : lines.shift();
  const [header, ...rows] = lines.map((row) => row.split('\t'));
  return { caption, header: header!.some(Boolean) ? header : undefined, rows };
}

const hasDigit = (text: string) => /\p{Nd}/u.test(text);

/**
 * Whether a copied table's first row names its columns: a copy does not tell a header cell from another, but a row of
 * words over a column of figures (`Votes` over `1,120,053`, `Доля, %` over `16,0`) is one. A factbox's two columns
 * (`Registered voters`, `3.5 million`) name nothing over them.
 */
export function namesColumns([first, ...rest]: readonly (readonly string[])[]): boolean {
  return first!.some((name, column) => name.trim() !== '' && !hasDigit(name) && rest.every((cells) => hasDigit(cells[column] ?? '')));
}

/**
 * A copied line's cells: its text between tabs; one cell for a line with no tab between its words. Blanks at the line's
 * ends are no cell's (a copy may indent a line, or end it with blanks, as it may any other); trimmed by trim(), which
 * takes a long run of tabs in one pass, where a regex for blanks at the end retries from each of them (read-input.ts).
 */
const cellsOf = (line: string) => line.trim().split('\t');

/**
 * A list's mark before its item: a bullet (`•`, `◦`, `▪`, `·`, a dash) or a number (`1.`, `2)`). Safari copies a list
 * as a mark, a tab and the item a line (`•\tNo vehicles may …`): lines with one tab each, which are no table's rows.
 */
const LIST_MARK = /^(?:[•◦▪▫●○■□·‣⁃*–—-]|\p{Nd}{1,3}[.)])$/u;
const isListItem = (cells: readonly string[]) => LIST_MARK.test(cells[0]!.trim());

/**
 * A text clipping's body lines as paragraphs: a run of lines with the same number of tabs between their words (one or
 * more) is a table, as a browser copies a <table>, unless every line opens with a list's mark (a list, each item a
 * paragraph as it was before tables were read); any other line is a paragraph of its own, its tabs one space
 * (`paragraphOf`). Blank lines part tables as they part paragraphs.
 */
export function bodyParagraphs(lines: readonly string[], paragraphOf: (line: string) => string): string[] {
  const paragraphs: string[] = [];
  for (let i = 0; i < lines.length; ) {
    const width = cellsOf(lines[i]!).length;
    let end = i + 1;
    while (width >= MIN_CELLS && end < lines.length && cellsOf(lines[end]!).length === width) end += 1;
    const rows = lines.slice(i, end).map(cellsOf);
    const table = rows.length >= MIN_ROWS && !rows.every(isListItem) ? tableParagraph(namesColumns(rows) ? { header: rows[0], rows: rows.slice(1) } : { rows }) : undefined;
    if (table) {
      paragraphs.push(table);
      i = end;
    } else {
      paragraphs.push(paragraphOf(lines[i]!));
      i += 1;
    }
  }
  return paragraphs.filter(Boolean);
}
