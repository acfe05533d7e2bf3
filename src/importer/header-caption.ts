import { readArabicCaption } from './arabic-caption.ts';
import type { LineFacts } from './line-facts.ts';
import { phrasesOf } from './printed-phrases.ts';

/**
 * A news agency alone in brackets after a sentence: `… on May 28, 2024. (Reuters)`. Under the text it is the agency
 * signing off (body-facts.ts, signOffAgency); only in the header, under the title, is it a photo's caption and credit
 * (Arab News), so the caller asks there alone. Matched without the `i` flag: an agency in brackets is printed as it
 * spells its name, and `(ansa)` in lower case after a sentence is a sign-off's form.
 */
const CAPTION_WITH_AGENCY = new RegExp(String.raw`^(?<caption>.*[\p{L}\d]{2}[.!?])\s+\((?<credit>${phrasesOf('wireAgency')})\)$`, 'u');
/**
 * The same with a photo agency, whose name no sign-off prints (the Korea Herald: `(123rf)`), or the mark of a photo whose
 * author is not named (Fraternité Matin: `… à Anyama. (DR)`); their tables are matched in any case.
 */
const CAPTION_WITH_PHOTO_AGENCY = new RegExp(String.raw`^(?<caption>.*[\p{L}\d]{2}[.!?])\s+\((?<credit>${phrasesOf('photoAgency', 'rightsReservedMark')})\)$`, 'iu');

/**
 * The paper's own photographer in capitals after the caption's sentence, no agency (El País: `… el 8 de diciembre. DATO
 * KORIDZE`), or in the name's own case (Heraldo de Aragón: `… de Zaragoza, este martes. Oliver Duch`): two to four names.
 * Under the text such a line would be a sentence and a reporter's sign-off.
 */
const CAPTION_WITH_PHOTOGRAPHER = /^(?<caption>.*[\p{L}\d]{2}[.!?])\s+(?<credit>\p{Lu}{2,}(?:[-'’]\p{Lu}+)*(?:\s\p{Lu}{2,}(?:[-'’]\p{Lu}+)*){1,3}|\p{Lu}\p{Ll}+(?:[-'’]\p{Lu}\p{Ll}+)*(?:\s\p{Lu}\p{Ll}+(?:[-'’]\p{Lu}\p{Ll}+)*){1,3})$/u;

/**
 * The source the photo was taken from, labelled after the caption's sentence (Obozrevatel: `Станція метро "Либідська". Джерело:
 * КМДА`): a few words ending no sentence. Under the text such a line is a sentence and the story's source (CNA: `Source: Reuters/fs`).
 */
const CAPTION_WITH_SOURCE = new RegExp(String.raw`^(?<caption>.*[\p{L}\d]{2}["»”’']?[.!?])\s+${phrasesOf('sourceLabel')}\s*:\s*(?<credit>[^\s.!?][^.!?]{0,40}[^\s.!?])$`, 'iu');

/** The caption and credit of such a line in the header, or undefined. */
export function readHeaderCaption(line: string): LineFacts | undefined {
  const groups = (CAPTION_WITH_AGENCY.exec(line) ?? CAPTION_WITH_PHOTO_AGENCY.exec(line) ?? CAPTION_WITH_PHOTOGRAPHER.exec(line) ?? CAPTION_WITH_SOURCE.exec(line))?.groups;
  return groups ? { caption: groups.caption!, credit: groups.credit! } : readArabicCaption(line);
}
