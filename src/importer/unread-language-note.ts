import { phraseLanguagesOf } from './own-language-phrases.ts';
import { LANGUAGES } from './phrase-table.ts';

const KNOWN = new Set<string>(LANGUAGES);
const LANGUAGE_NAMES = new Intl.DisplayNames(['en'], { type: 'language' });

/**
 * A clipping read in a language the phrase tables do not know (Catalan, Icelandic), nor one whose phrases it prints as
 * its own (Malay reads Indonesian's): its labels (an update's date, a photo's credit) and the page's own lines in it are
 * read by their layout alone, and may be left in the article's text. The import says so, rather than pass over in silence
 * what it could not read.
 */
export function unreadLanguageNotes(languages: readonly (string | undefined)[]): string[] {
  return languages.flatMap((tag) => {
    if (tag === undefined || phraseLanguagesOf(tag).some((language) => KNOWN.has(language))) return [];
    return [`the importer knows no labels printed in ${LANGUAGE_NAMES.of(tag)} (${tag}): a label in it (an update's date, a photo's credit) or a line of the page's may be left in the article's text; check it`];
  });
}
