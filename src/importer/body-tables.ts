/**
 * Tables in an article's body. The importer carries a body as its paragraphs' texts; a table travels among them in
 * the form a browser copies one in (Chrome and Firefox alike): a row a line, its cells parted by tabs, and its printed
 * caption (a saved page's <caption>), when it has one, as a first line of no tab. Nothing else in a paragraph holds a
 * tab or a line break (a lone line's tabs are one space, paragraphOf), so the form is the table's own, and
 * paragraphsToMarkdown (body-markdown.ts) writes it as a GFM table, its first row the header row.
 */

export interface BodyTable {
  caption?: string;
  /** Each row's cells' texts. */
  rows: readonly (readonly string[])[];
}

/** A table with fewer rows (a header and one row) or fewer columns is a line of text with a tab in it. */
const MIN_ROWS = 2;
const MIN_CELLS = 2;

/** A cell's text as a paragraph's: blanks, tabs and line breaks one space, none at the ends; NBSP and every other character stay. */
export const cellText = (text: string) => text.replace(/[ \t\n\r\f]+/g, ' ').trim();

/** The paragraph that carries a table; undefined when its rows are too few, or too narrow, to be one. */
export function tableParagraph({ caption, rows }: BodyTable): string | undefined {
  const table = rows.map((cells) => cells.map(cellText)).filter((cells) => cells.some(Boolean));
  if (table.length < MIN_ROWS || table.some((cells) => cells.length < MIN_CELLS)) return undefined;
  const width = Math.max(...table.map((cells) => cells.length));
  // A row shorter than the others (a last cell left empty, as a page may print it) is filled with empty cells.
  const lines = table.map((cells) => [...cells, ...Array<string>(width - cells.length).fill('')].join('\t'));
  const printed = cellText(caption ?? '');
  return (printed ? [printed, ...lines] : lines).join('\n');
}

/** The table a paragraph carries; undefined for a paragraph of text. */
export function tableOf(paragraph: string): BodyTable | undefined {
  if (!paragraph.includes('\t')) return undefined;
  const lines = paragraph.split('\n');
  const caption = lines[0]!.includes('\t') ? undefined : lines.shift();
  return { caption, rows: lines.map((row) => row.split('\t')) };
}

/** Blanks at a line's ends: a copy may indent a line, or end it with blanks, as it may any other. */
const ENDS = /^[ \t\u00a0]+|[ \t\u00a0]+$/gu;

/** A copied line's cells: its text between tabs; one cell for a line with no tab between its words. */
const cellsOf = (line: string) => line.replace(ENDS, '').split('\t');

/**
 * A text clipping's body lines as paragraphs: a run of lines with the same number of tabs between their words (one or
 * more) is a table, as a browser copies a <table>; any other line is a paragraph of its own, its tabs one space
 * (`paragraphOf`). Blank lines part tables as they part paragraphs.
 */
export function bodyParagraphs(lines: readonly string[], paragraphOf: (line: string) => string): string[] {
  const paragraphs: string[] = [];
  for (let i = 0; i < lines.length; ) {
    const width = cellsOf(lines[i]!).length;
    let end = i + 1;
    while (width >= MIN_CELLS && end < lines.length && cellsOf(lines[end]!).length === width) end += 1;
    const table = end - i >= MIN_ROWS ? tableParagraph({ rows: lines.slice(i, end).map(cellsOf) }) : undefined;
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
