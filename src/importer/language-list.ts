import { LANGUAGES } from './phrase-table.ts';
import { phrasesOf } from './printed-phrases.ts';

/** `This article is also available in:` alone on its line, the languages one a line under it (Balkan Insight). */
const LABEL = new RegExp(String.raw`^${phrasesOf('alsoAvailableIn')}\s*:?$`, 'iu');

/** Every two-letter language code; the ones Intl names are the languages (ISO 639-1), so no table of names is kept here. */
const CODES = Array.from({ length: 26 * 26 }, (_, n) => String.fromCharCode(97 + Math.floor(n / 26), 97 + (n % 26)));

const namesByLanguage = new Map<string, ReadonlySet<string>>();

/** The languages' names as `language` writes them (`Bosnian`, `Serbian` in English), in lower case. */
function languageNames(language: string): ReadonlySet<string> {
  let names = namesByLanguage.get(language);
  if (!names) {
    const display = new Intl.DisplayNames([language], { type: 'language', fallback: 'none' });
    names = new Set(CODES.flatMap((code) => display.of(code)?.toLowerCase() ?? []));
    namesByLanguage.set(language, names);
  }
  return names;
}

/** The codes Intl names: the languages (ISO 639-1). */
function languageCodes(): string[] {
  const inEnglish = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' });
  return CODES.filter((code) => inEnglish.of(code) !== undefined);
}

let ownNamesRead: ReadonlySet<string> | undefined;
/** Each language's name as it writes itself (`ქართული`, `Deutsch`), in lower case: a switcher may name each language so. */
function ownNames(): ReadonlySet<string> {
  if (!ownNamesRead) {
    // Each language is asked of its own locale, once, when a switcher's label is found.
    ownNamesRead = new Set(languageCodes().flatMap((code) => new Intl.DisplayNames([code], { type: 'language', fallback: 'none' }).of(code)?.toLowerCase() ?? []));
  }
  return ownNamesRead;
}

/**
 * One past the languages listed one a line under the label at `i` (`This article is also available in:`, `Bosnian`,
 * `Serbian`): links to the page in other languages, which are the page's, not the article's. Undefined when the line
 * is no such label or no language's name follows it in the clipping's languages or in its own.
 */
export function languageListEnd(lines: readonly string[], i: number, languages: readonly string[] = ['en']): number | undefined {
  if (!LABEL.test(lines[i] ?? '')) return undefined;
  const isLanguage = (line: string) => ownNames().has(line.toLowerCase()) || languages.some((language) => languageNames(language).has(line.toLowerCase()));
  let end = i + 1;
  while (end < lines.length && isLanguage(lines[end]!)) end += 1;
  return end > i + 1 ? end : undefined;
}

let codesByName: ReadonlyMap<string, string> | undefined;

/**
 * The code of a language named in English or in any language the importer reads (`French`, `Français`,
 * `Anglais` -> fr, fr, en): how a database's metadata names an article's language, in the language of
 * the interface it was exported from (Factiva's `LA` says `Anglais` for an English article in French).
 * English is asked first, so a name two languages write alike is read as English writes it.
 */
export function languageCodeOfName(name: string): string | undefined {
  if (!codesByName) {
    const names = new Map<string, string>();
    const codes = languageCodes();
    for (const language of ['en', ...LANGUAGES]) {
      const display = new Intl.DisplayNames([language], { type: 'language', fallback: 'none' });
      for (const code of codes) {
        const written = display.of(code)?.toLowerCase();
        if (written !== undefined && !names.has(written)) names.set(written, code);
      }
    }
    codesByName = names;
  }
  return codesByName.get(name.trim().toLowerCase());
}
