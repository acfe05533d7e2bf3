/**
 * The words pages print around an article, by what they do (a role) and the language they are
 * printed in: share buttons, related-links headings, date and byline labels, caption labels, ...
 * The importer's line rules (line-facts.ts, chrome-lines.ts, byline-lines.ts, photo-credit-lines.ts)
 * give each role its place in a line; the words are in the tables joined here, one module a kind of
 * role (page-control-phrases.ts, page-note-phrases.ts, list-heading-phrases.ts, byline-phrases.ts,
 * date-phrases.ts, photo-phrases.ts, mail-phrases.ts), so a language is added to a role in one place, and a language a
 * role has no words for is listed with why.
 */

import { BYLINE_PHRASES } from './byline-phrases.ts';
import { DATE_PHRASES } from './date-phrases.ts';
import { LIST_HEADING_PHRASES } from './list-heading-phrases.ts';
import { MAIL_PHRASES } from './mail-phrases.ts';
import { PAGE_CONTROL_PHRASES } from './page-control-phrases.ts';
import { PAGE_NOTE_PHRASES } from './page-note-phrases.ts';
import { PHOTO_PHRASES } from './photo-phrases.ts';
import { type Language, type Phrase, type Role } from './phrase-table.ts';

/** Every role's phrases: the table modules joined. */
export const PRINTED_PHRASES = {
  ...PAGE_CONTROL_PHRASES,
  ...PAGE_NOTE_PHRASES,
  ...LIST_HEADING_PHRASES,
  ...BYLINE_PHRASES,
  ...DATE_PHRASES,
  ...PHOTO_PHRASES,
  ...MAIL_PHRASES,
} as const satisfies Record<string, Role>;

export type PhraseRole = keyof typeof PRINTED_PHRASES;

/**
 * The mark after a label (`Photo: Name`, `Author: Name`), a regex class: a colon, the full-width `：` of Japanese
 * and Chinese (`来源：新华网`), the small `﹕` Hong Kong's pages print (Ming Pao: `相關字詞﹕`), or the Armenian `՝`, which Armenian prints where the others print a colon
 * (`Լուսանկարը՝ Reuters`, `Հեղինակ՝ Name`).
 */
export const LABEL_MARK = '[:：﹕՝]';

const escape = (text: string) => text.replace(/[\\^$.*+?()[\]{}|/]/gu, '\\$&');

/**
 * Turkish dotted and dotless i in either case: JavaScript's case-insensitive matching never folds
 * `İ` to `i` nor `I` to `ı`, so every i of a phrase matches all four (`İLGİLİ HABERLER`, `ALTI`; the
 * patterns are case-insensitive, so `i` covers `I`).
 * Escapes (`\p{L}`, `\s`) and character classes in a fragment are left as they are.
 */
const foldTurkishI = (source: string) => source.replace(/\\[pPu]\{[^}]*\}|\\.|\[(?:\\.|[^\]\\])*\]|[iıİI]/gu, (token) => (token.length === 1 ? '[iıİ]' : token));

/** Greek vowels with their accent and without: Greek capitals drop the accent (`ΔΙΑΒΑΣΤΕ ΕΠΙΣΗΣ` for `Διαβάστε επίσης`), so an accented vowel of a phrase matches both. */
const GREEK_UNACCENTED: Record<string, string> = { ά: 'α', έ: 'ε', ή: 'η', ί: 'ι', ϊ: 'ι', ΐ: 'ι', ό: 'ο', ύ: 'υ', ϋ: 'υ', ΰ: 'υ', ώ: 'ω' };
const foldGreekAccents = (source: string) =>
  source.replace(/\\[pPu]\{[^}]*\}|\\.|\[(?:\\.|[^\]\\])*\]|[άέήίϊΐόύϋΰώ]/gu, (token) => (token.length === 1 ? `[${token}${GREEK_UNACCENTED[token]}]` : token));

const sourceOf = (phrase: Phrase) => foldGreekAccents(foldTurkishI(typeof phrase === 'string' ? escape(phrase) : phrase.fragment));

/** Every phrase of the roles, in every language, as one regex group to place in a line's pattern: `(?:share|partager|…)`. */
export function phrasesOf(...roles: PhraseRole[]): string {
  return groupOf(roles.flatMap((role) => [...((PRINTED_PHRASES[role] as Role).any ?? []), ...Object.values((PRINTED_PHRASES[role] as Role).phrases).flat()]));
}

/**
 * The words opening a role's phrase that ends in another of its phrases (`crédit` of `crédit photo`, `main` of `main image
 * credit`), as one group: where a greedy match before the shorter phrase would swallow them, a look-behind for these keeps the longer.
 */
export function openingsOf(role: PhraseRole): string {
  const table = PRINTED_PHRASES[role] as Role;
  const plain = [...(table.any ?? []), ...Object.values(table.phrases).flat()].filter((phrase): phrase is string => typeof phrase === 'string').map((phrase) => phrase.toLowerCase());
  const phrases = new Set(plain);
  const openings = plain.flatMap((phrase) => {
    const words = phrase.split(' ');
    return words.slice(1).flatMap((_, i) => (phrases.has(words.slice(i + 1).join(' ')) ? [words.slice(0, i + 1).join(' ')] : []));
  });
  return groupOf(openings);
}

/** A role's phrases in one language, as phrasesOf gives them all. */
export const phrasesIn = (role: PhraseRole, language: Language): string => groupOf((PRINTED_PHRASES[role] as Role).phrases[language] ?? []);

function groupOf(phrases: readonly Phrase[]): string {
  const sources = new Set(phrases.map(sourceOf));
  // Longest first, so `related articles` is not cut short by `related` where the pattern is not anchored after it.
  return `(?:${[...sources].sort((a, b) => b.length - a.length).join('|')})`;
}
