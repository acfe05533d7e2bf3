import type { Block } from './html-input.ts';

/** Most words of a label: a section's name (`Climate adaptation`) or a kind of page (`Direktrapport`). */
const MOST_WORDS = 3;

/**
 * A label the page prints over its headline inside the element that holds the article (Kaktus.media's
 * section `Общество` beside the date, swissinfo's kicker `Climate adaptation`, SVT's `Direktrapport` over a
 * live blog), which Readability keeps as the text's first block: a few words with no punctuation nor digit,
 * before the text's first paragraph. A subheading inside the text has paragraphs before it and stays.
 */
export function withoutLabelOverText(blocks: Block[]): Block[] {
  const [first, ...rest] = blocks;
  if (first === undefined || rest.length === 0) return blocks;
  const words = first.text.split(/\s+/u);
  return words.length <= MOST_WORDS && !/[\p{P}\p{N}]/u.test(first.text) ? rest : blocks;
}
