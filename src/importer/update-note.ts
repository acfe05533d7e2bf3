import { LABEL_MARK, phrasesOf } from './printed-phrases.ts';

/**
 * An editor's note of an update set into the text, its time in brackets after the label (Civil Georgia, at the top or
 * under the last paragraph: `Update (June 6, 14:10): …`). The note is the text's, and stays in the body; its time is
 * the article's last update.
 */
const UPDATE_NOTE = new RegExp(String.raw`^${phrasesOf('updateLabel')}\s*\((?<date>[^()]*\d[^()]*)\)\s*${LABEL_MARK}\s*\S`, 'iu');

/** The date of an update note's bracket, as printed, or undefined when the line is no such note. */
export const updateNoteDate = (text: string): string | undefined => UPDATE_NOTE.exec(text)?.groups?.date?.trim();
