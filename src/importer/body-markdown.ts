import type { Paragraph, Root, RootContent, Table } from 'mdast';
import remarkParse from 'remark-parse';
import remarkStringify from 'remark-stringify';
import { unified } from 'unified';
import remarkGfmTable from '../markdown/remark-gfm-table.ts';
import { tableRowsOf } from './body-tables.ts';

/**
 * The article body as Markdown. Text is put into an mdast of paragraphs (and tables) of text nodes and
 * stringified by remark, so whatever Markdown or HTML the clipping happens to contain (`*`, `#`,
 * `<script>`, a `|` in a table's cell) is escaped and stays inert text on the page.
 */

const stringifier = unified().use(remarkStringify).use(remarkGfmTable);

const paragraph = (value: string): Paragraph => ({ type: 'paragraph', children: [{ type: 'text', value }] });

function table(rows: readonly (readonly string[])[]): Table {
  return {
    type: 'table',
    children: rows.map((cells) => ({ type: 'tableRow', children: cells.map((value) => ({ type: 'tableCell', children: value ? [{ type: 'text', value }] : [] })) })),
  };
}

const block = (text: string): RootContent => {
  const rows = tableRowsOf(text);
  return rows ? table(rows) : paragraph(text);
};

export function paragraphsToMarkdown(paragraphs: readonly string[]): string {
  const tree: Root = { type: 'root', children: paragraphs.map(block) };
  return stringifier.stringify(tree);
}

/** Markdown written by hand or by an older importer, rewritten in the one form this importer writes. */
export function normaliseMarkdown(markdown: string): string {
  const processor = unified().use(remarkParse).use(remarkStringify).use(remarkGfmTable);
  return processor.stringify(processor.parse(markdown));
}
