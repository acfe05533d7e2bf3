import type { Root } from 'hast';
import { visit } from 'unist-util-visit';

/**
 * A table's header row names its columns: `scope="col"` on its cells tells a screen reader so, which reads each cell
 * with its column's name (`Votes, 41,233`). A GFM table's first row is its header row (src/importer/body-tables.ts).
 */
export default function rehypeTableHeaders() {
  return (tree: Root) => {
    visit(tree, 'element', (node) => {
      if (node.tagName === 'thead') {
        visit(node, 'element', (cell) => {
          if (cell.tagName === 'th') cell.properties.scope = 'col';
        });
      }
    });
  };
}
