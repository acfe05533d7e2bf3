import { type Language, type Role } from './phrase-table.ts';
import { LABEL_MARK, PRINTED_PHRASES, phrasesIn, type PhraseRole } from './printed-phrases.ts';

/**
 * A phrase read only in its own language's clippings (Role.ownClippingsOnly): the Dutch byline word `door` opens an English
 * headline (`Door Closes On Georgian Bid`), the Romanian `de` an English name (`De Niro Backs …`). Such a line is no byline
 * unless the clipping is in that language, or another language's phrase of the role opens it too. A clipping whose language
 * is not known reads them all, as nothing tells which are its own.
 */

/**
 * Languages whose clippings print another's phrases as their own: Malay and Indonesian are two standards of one language,
 * whose bylines, labels and credits are alike (`Oleh Name`, `Foto`), so a Malay clipping reads Indonesian's.
 */
const READS_PHRASES_OF: Record<string, string[]> = { ms: ['id'] };

/** The languages whose phrases a clipping in `tag` is read with: its own, and those it prints as its own (`ms`: `ms`, `id`). */
export function phraseLanguagesOf(tag: string): string[] {
  const language = tag.toLowerCase().split(/[-_]/u)[0]!;
  return [language, ...(READS_PHRASES_OF[language] ?? [])];
}

const openings = new Map<PhraseRole, [language: string, opening: RegExp][]>();

/** Each language's phrases of the role as the opening of a line, the word then a label's mark or a blank (byline-lines.ts, BY). */
function openingsOf(role: PhraseRole): [language: string, opening: RegExp][] {
  let found = openings.get(role);
  if (!found) {
    found = Object.keys((PRINTED_PHRASES[role] as Role).phrases).map((language) => [language, new RegExp(String.raw`^${phrasesIn(role, language as Language)}\s*${LABEL_MARK}?\s+`, 'iu')]);
    openings.set(role, found);
  }
  return found;
}

/** Whether `line` opens with the role's phrase only in languages that read it in their own clippings alone, none of them the known clipping's. */
export function opensWithOtherLanguagesPhrase(role: PhraseRole, line: string, languages: readonly string[]): boolean {
  const own = new Set(languages.flatMap(phraseLanguagesOf));
  if (own.size === 0) return false;
  const scoped = new Set<string>((PRINTED_PHRASES[role] as Role).ownClippingsOnly ?? []);
  const opening = openingsOf(role).filter(([, pattern]) => pattern.test(line)).map(([language]) => language);
  return opening.length > 0 && opening.every((language) => scoped.has(language) && !own.has(language));
}
