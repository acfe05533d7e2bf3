import { isParagraph, type Item, wordCount } from './layout-item.ts';
import { STATEMENT_END } from './sentence-end.ts';

/**
 * A kicker longer than the headline under it (Der Spiegel: `Zum Tod von Tamaz Kvirikashvili`, then `Der Erzähler von
 * Tiflis`, then the teaser): the shorter line is the headline when a standfirst of full sentences follows it, since a
 * standfirst stands under the headline, and a headline's own second line is no shorter headline without a full stop.
 */

/** Most words of such a kicker: a name and a few words about it. */
const MOST_WORDS = 6;

/** Whether `plain[i]` (the header's lines that state no fact, in order) is a kicker over a shorter headline and its standfirst. */
export function isKickerOverShortHeadline(plain: readonly Item[], i: number): boolean {
  const [item, headline, standfirst] = [plain[i]!, plain[i + 1], plain[i + 2]];
  return (
    headline !== undefined &&
    standfirst !== undefined &&
    !headline.facts &&
    !headline.byline &&
    !standfirst.facts &&
    // One under the other, no fact line between them (`By Name`, then a place alone, is no headline under a kicker), though
    // a copy may put blank lines between any two.
    headline.lineOfText === item.lineOfText + 1 &&
    standfirst.lineOfText === headline.lineOfText + 1 &&
    wordCount(headline.text) >= 2 &&
    wordCount(item.text) <= MOST_WORDS &&
    !isParagraph(item.text) &&
    !isParagraph(headline.text) &&
    wordCount(headline.text) < wordCount(item.text) &&
    STATEMENT_END.test(standfirst.text) &&
    wordCount(standfirst.text) > wordCount(item.text)
  );
}
