import type { Element, ElementContent, Root, Text } from 'hast';
import { SKIP, visit } from 'unist-util-visit';

/**
 * Finishes what the sanitiser starts. A link whose URL was refused is kept as its words (an `<a>`
 * with no href would look like a link and go nowhere); an image whose URL was refused is kept as
 * its alt text, and so is a remote image: the CSP allows images from this site only, and a
 * remote one would tell its host who reads the archive. Links that leave the site open without
 * handing it the reader's window or the page they came from.
 */
export default function rehypeInertLinks() {
  return (tree: Root) => {
    visit(tree, 'element', (node: Element, index, parent) => {
      if (!parent || index === undefined) return;
      if (node.tagName === 'a' && typeof node.properties.href !== 'string') {
        parent.children.splice(index, 1, ...node.children);
        return [SKIP, index];
      }
      if (node.tagName === 'img' && !isOnThisSite(node.properties.src)) {
        const alt = typeof node.properties.alt === 'string' ? node.properties.alt : '';
        const replacement: ElementContent[] = alt ? [{ type: 'text', value: alt } satisfies Text] : [];
        parent.children.splice(index, 1, ...replacement);
        return [SKIP, index];
      }
      if (node.tagName === 'a' && isExternal(node.properties.href as string)) {
        node.properties.rel = ['noopener', 'noreferrer'];
      }
      return undefined;
    });
  };
}

function isExternal(href: string): boolean {
  return /^https?:\/\//i.test(href);
}

/** A relative URL: no scheme, no host. */
function isOnThisSite(url: unknown): boolean {
  return typeof url === 'string' && !/^([a-z][a-z0-9+.-]*:|\/\/)/i.test(url);
}
