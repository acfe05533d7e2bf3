import type { Parent, PhrasingContent, Root } from 'mdast';
import { gfmTableFromMarkdown, gfmTableToMarkdown } from 'mdast-util-gfm-table';
import { gfmTable } from 'micromark-extension-gfm-table';
import type { Processor } from 'unified';
import type { VFile } from 'vfile';

/**
 * A table's printed caption is written as Pandoc writes one: a paragraph `Table: <caption>` right under the table. Read,
 * it is a `tableCaption` node, which the page shows as the table's <caption> (rehype-tables.ts).
 */
const TABLE_CAPTION = 'Table: ';

export interface TableCaption extends Parent {
  type: 'tableCaption';
  children: PhrasingContent[];
}

declare module 'mdast' {
  interface RootContentMap {
    tableCaption: TableCaption;
  }
}

export const tableCaption = (children: PhrasingContent[]): TableCaption => ({ type: 'tableCaption', children, data: { hName: 'caption' } });

/**
 * GFM's tables, and nothing else of GFM: an article's table (election results, a factbox) is read and written as one,
 * with its caption. GFM's autolinks and strikethrough would turn a body's printed addresses into links and its `~~`
 * into deletions, changing text the clipping printed; remark-gfm switches them all on.
 */
export default function remarkGfmTable(this: Processor) {
  const data = this.data();
  (data.micromarkExtensions ??= []).push(gfmTable());
  (data.fromMarkdownExtensions ??= []).push(gfmTableFromMarkdown());
  (data.toMarkdownExtensions ??= []).push(gfmTableToMarkdown(), {
    handlers: {
      tableCaption(node: TableCaption, _, state, info) {
        // In phrasing, as a paragraph's words are: `*` and the like are escaped there.
        const exit = state.enter('phrasing');
        const words = state.containerPhrasing(node, { ...info, before: TABLE_CAPTION.at(-1)! });
        exit();
        return TABLE_CAPTION + words;
      },
    },
    // A paragraph of text that opens with the caption's word is written with its `T` as a character reference
    // (`&#x54;able: `), which shows as `T` and is never read as a caption.
    unsafe: [{ atBreak: true, character: TABLE_CAPTION[0]!, after: TABLE_CAPTION.slice(1) }],
  });
  return readCaptions;
}

/** A paragraph right under a table that opens with `Table: ` as written (not `&#x54;able: `) is the table's caption. */
function readCaptions(tree: Root, file: VFile): void {
  const source = String(file);
  tree.children.forEach((node, i) => {
    const offset = node.position?.start.offset;
    if (node.type !== 'paragraph' || tree.children[i - 1]?.type !== 'table' || offset === undefined || !source.startsWith(TABLE_CAPTION, offset)) return;
    const [first, ...rest] = node.children;
    if (first?.type !== 'text') return;
    const words = first.value.slice(TABLE_CAPTION.length);
    tree.children[i] = { ...tableCaption(words ? [{ ...first, value: words }, ...rest] : rest), position: node.position };
  });
}
