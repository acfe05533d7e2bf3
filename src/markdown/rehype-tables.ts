import type { Element, Root } from 'hast';

/**
 * A body's tables as a reader's screen reader needs them. The header row names its columns: `scope="col"` on its cells
 * makes each cell read with its column's name (`Votes, 41,233`); a GFM table's first row is its header row
 * (src/importer/body-tables.ts), unless its cells are empty: then the table has none. The caption written under a
 * table (remark-gfm-table.ts) goes into it, as its first child, where it names the table.
 */
export default function rehypeTables() {
  return (tree: Root) => {
    const children = tree.children;
    for (let i = 0; i < children.length; i += 1) {
      const table = children[i]!;
      if (table.type !== 'element' || table.tagName !== 'table') continue;
      const thead = table.children.findIndex((part) => part.type === 'element' && part.tagName === 'thead');
      if (thead !== -1 && namesNothing(table.children[thead] as Element)) table.children.splice(thead, 1);
      else if (thead !== -1) markColumnHeaders(table.children[thead] as Element);
      const next = children.findIndex((node, j) => j > i && !(node.type === 'text' && node.value.trim() === ''));
      const caption = children[next];
      if (caption?.type !== 'element' || caption.tagName !== 'caption') continue;
      table.children.unshift(caption);
      children.splice(i + 1, next - i);
    }
  };
}

/** A header row of empty cells: what GFM, which needs a header row, is given for a table that names no columns. */
const namesNothing = (thead: Element) =>
  thead.children.every((row) => row.type !== 'element' || row.children.every((cell) => cell.type !== 'element' || cell.children.length === 0));

function markColumnHeaders(thead: Element): void {
  for (const row of thead.children) {
    if (row.type !== 'element') continue;
    for (const cell of row.children) if (cell.type === 'element' && cell.tagName === 'th') cell.properties.scope = 'col';
  }
}
