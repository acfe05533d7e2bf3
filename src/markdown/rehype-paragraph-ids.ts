import type { Element, Root } from 'hast';

/**
 * Numbers an article's body paragraphs `p1`, `p2`, ... so a reader can cite or link one exactly,
 * and gives each a visible link to itself. Only the top-level paragraphs count, in order: the
 * numbering depends on nothing but the body, so `#p4` keeps pointing at the same paragraph.
 *
 * The link is marked `data-pagefind-ignore` (it is not article text) and carries the class
 * PARAGRAPH_LINK_CLASS so feeds and tests can recognise it.
 */
export const PARAGRAPH_LINK_CLASS = 'paragraph-link';

export default function rehypeParagraphIds() {
  return (tree: Root) => {
    let n = 0;
    for (const node of tree.children) {
      if (node.type !== 'element' || node.tagName !== 'p') continue;
      n += 1;
      const id = `p${n}`;
      node.properties.id = id;
      // Search (src/search/): a titled anchor makes each paragraph a Pagefind sub-result, so a hit
      // links straight to `#pN`.
      node.properties.dataPagefindTitle = `Paragraph ${n}`;
      node.children.push({ type: 'text', value: ' ' }, paragraphLink(id, n));
    }
  };
}

function paragraphLink(id: string, n: number): Element {
  return {
    type: 'element',
    tagName: 'a',
    properties: {
      href: `#${id}`,
      className: [PARAGRAPH_LINK_CLASS],
      ariaLabel: `Link to paragraph ${n}`,
      dataPagefindIgnore: '',
    },
    children: [{ type: 'text', value: '¶' }],
  };
}
