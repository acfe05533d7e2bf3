import type { Paragraph, Root, RootContent, Table } from 'mdast';
import remarkParse from 'remark-parse';
import remarkStringify from 'remark-stringify';
import { unified } from 'unified';
import remarkGfmTable, { tableCaption } from '../markdown/remark-gfm-table.ts';
import { tableOf, type BodyTable } from './body-tables.ts';

/**
 * The article body as Markdown. Text is put into an mdast of paragraphs (and tables) of text nodes and
 * stringified by remark, so whatever Markdown or HTML the clipping happens to contain (`*`, `#`,
 * `<script>`, a `|` in a table's cell) is escaped and stays inert text on the page.
 */

const stringifier = unified().use(remarkStringify).use(remarkGfmTable);

const paragraph = (value: string): Paragraph => ({ type: 'paragraph', children: [{ type: 'text', value }] });

/** A GFM table: its header row of empty cells when the table names no columns (rehype-tables.ts shows none). */
function table({ header, rows }: BodyTable): Table {
  const width = rows[0]!.length;
  return {
    type: 'table',
    children: [header ?? Array<string>(width).fill(''), ...rows].map((cells) => ({
      type: 'tableRow',
      children: cells.map((value) => ({ type: 'tableCell', children: value ? [{ type: 'text', value }] : [] })),
    })),
  };
}

/** A paragraph of text, or a table with its caption under it. */
function blocks(text: string): RootContent[] {
  const carried = tableOf(text);
  if (!carried) return [paragraph(text)];
  return carried.caption ? [table(carried), tableCaption([{ type: 'text', value: carried.caption }])] : [table(carried)];
}

export function paragraphsToMarkdown(paragraphs: readonly string[]): string {
  const tree: Root = { type: 'root', children: paragraphs.flatMap(blocks) };
  return stringifier.stringify(tree);
}

/** Markdown written by hand or by an older importer, rewritten in the one form this importer writes. */
export function normaliseMarkdown(markdown: string): string {
  const processor = unified().use(remarkParse).use(remarkStringify).use(remarkGfmTable);
  return processor.stringify(processor.runSync(processor.parse(markdown), markdown) as Root);
}
