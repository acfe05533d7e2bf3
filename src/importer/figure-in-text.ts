import { isParagraph, type Item } from './layout-item.ts';
import { type LineFacts, readFactLine } from './line-facts.ts';
import type { ReadingOptions } from './read-date.ts';
import { LABELLED_CAPTION, PHOTO_COPYRIGHT } from './photo-credit-lines.ts';
import { SENTENCE_BREAK, STATEMENT_END } from './sentence-end.ts';

/**
 * The article's later photos set between the text's paragraphs, which are the page's figures, no sentences of the
 * text: the body leaves them out (the original keeps them). A figure is one line (isFigureInText) or two
 * (figureOnTwoLines); at the top the same lines are the article's photo, read with the header.
 */

/**
 * The lines of the text between `from` and `to` that are later photos' figures. A list of links set into the text
 * (`inserts`, text-lists.ts) is no neighbour: a figure under one stands under the paragraph above the list.
 */
export function figuresInText(items: readonly Item[], from: number, to: number, inserts: ReadonlySet<Item>, mastheads: readonly string[], options: ReadingOptions): Set<Item> {
  // Each line's facts are read once: both forms ask of most lines of the text, and reading a line is the costly part.
  const read = new Map<Item, LineFacts | undefined>();
  const factsOf: FactsOf = (item) => {
    if (!read.has(item)) read.set(item, readFactLine(item.text, mastheads, options));
    return read.get(item);
  };
  const figures = new Set<Item>();
  for (let i = from + 1; i + 2 < to; i += 1) {
    if (figureOnTwoLines(items, i, factsOf)) {
      figures.add(items[i]!).add(items[i + 1]!);
      i += 2;
    }
  }
  const text = items.filter((item) => !inserts.has(item));
  const position = new Map(text.map((item, k) => [item, k]));
  for (const item of items.slice(from, to)) {
    const k = position.get(item);
    if (k !== undefined && isFigureInText(text, k, factsOf)) figures.add(item);
  }
  return figures;
}

type FactsOf = (item: Item) => LineFacts | undefined;

/** A line that states a photo's credit and nothing else (`Image source, Getty Images`, `Foto: Name / AFP`). */
const creditOnly = (facts: LineFacts | undefined) => facts?.credit !== undefined && facts.caption === undefined && facts.date === undefined && facts.authors === undefined;
/** A labelled caption and nothing else (`Image caption, …`, `Подпись к фото, …`). */
const captionOnly = (facts: LineFacts | undefined) => facts?.caption !== undefined && facts.credit === undefined && facts.date === undefined;

/**
 * A later photo set between the text's paragraphs on two lines of its own, from `i`: the BBC's labelled credit
 * and caption (`Image source, Getty Images`, then `Image caption, …`; `image copyrightAFP`, `image caption…`;
 * `Автор фото, …`, `Подпись к фото, …`), or a caption that ends no sentence over its labelled credit (Der Spiegel: the
 * caption, then `Foto: Name / AFP`). Only with a paragraph above and below, so a subheading over the text stays the text's.
 */
function figureOnTwoLines(items: readonly Item[], i: number, factsOf: FactsOf): boolean {
  const [above, first, second, below] = [items[i - 1]!, items[i]!, items[i + 1]!, items[i + 2]!];
  if (!isParagraph(above.text) || !isParagraph(below.text)) return false;
  const [upper, lower] = [factsOf(first), factsOf(second)];
  // One sentence over a copyright credit is its picture's caption (VRT NWS: `Archiefbeeld van een trein …`, then
  // `© BELGA/KURT DESPLENTER`), where a labelled credit alone under a sentence is a picture printed with none (Frontnews).
  const sentenceOverCopyright = upper === undefined && !SENTENCE_BREAK.test(first.text) && PHOTO_COPYRIGHT.test(second.text);
  const captionAbove = captionOnly(upper) || (upper === undefined && !isParagraph(first.text)) || sentenceOverCopyright;
  return (creditOnly(upper) && captionOnly(lower)) || (captionAbove && creditOnly(lower));
}

/**
 * A photo set between the text's paragraphs on one line, its caption and credit (NBC News:
 * `<caption>.Vano Shlamov / AFP via Getty Images`) or its credit alone (Frontnews: `ფოტო:
 * ფრონტნიუსი`) or a video's labelled caption alone: the page's figure, no sentence of the text, so the body leaves it out (the original
 * keeps it). Only between a statement and the text's next paragraph, where no header's line stands;
 * a line stating a date or names there is the text's.
 */
function isFigureInText(items: readonly Item[], i: number, factsOf: FactsOf): boolean {
  const [above, item, below] = [items[i - 1], items[i]!, items[i + 1]];
  if (!above || !below || !STATEMENT_END.test(above.text) || !isParagraph(below.text)) return false;
  // A video's labelled caption stands alone, no credit under it (the BBC: `Media caption, Watch: …`).
  if (LABELLED_CAPTION.test(item.text)) return true;
  const facts = item.facts ?? factsOf(item);
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
