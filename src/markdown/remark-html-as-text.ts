import type { Html, Paragraph, Parent, Root, Text } from 'mdast';
import { visit, SKIP } from 'unist-util-visit';

/**
 * Raw HTML in an article becomes the visible, inert text it was written as.
 *
 * Passed through (as Astro's Markdown does), a `<script>` or `<img onerror>` in a hand-edited
 * article would run in every reader's browser; dropped (remark-rehype's default), it would lose
 * words the clipping printed; showing it as text keeps them and runs nothing. A block of HTML becomes a
 * paragraph, so the text stays in the flow of the article rather than loose at the top level.
 */
export default function remarkHtmlAsText() {
  return (tree: Root) => {
    visit(tree, 'html', (node: Html, index, parent: Parent | undefined) => {
      if (!parent || index === undefined) return;
      const text: Text = { type: 'text', value: node.value, position: node.position };
      const inFlow = parent.type === 'root' || parent.type === 'blockquote' || parent.type === 'listItem';
      const replacement: Text | Paragraph = inFlow
        ? { type: 'paragraph', children: [text], position: node.position }
        : text;
      parent.children.splice(index, 1, replacement as never);
      return SKIP;
    });
  };
}
