import type { Element, Root } from 'hast';

/**
 * A body's tables as a reader's screen reader needs them. The header row names its columns: `scope="col"` on its cells
 * makes each cell read with its column's name (`Votes, 41,233`); a GFM table's first row is its header row
 * (src/importer/body-tables.ts). The caption written under a table (remark-gfm-table.ts) goes into it, as its first
 * child, where it names the table.
 */
export default function rehypeTables() {
  return (tree: Root) => {
    const children = tree.children;
    for (let i = 0; i < children.length; i += 1) {
      const table = children[i]!;
      if (table.type !== 'element' || table.tagName !== 'table') continue;
      for (const part of table.children) if (part.type === 'element' && part.tagName === 'thead') markColumnHeaders(part);
      const next = children.findIndex((node, j) => j > i && !(node.type === 'text' && node.value.trim() === ''));
      const caption = children[next];
      if (caption?.type !== 'element' || caption.tagName !== 'caption') continue;
      table.children.unshift(caption);
      children.splice(i + 1, next - i);
    }
  };
}

function markColumnHeaders(thead: Element): void {
  for (const row of thead.children) {
    if (row.type !== 'element') continue;
    for (const cell of row.children) if (cell.type === 'element' && cell.tagName === 'th') cell.properties.scope = 'col';
  }
}
