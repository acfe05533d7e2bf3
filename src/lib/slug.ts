import { transliterate } from 'transliteration';

/**
 * Slugs are the last segment of an article's permalink. They are ASCII only so that a URL copied
 * into a citation, an e-mail or a footnote survives every system it passes through.
 */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const SLUG_MAX_LENGTH = 80;

/**
 * Latin letters the transliteration table spells with no letter: Azerbaijani `ə` came out `@`, a
 * word break (`məktəb` was `m-kt-b`). Azerbaijani written in ASCII, as its sites' addresses are,
 * spells it `e` (`məktəb` -> `mekteb`).
 */
const ASCII_SPELLING: Readonly<Record<string, string>> = { ə: 'e', ǝ: 'e' };

/**
 * Lower-case ASCII words of `text`, accents folded (`Tsikhelashvili`, `Zürich` -> `zurich`), and the
 * Latin letters Unicode does not decompose transliterated (`ı` -> `i`, `ß` -> `ss`, `ø` -> `o`,
 * `æ` -> `ae`, `đ` -> `d`, `ł` -> `l`, `œ` -> `oe`, `þ` -> `th`, `ə` -> `e`) rather than taken for
 * word breaks (`arasında` was `aras-nda`). Letters of other scripts in such a title are left out, as before.
 */
function asciiWords(text: string): string[] {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/\p{Script=Latin}/gu, (letter) => (/[a-z]/.test(letter) ? letter : (ASCII_SPELLING[letter] ?? transliterate(letter))))
    // An apostrophe joins a word (Putin’s -> putins), it does not split it.
    .replace(/['’‘`ʼ]/g, '')
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

/** A run of letters (and their marks) of any script but Latin: `Газета` in `Газета.Ru`. */
const OTHER_SCRIPT_RUN = /(?:(?!\p{Script=Latin})\p{L}[\p{M}]*)+/gu;

/**
 * The words of a slug: a title with Latin letters gives its own words, the letters of other scripts
 * among them transliterated (`Газета.Ru` -> `gazeta-ru`, not `ru`); one with none (Cyrillic,
 * Georgian, CJK) is transliterated to Latin whole. A change to this rule never moves a published
 * permalink: an archived article keeps the slug its file records, and a re-import finds it there by
 * what it is, not by the slug its title gives today (src/importer/write-article.ts, archivedSlug).
 */
function slugWords(title: string): string[] {
  const words = asciiWords(title);
  if (!words.some((word) => /[a-z]/.test(word))) return asciiWords(transliterate(title));
  return asciiWords(title.replace(OTHER_SCRIPT_RUN, (run) => transliterate(run)));
}

/**
 * The slug of a title, cut at a word boundary to at most `maxLength` characters
 * (`Путин встретился…` -> `putin-vstretilsya-…`). Returns '' only when nothing in the title
 * transliterates to a Latin letter or digit (emoji, punctuation); the caller then supplies a
 * fallback, because only it knows what makes the article unique.
 */
export function slugify(title: string, maxLength = SLUG_MAX_LENGTH): string {
  let slug = '';
  for (const word of slugWords(title)) {
    const next = slug ? `${slug}-${word}` : word;
    if (next.length > maxLength) {
      slug ||= word.slice(0, maxLength);
      break;
    }
    slug = next;
  }
  // `/2019/03/08/2/` is the second page of that day's list, so an article's slug is never a number.
  return isPageNumber(slug) ? `${slug}-article` : slug;
}

/** All digits: a segment list pages use for their page numbers. */
export function isPageNumber(segment: string): boolean {
  return /^\d+$/.test(segment);
}

/** `slug`, `slug-2`, `slug-3`, ...: the first candidate `isTaken` says is free. */
export function disambiguate(slug: string, isTaken: (candidate: string) => boolean): string {
  if (!isTaken(slug)) return slug;
  for (let n = 2; ; n += 1) {
    const candidate = `${slug}-${n}`;
    if (!isTaken(candidate)) return candidate;
  }
}
