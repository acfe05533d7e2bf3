import { isMenuItem, isParagraph, wordCount, type Item } from './layout-item.ts';
import { SENTENCE_BREAK, STATEMENT_END } from './sentence-end.ts';

/**
 * The one sentence a page prints under its section's name to say what the section is (Foreign Policy:
 * `Argument`, then `An expert's point of view on a current event.`, then the headline). It belongs to
 * the kicker above it: no title, and no paragraph of the text, so the header goes on past it to the
 * byline and date. Told by where it stands, between a section's short name and a line that may be a
 * headline (no sentence), since a standfirst stands under its headline, never above it.
 */

/** Most words of such a description: one short sentence. */
const MOST_WORDS = 15;

/** Whether `plain[i]` (the header's lines that state no fact, in order) is a section's description under its name. */
export function isKickerDescription(plain: readonly Item[], i: number): boolean {
  const [above, item, below] = [plain[i - 1], plain[i]!, plain[i + 1]];
  return (
    above !== undefined &&
    below !== undefined &&
    isMenuItem(above) &&
    // A statement: a headline may ask a question under its kickers (the Guardian's opinion: `… – will Europe fight for them?`).
    STATEMENT_END.test(item.text) &&
    wordCount(item.text) <= MOST_WORDS &&
    !SENTENCE_BREAK.test(item.text) &&
    !isParagraph(below.text) &&
    wordCount(below.text) > wordCount(above.text)
  );
}
