import { BYLINE_NOTE, withoutJobAfterCapitals } from './byline-lines.ts';

/**
 * Names from a byline as outlets print it in their language: "Par Marie Dupont et Jean Martin",
 * "Von Anna Schmidt und Paul Weber", "Автор: Иван Петров". The byline word is dropped and the list
 * split, so an author is always a name, never "By Par Marie Dupont".
 */

/** "By", "Par", "Von", "Por", "Di", "De", "Door", "Av", "Автор", "ავტორი", with an optional colon. */
const BYLINE_WORD = /^(?:by|par|von|por|di|de|da|door|av|af|przez|автор(?:ы)?|авторка|ავტორი)\s*:?\s+/iu;
/** Said with a colon ("Автор:") or followed by two or more words, a byline word is not part of a name ("Di Maio"). */
const BYLINE_WORD_BEFORE_NAME = /^(?:by\s|\S+\s*:\s*|\S+\s+\S+\s+\S)/iu;
/** "and" in the languages bylines are printed in, and the punctuation that lists names. */
const SEPARATOR = /\s*[,;&]\s*|\s+(?:and|et|und|y|e|i|en|och|og|и|та|і|და|ve)\s+/iu;

function withoutBylineWord(text: string): string {
  const word = BYLINE_WORD.exec(text);
  if (!word) return text;
  const isEnglishBy = /^by\b/i.test(text);
  return isEnglishBy || BYLINE_WORD_BEFORE_NAME.test(text) ? text.slice(word[0].length) : text;
}

export function bylineNames(bylines: readonly string[]): string[] {
  // A note after the names is no name: `Marie Dupont (Poti (Géorgie), envoyée spéciale)` (Le Monde; its place is the dateline).
  const names = bylines.flatMap((byline) => withoutJobAfterCapitals(withoutBylineWord(byline.replace(/\s+/g, ' ').trim().replace(BYLINE_NOTE, ''))).split(SEPARATOR));
  return [...new Set(names.map((name) => name.trim()).filter(Boolean))];
}
