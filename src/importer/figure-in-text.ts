import { isParagraph, type Item } from './layout-item.ts';
import { readFactLine } from './line-facts.ts';
import type { ReadingOptions } from './read-date.ts';
import { STATEMENT_END } from './sentence-end.ts';

/**
 * A photo set between the text's paragraphs, its caption and credit on one line (NBC News:
 * `<caption>.Vano Shlamov / AFP via Getty Images`) or its credit alone (Frontnews: `ფოტო:
 * ფრონტნიუსი`): the page's figure, no sentence of the text, so the body leaves it out (the original
 * keeps it). Only between a statement and the text's next paragraph, where no header's line stands;
 * a line stating a date or names there is the text's.
 */
export function isFigureInText(items: readonly Item[], i: number, mastheads: readonly string[], options: ReadingOptions): boolean {
  const [above, item, below] = [items[i - 1], items[i]!, items[i + 1]];
  if (!above || !below || !STATEMENT_END.test(above.text) || !isParagraph(below.text)) return false;
  const facts = item.facts ?? readFactLine(item.text, mastheads, options);
  return facts?.credit !== undefined && facts.date === undefined && facts.authors === undefined && facts.update === undefined;
}

/**
 * Whether the text has begun above the lone credit at `i`: two sentences over it, under the header's
 * date or byline (Frontnews: the date, two paragraphs, then `ფოტო: ფრონტნიუსი`). The line above is
 * then the text's paragraph, not the photo's caption (CNN prints the caption right under the date).
 */
export function textBegunAbove(items: readonly Item[], i: number): boolean {
  const [first, second] = [items[i - 2], items[i - 1]];
  if (!first || !second || first.facts || second.facts || !isParagraph(first.text) || !isParagraph(second.text)) return false;
  return items.slice(0, i - 2).some((item) => item.facts?.date !== undefined || item.facts?.authors !== undefined);
}
