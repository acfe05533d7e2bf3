import { isParagraph, type Item } from './layout-item.ts';

/** Every word of four letters or more capitalised (`Batumi Airport Breaks Passenger Record`), as English headlines are. */
const inTitleCase = (text: string) => {
  const words = text.match(/\p{L}{4,}/gu) ?? [];
  return words.length > 0 && words.every((word) => /^\p{Lu}/u.test(word));
};

/**
 * Whether the line at `i`, over a paragraph, is the first sub-heading of a text printed in sections (a "News in Brief":
 * each item's headline over its paragraphs): in title case, as another line between two paragraphs below it is. A photo's
 * caption is printed once, over the text, as a sentence is (`The plenary hall of …`), though the text's own sub-headings
 * may follow; a compilation's headings recur down it, each written alike, so the first of them, under the photo's credit,
 * is the text's, not the caption.
 */
export function opensSections(items: readonly Item[], i: number): boolean {
  const heading = (k: number) => !items[k]!.facts && !isParagraph(items[k]!.text) && inTitleCase(items[k]!.text);
  if (!heading(i) || !isParagraph(items[i + 1]?.text ?? '')) return false;
  return items.some((_, k) => k > i + 1 && heading(k) && isParagraph(items[k - 1]!.text) && isParagraph(items[k + 1]?.text ?? ''));
}
