import type { Root } from 'mdast';
import remarkParse from 'remark-parse';
import remarkStringify from 'remark-stringify';
import { unified } from 'unified';

/**
 * The article body as Markdown. Text is put into an mdast of paragraphs of text nodes and
 * stringified by remark, so whatever Markdown or HTML the clipping happens to contain (`*`, `#`,
 * `<script>`) is escaped and stays inert text on the page.
 */

const stringifier = unified().use(remarkStringify);

export function paragraphsToMarkdown(paragraphs: readonly string[]): string {
  const tree: Root = {
    type: 'root',
    children: paragraphs.map((value) => ({ type: 'paragraph', children: [{ type: 'text', value }] })),
  };
  return stringifier.stringify(tree);
}

/** Markdown written by hand or by an older importer, rewritten in the one form this importer writes. */
export function normaliseMarkdown(markdown: string): string {
  const processor = unified().use(remarkParse).use(remarkStringify);
  return processor.stringify(processor.parse(markdown));
}
