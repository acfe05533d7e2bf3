import { gfmTableFromMarkdown, gfmTableToMarkdown } from 'mdast-util-gfm-table';
import { gfmTable } from 'micromark-extension-gfm-table';
import type { Processor } from 'unified';

/**
 * GFM's tables, and nothing else of GFM: an article's table (election results, a factbox) is read and written as one.
 * GFM's autolinks and strikethrough would turn a body's printed addresses into links and its `~~` into deletions,
 * changing text the clipping printed; remark-gfm switches them all on.
 */
export default function remarkGfmTable(this: Processor) {
  const data = this.data();
  (data.micromarkExtensions ??= []).push(gfmTable());
  (data.fromMarkdownExtensions ??= []).push(gfmTableFromMarkdown());
  (data.toMarkdownExtensions ??= []).push(gfmTableToMarkdown());
}
