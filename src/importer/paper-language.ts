import path from 'node:path';
import { detectLanguage } from './clipping-language.ts';
import { ImportError } from './errors.ts';
import type { NewSource } from './new-source.ts';

/**
 * The language of a paper the import adds, when --language does not give it. Every article page
 * marks its text with its paper's language (`<article lang>`), which screen readers and hyphenation
 * follow, so a wrong one mislabels all the paper's articles: it is never English by default. A saved
 * page's own declaration (`<html lang>`, `inLanguage`) is printed, so it is taken; else the text
 * tells it when clipping-language.ts is sure of it; else the archivist is asked, by the option's name.
 */

/** What a clipping tells of its language: the page's declaration, else its text, else nothing. */
export function languageOfClipping(declared: string | undefined, text: string): string | undefined {
  return declared ?? detectLanguage(text);
}

const LANGUAGE_FIX = 'pass --language TAG with the paper\'s BCP 47 language tag (e.g. --language ka, --language en)';

export function unknownLanguage(paper: string): ImportError {
  return new ImportError(`the language of ${paper}, a paper new to the archive, is not given, the clipping does not declare it, and its text is too short or too mixed to tell it`, LANGUAGE_FIX);
}

/**
 * The language of the paper --new-source adds, learnt from its first clipping when --language did
 * not give it: the profile is shared by the run's clippings and written with the first article,
 * so it is set once. A later clipping that tells another language is refused rather than filed
 * under the wrong one.
 */
export function settleNewSourceLanguage(created: NewSource | undefined, file: string, declared: string | undefined, text: string): void {
  if (created === undefined || created.languageFrom === '--language') return;
  const language = languageOfClipping(declared, text);
  if (created.languageFrom === undefined) {
    if (language === undefined) throw unknownLanguage(`"${created.source.name}"`);
    created.source.language = language;
    created.languageFrom = path.basename(file);
  } else if (language !== undefined && language !== created.source.language) {
    throw new ImportError(
      `this clipping is in ${language}, but the new paper "${created.source.name}" was given the language ${created.source.language} by ${created.languageFrom}, the first clipping read`,
      `${LANGUAGE_FIX}, or import the clippings of each language as a paper of its own`,
    );
  }
}
