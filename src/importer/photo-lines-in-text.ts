import { isParagraph, type Item } from './layout-item.ts';
import { type LineFacts, readFactLine } from './line-facts.ts';
import type { ReadingOptions } from './read-date.ts';

/** A line that states a photo's credit and nothing else (`Image source, Getty Images`, `Foto: Name / AFP`). */
const creditOnly = (facts: LineFacts | undefined) => facts?.credit !== undefined && facts.caption === undefined && facts.date === undefined && facts.authors === undefined;
/** A labelled caption and nothing else (`Image caption, …`, `Подпись к фото, …`). */
const captionOnly = (facts: LineFacts | undefined) => facts?.caption !== undefined && facts.credit === undefined && facts.date === undefined;

/**
 * A later photo of the article set between the text's paragraphs on two lines of its own: the BBC's labelled credit
 * and caption (`Image source, Getty Images`, then `Image caption, …`; `image copyrightAFP`, `image caption…`;
 * `Автор фото, …`, `Подпись к фото, …`), or a caption that ends no sentence over its labelled credit (Der Spiegel: the
 * caption, then `Foto: Name / AFP`). The page's figure, no sentence of the text: the body leaves both lines out (the
 * original keeps them). Only with a paragraph above and below, so a subheading over the text stays the text's; at the
 * top the same lines are the article's photo, read with the header. `from` and `to` bound the body's items.
 */
export function photoLinesInText(items: readonly Item[], from: number, to: number, mastheads: readonly string[], options: ReadingOptions): Item[] {
  const figures: Item[] = [];
  for (let i = from + 1; i + 2 < to; i += 1) {
    const [above, first, second, below] = [items[i - 1]!, items[i]!, items[i + 1]!, items[i + 2]!];
    if (!isParagraph(above.text) || !isParagraph(below.text)) continue;
    const [upper, lower] = [readFactLine(first.text, mastheads, options), readFactLine(second.text, mastheads, options)];
    const captionAbove = captionOnly(upper) || (upper === undefined && !isParagraph(first.text));
    if ((creditOnly(upper) && captionOnly(lower)) || (captionAbove && creditOnly(lower))) {
      figures.push(first, second);
      i += 2;
    }
  }
  return figures;
}
