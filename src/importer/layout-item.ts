import { type LineFacts } from './line-facts.ts';
import { phrasesOf } from './printed-phrases.ts';
import { endingIn, SENTENCE_MARKS } from './sentence-end.ts';

/**
 * A line of a clipping as the generic reader (read-layout.ts) sees it, and what its words alone tell:
 * a paragraph's sentence, a label, a menu's item.
 */

export interface Item {
  /** 0-based line index in the clipping. */
  index: number;
  /** 0-based among the clipping's lines of text: one under the other whatever blank lines a copy put between them. */
  lineOfText: number;
  text: string;
  facts: (LineFacts & { chrome?: true }) | undefined;
  /** The clipping's lines from `index` on that this one paragraph was copied over, joined by spaces. */
  joined?: string;
  /** The names of a line under a headline (bylineUnderHeadline), which is no headline under a kicker. */
  byline?: LineFacts;
  /** A line of the site's menu, as read over all the lines (menuEnd). */
  menu?: true;
  /** A headline right under the kind of article the page prints (section-label.ts), which is no kicker. */
  underSection?: true;
  /** A sentence right under the title read as the caption of the photo credited below it, which may be the standfirst (captionBeside). */
  standfirstOrCaption?: true;
}

/**
 * Japanese and Chinese set no blank between words: three of their characters count as a word, so that a headline, a
 * menu's item and a paragraph of theirs count about as many words as they do in English (a 28-character headline, 11).
 * Thai sets none either, and its vowel and tone marks make its letters no measure: its words are ICU's (Intl.Segmenter,
 * whose dictionary knows Thai), Thai PBS's `เชียงใหม่เร่งแก้ฝุ่นควันก่อนฤดูฝน` eight.
 */
const EAST_ASIAN_LETTERS = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu;
const THAI = /\p{Script=Thai}/u;
const THAI_WORDS = new Intl.Segmenter('th', { granularity: 'word' });
export const wordCount = (text: string) =>
  THAI.test(text)
    ? [...THAI_WORDS.segment(text)].filter((segment) => segment.isWordLike).length
    : text.split(' ').length + Math.floor((text.match(EAST_ASIAN_LETTERS)?.length ?? 0) / 3);
/** The last sentence's end, then its editor's name in full-width brackets and the day's code (the Central News Agency: `…的法律。（編輯：陳佳宜）1130528`). */
const EDITOR_SIGN_OFF = String.raw`[。！？]（[^（）]{1,30}）\d*`;
const ENDS_IN_EDITOR_SIGN_OFF = new RegExp(`${EDITOR_SIGN_OFF}$`, 'u');
export const endsInEditorSignOff = (text: string) => ENDS_IN_EDITOR_SIGN_OFF.test(text);
/**
 * A sentence or more: a paragraph of text, not a title or a label; the last may end in the article's end mark (`■`, the
 * Economist) or an editor's sign-off (EDITOR_SIGN_OFF). Armenian ends a sentence with `։`.
 */
export const PARAGRAPH_END = new RegExp(String.raw`(?:${endingIn(SENTENCE_MARKS)}(?:\s*[■◼])?|${EDITOR_SIGN_OFF}|;)$`, 'u');
/**
 * Thai ends a sentence with a blank or the line, no mark, so a paragraph of its text is told by its length alone: longer than
 * its headlines run (Thai PBS's eight words, Matichon's fourteen), as a line with no mark in another script is when longer
 * than 30 words.
 */
export const isParagraph = (text: string) =>
  PARAGRAPH_END.test(text) || (text.endsWith(':') && !isLabel(text)) || wordCount(text) > (THAI.test(text) ? 16 : 30);
/** A kicker with a colon, `Georgien:` (Die Zeit): a word or three, no sentence's lead-in. */
const isLabel = (text: string) => /^\p{L}[\p{L}-]*(?: \p{L}[\p{L}-]*){0,2}:$/u.test(text);

/** `Anna Keller obituary`: a name, then the word that makes the line an obituary's headline, never a kicker or a menu's item. */
const OBITUARY_HEADLINE = new RegExp(String.raw`^(?:\S+\s){1,6}${phrasesOf('obituaryHeadline')}$`, 'iu');
export const isObituaryHeadline = (text: string) => OBITUARY_HEADLINE.test(text);

/** A menu's item: one to three words, no sentence (`World`, `Reuters home`, `U.S.`). */
export const isMenuText = (text: string) => wordCount(text) <= 3 && (!isParagraph(text) || /^(?:\p{L}{1,3}\.){2,}$/u.test(text)) && !isObituaryHeadline(text);
export const isMenuItem = (item: Item) => isMenuText(item.text);
/**
 * Lines in a row that make a site's menu as a browser copies it, one item a line. Four, since two
 * kickers and a short headline (`Europe`, `Georgia`, `Protests continue`) make three; menus run
 * to five and more (Reuters: `Reuters home`, `World`, `Business`, `Markets`, `Europe`).
 */
export const MENU_RUN = 4;
