import type { Element, Root } from 'hast';

/**
 * Numbers an article's body paragraphs `p1`, `p2`, ... so a reader can cite or link one exactly,
 * and gives each a visible link to itself. Only the top-level paragraphs count, in order: the
 * numbering depends on nothing but the body, so `#p4` keeps pointing at the same paragraph.
 *
 * The link carries no class and no data-pagefind-ignore: a body paragraph's only link with an
 * `aria-label` is this one (raw HTML in a body becomes text, and Markdown links cannot label
 * themselves), so PARAGRAPH_LINK_SELECTOR finds it for the stylesheet, the search index
 * (Pagefind's excludeSelectors) and tests. The class and the attribute cost 45 bytes a
 * paragraph, about 760 bytes on an average benchmark article. Feeds get bodies without ids,
 * titles and links (renderFeedMarkdown in src/markdown/article-markdown.ts).
 */
export const PARAGRAPH_LINK_SELECTOR = 'p[id] > a[aria-label]';

/** The link's accessible name; "link" is the role a screen reader already announces. */
export function paragraphLabel(n: number): string {
  return `Paragraph ${n}`;
}

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
      node.properties.dataPagefindTitle = paragraphLabel(n);
      node.children.push({ type: 'text', value: ' ' }, paragraphLink(id, n));
    }
  };
}

function paragraphLink(id: string, n: number): Element {
  return {
    type: 'element',
    tagName: 'a',
    // Out of the Tab order: a keyboard reader would otherwise tab through every paragraph's mark
    // before reaching the links after the body. The link stays a link (screen readers list it,
    // a click follows it), and the page says how to link a paragraph (src/components/CiteArticle.astro).
    properties: { href: `#${id}`, ariaLabel: paragraphLabel(n), tabIndex: -1 },
    children: [{ type: 'text', value: '¶' }],
  };
}
