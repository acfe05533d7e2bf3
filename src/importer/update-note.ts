import { LABEL_MARK, phrasesOf } from './printed-phrases.ts';
import { endingIn, FULL_STOPS } from './sentence-end.ts';

/**
 * An editor's note of an update set into the text, its time in brackets after the label (Civil Georgia, at the top or
 * under the last paragraph: `Update (June 6, 14:10): …`). The note is the text's, and stays in the body; its time is
 * the article's last update.
 */
const UPDATE_NOTE = new RegExp(String.raw`^${phrasesOf('updateLabel')}\s*\((?<date>[^()]*\d[^()]*)\)\s*${LABEL_MARK}\s*\S`, 'iu');

/** The date of an update note's bracket, as printed, or undefined when the line is no such note. */
export const updateNoteDate = (text: string): string | undefined => UPDATE_NOTE.exec(text)?.groups?.date?.trim();

/**
 * An editor's note printed over the headline, a statement after its label (Eurasianet: `Correction: An earlier version of
 * this article said … It employs about 3,000.`): the text's note, which stays at the body's top, never the title.
 */
const NOTE_OVER_HEADLINE = new RegExp(String.raw`^${phrasesOf('editorialLabel')}\s*${LABEL_MARK}\s*\S.*${endingIn(FULL_STOPS)}$`, 'iu');
export const isEditorsNote = (text: string): boolean => NOTE_OVER_HEADLINE.test(text);
