import { inCapitals } from './caseless-script.ts';
import { isParagraph, type Item, wordCount } from './layout-item.ts';
import { endingIn, SENTENCE_MARKS, STATEMENT_END } from './sentence-end.ts';

/**
 * A link to another story set between the text's paragraphs as its headline in capitals (Fox News:
 * `GEORGIAN PRESIDENT VETOES 'FOREIGN AGENTS' BILL AFTER WEEKS OF MASS PROTESTS`), no heading of
 * the text's: capitals only, no mark at its end, between a statement and the text's next paragraph.
 * A sub-heading in capitals is shorter (`WHAT HAPPENS NEXT`) or asks its question with its mark
 * (`WHAT DOES THE BILL SAY?`, AP): a headline names who did what, five words or more.
 */
const MIN_WORDS = 5;
const ENDS_IN_MARK = new RegExp(`${endingIn(`${SENTENCE_MARKS};:,`)}$`, 'u');

export const isHeadlineInCapitals = (items: readonly Item[], i: number): boolean => {
  const [above, line, below] = [items[i - 1], items[i]!, items[i + 1]];
  if (!above || !below || !inCapitals(line.text) || ENDS_IN_MARK.test(line.text) || wordCount(line.text) < MIN_WORDS) return false;
  return STATEMENT_END.test(above.text) && isParagraph(below.text);
};
