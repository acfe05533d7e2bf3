import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';

/**
 * Resolves a body's relative links and images against the article's absolute URL. A feed
 * reader shows the body away from the article's page, where `../../15/other-article/` would
 * resolve against the feed's address, or nothing. Runs after the sanitiser, on URLs it kept.
 */
export default function rehypeAbsoluteUrls({ base }: { base: string }) {
  return (tree: Root) => {
    visit(tree, 'element', (node: Element) => {
      for (const name of ['href', 'src'] as const) {
        const url = node.properties[name];
        if (typeof url === 'string') node.properties[name] = new URL(url, base).href;
      }
    });
  };
}
