import { WORD } from './name-or-heading.ts';

/**
 * Topic tags that a page prints under the article without a heading (RIA Novosti: `Грузия`,
 * `Тбилиси`): each a word or a few, no sentence, naming a topic the text itself names. They are the
 * page's links, kept in the original; the caller decides where a run of them may stand.
 */

/** A tag as pages print one: one to three words, no sentence's punctuation (`Грузия`, `South Caucasus`, `COVID-19`). */
const TAG = /^\p{L}[\p{L}\p{M}\p{N}'’-]*(?: [\p{L}\p{M}\p{N}'’-]+){0,2}$/u;

export const isTagShaped = (line: string): boolean => TAG.test(line);

/** Shorter words (`В`, `of`) name no topic. */
const MIN_TOPIC_WORD = 3;

/**
 * The part of a word its other forms share (`Грузия`, `Грузии`; `Georgia`, `Georgian`): all but two letters, four at
 * least; of a word of four, three (`Вино`, `вина`).
 */
const stem = (word: string) => word.slice(0, word.length === 4 ? 3 : Math.max(4, word.length - 2));

/** Two forms of one word: either starts with the other's stem. */
const sameWord = (a: string, b: string) => a.startsWith(stem(b)) || b.startsWith(stem(a));

/** The lower-case words of a text, to look tags up in. */
export function wordsOf(lines: readonly string[]): string[] {
  return [...new Set(lines.flatMap((line) => [...line.matchAll(WORD)].map(([word]) => word.toLowerCase())))];
}

/** Whether every word of a tag that can name anything is a word of the text, in any of its forms. */
export function namesTopicOf(tag: string, textWords: readonly string[]): boolean {
  const words = [...tag.matchAll(WORD)].map(([word]) => word.toLowerCase()).filter((word) => word.length >= MIN_TOPIC_WORD);
  return words.length > 0 && words.every((word) => textWords.some((other) => sameWord(word, other)));
}

/**
 * Three capitalised topics or more are a site's topics whatever the text names (Medium: `Politics`, `Georgia`,
 * `Journalism` under a post that names none of them): the text's last lines do not come so, one short word a line.
 */
const MIN_GENERAL_TOPICS = 3;
const CAPITALISED = /^\p{Lu}/u;

/**
 * Whether lines under the text are its topic tags: each names a topic of the text; or one does, and the others are a
 * site's general topics (Medium: `Georgia`, `Politics`, `Democracy` over the claps), or they are three capitalised
 * topics or more (MIN_GENERAL_TOPICS); the last two only when none could be a name or an agency signing the text
 * (`Nino Beridze`, `Tbilisi`), which only a tag's naming the text's topic tells apart.
 */
export function areTopicTags(lines: readonly string[], textWords: readonly string[], couldSign: (line: string) => boolean): boolean {
  const naming = lines.filter((line) => namesTopicOf(line, textWords)).length;
  const general = lines.length >= MIN_GENERAL_TOPICS && lines.every((line) => CAPITALISED.test(line));
  return naming === lines.length || ((naming > 0 || general) && !lines.some(couldSign));
}
