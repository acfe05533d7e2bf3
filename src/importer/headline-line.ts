import { isKickerDescription } from './kicker-description.ts';
import { isKickerOverShortHeadline } from './kicker-over-short-headline.ts';
import { isMenuItem, isObituaryHeadline, isParagraph, type Item, MENU_RUN, wordCount } from './layout-item.ts';
import { isSectionTrail } from './section-label.ts';
import { endingIn, SENTENCE_BREAK } from './sentence-end.ts';

/**
 * A headline that asks a question (the Guardian: `… – will Europe fight for them?`): one question of a headline's length,
 * no sentence before it, which a paragraph's question has.
 */
const QUESTION_END = new RegExp(`${endingIn('?')}$`, 'u');
const isQuestionHeadline = (text: string) => QUESTION_END.test(text) && wordCount(text) <= 20 && !SENTENCE_BREAK.test(text);
/** No sentence, or a headline that asks a question: a line that may be a headline. */
export const mayBeHeadline = (text: string) => !isParagraph(text) || isQuestionHeadline(text);
/**
 * The most words of a headline under a kicker, given the line under the headline. Under a one-word
 * section (`Esteri`) a headline may run to 20 (Corriere: `Georgia, stop ai negoziati con l’Ue:
 * migliaia in piazza a Tbilisi, scontri con la polizia`), and so under two words when a longer
 * standfirst follows it (`ABC Internacional`, a headline of 15 words, a standfirst of 19: a short
 * headline's standfirst has no longer line under it), and under three or four (Clarín: `Crisis en el
 * Cáucaso`) when that standfirst is a sentence, full stop and all, as the line under a short headline
 * is not always; otherwise a line past 14 words is the standfirst, and the kicker a short headline
 * (`Georgia votes`).
 */
function headlineWords(kicker: Item, headline: Item, standfirst: Item | undefined): number {
  const kickerWords = wordCount(kicker.text);
  const longerStandfirst = standfirst !== undefined && !standfirst.facts && wordCount(standfirst.text) > wordCount(headline.text);
  const sentence = /[.!?]["'”’»)]*$/u.test(standfirst?.text ?? '');
  return kickerWords === 1 || (longerStandfirst && (kickerWords === 2 || sentence)) ? 20 : 14;
}

/**
 * A kicker or section label above the headline (`World News`, `Proteste in Georgien`): a short line
 * followed by a longer headline-like line, or by another kicker (an outlet's name, then a shorter
 * section: `Интерфакс`, `Политика`). A standfirst is longer still, so a headline is no kicker.
 */
export function isKicker(plain: readonly Item[], i: number): boolean {
  const [item, next, after] = [plain[i]!, plain[i + 1], plain[i + 2]];
  return (
    next !== undefined &&
    !isObituaryHeadline(item.text) &&
    !next.facts &&
    !next.byline &&
    !item.underSection &&
    (wordCount(item.text) <= 4 || isSectionTrail(item.text)) &&
    ((mayBeHeadline(next.text) && next.text.length > item.text.length && wordCount(next.text) <= headlineWords(item, next, after)) ||
      isKicker(plain, i + 1) ||
      // The section's name over its one-sentence description (kicker-description.ts).
      isKickerDescription(plain, i + 1))
  ) || (!item.underSection && isKickerOverShortHeadline(plain, i));
}

/**
 * The headline among the header's text lines (in order, facts left out): the first that is no
 * kicker, below the page's menu if one was copied (`Reuters home`, `World`, `Business`, ...:
 * MENU_RUN or more one-to-three-word lines in a row), since what stands above a menu is the page's.
 */
export function titleOf(plain: readonly Item[]): Item | undefined {
  let below = 0;
  for (let i = MENU_RUN - 1; i < plain.length - 1; i += 1) {
    if (plain.slice(i - MENU_RUN + 1, i + 1).every(isMenuItem)) below = i + 1;
  }
  // The run's last line may itself be the headline's kicker; a menu only ends where a longer line follows.
  while (below > 0 && below < plain.length && isMenuItem(plain[below]!)) below += 1;
  // Short lines may run on past the menu into the header over the date (menuEnd): a short headline. And the menu
  // menuEnd found ends there though its run here is short of MENU_RUN: the masthead and the kinds of article among
  // its items (`OC Media`, `News`, `Analysis`) are fact lines, left out of `plain`.
  const header = plain.findIndex((item) => !item.menu);
  if (header > 0) below = header;
  const start = below < plain.length ? below : 0;
  const candidates = plain.slice(start);
  return candidates.find((_, i) => !isKicker(candidates, i) && !isKickerDescription(plain, start + i)) ?? candidates[0];
}
