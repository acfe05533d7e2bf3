import { isParagraph, type Item } from './layout-item.ts';
import { readFactLine } from './line-facts.ts';
import type { ReadingOptions } from './read-date.ts';
import { STATEMENT_END } from './sentence-end.ts';

/**
 * The paper's name alone on a line between two paragraphs of the text, under the header's date or byline (Politika:
 * `Политика` under the first paragraph, its name being the Serbian word for politics): a line of the article, which
 * the body keeps. Above the headline or in the byline's place the same line is the masthead, the page's; here the text
 * has begun, and what the line says there (a heading, a photo's credit, a word of the text) no rule of the page tells.
 */
export function paperNamesInText(items: readonly Item[], window: number, options: ReadingOptions): Item[] {
  const headerFact = items.findIndex((item) => item.facts?.date !== undefined || item.facts?.authors !== undefined);
  if (headerFact === -1) return [];
  return items.slice(headerFact + 2, window).filter((item, k) => {
    const [above, below] = [items[headerFact + 1 + k]!, items[headerFact + 3 + k]];
    if (!item.facts?.chrome || above.facts || !STATEMENT_END.test(above.text) || !below || below.facts || !isParagraph(below.text)) return false;
    // Chrome only for naming the paper: read without the paper's names, the line states nothing.
    return readFactLine(item.text, [], options) === undefined;
  });
}
