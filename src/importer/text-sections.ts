import { isParagraph, type Item } from './layout-item.ts';

/**
 * Whether the line at `i`, no sentence, over a paragraph, is the first sub-heading of a text printed in sections (a
 * "News in Brief": each item's headline over its paragraphs): another such line stands between two paragraphs below it.
 * A photo's caption is printed once, over the text; a compilation's headings recur down it, so the first of them, under
 * the photo's credit, is the text's, not the caption.
 */
export function opensSections(items: readonly Item[], i: number): boolean {
  if (isParagraph(items[i]!.text) || !isParagraph(items[i + 1]?.text ?? '')) return false;
  return items.some((item, k) => k > i + 1 && !item.facts && !isParagraph(item.text) && isParagraph(items[k - 1]!.text) && isParagraph(items[k + 1]?.text ?? ''));
}
