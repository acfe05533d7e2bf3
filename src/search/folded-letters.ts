/**
 * Letters that one word is written with in two ways, which Pagefind tells apart. Pagefind lowers
 * case and takes off marks (accents, Greek tonos, Arabic harakat, Hebrew niqqud) in pages and
 * queries alike, but these are letters of their own, so a word typed the usual way missed the
 * article that printed it the other way (measured in Chromium, BENCHMARKS.md, "… letters written
 * two ways"): Persian is typed with its own ye and kaf (`ی`, `ک`) and printed by many pages with
 * the Arabic ones (`ي`, `ك`), and the other way round, and an Arabic final ye often without its
 * dots (`ى`); Arabic stretches words with tatweel (`الحكومـــة`), which a reader never types;
 * Turkish lowers `I` to dotless `ı`, which Pagefind lowers to `i` (`Irak` is `ırak` typed in
 * lower case); Greek lowers a capital sigma at a word's end to `ς`, which Pagefind lowers to `σ`
 * (`ΝΟΜΟΣ` typed for `νόμος`). Each is folded into one letter (tatweel into none): the sigma by
 * Unicode's case folding, the Arabic letters as Lucene's Arabic and Persian normalisers fold
 * them, `ı` as Pagefind already folds `İ`. Both sides are folded: a query as Pagefind is asked it
 * (foldedQuery) and the copy of a page the index step hands Pagefind (foldedForIndex, through
 * src/search/unspaced-words.ts).
 *
 * The page's text must still be shown as printed, so in the copy a folded letter is followed by a
 * mark saying which letter it was: a character of Unicode's private use area, never printed by a
 * paper and, being no letter or digit, left out of the word Pagefind indexes; wherever text is
 * shown, joinedPieces (src/search/unspaced-words.ts) puts the printed letter back by markedLetters.
 */
const FOLDS: readonly { printed: string; folded: string }[] = [
  { printed: 'ی', folded: 'ي' },
  { printed: 'ى', folded: 'ي' },
  { printed: 'ک', folded: 'ك' },
  { printed: 'ـ', folded: '' },
  { printed: 'ı', folded: 'i' },
  { printed: 'ς', folded: 'σ' },
];

/** The first of the marks, one per fold in FOLDS' order. */
const FIRST_MARK = 0xf8f0;
const markOf = (fold: number) => String.fromCharCode(FIRST_MARK + fold);
const PRINTED = new RegExp(`[${FOLDS.map(({ printed }) => printed).join('')}]`, 'g');
/** A mark, with the folded letter before it. */
const MARKED = new RegExp(FOLDS.map(({ folded }, fold) => `${folded}${markOf(fold)}`).join('|'), 'g');

const ANY_PRINTED = new RegExp(PRINTED.source);

const foldOf = (letter: string) => FOLDS.findIndex(({ printed }) => printed === letter);

/** Whether `text` holds a letter that is folded. */
export function hasFoldedLetter(text: string): boolean {
  return ANY_PRINTED.test(text);
}

/** A page's text as the index step hands it to Pagefind: each folded letter folded and marked. */
export function foldedForIndex(text: string): string {
  return text.replace(PRINTED, (letter) => {
    const fold = foldOf(letter);
    return FOLDS[fold]!.folded + markOf(fold);
  });
}

/** A query as Pagefind is asked it: each letter folded as foldedForIndex folds the pages. */
export function foldedQuery(query: string): string {
  return query.replace(PRINTED, (letter) => FOLDS[foldOf(letter)]!.folded);
}

/**
 * Where the index step's marks are in `text` and what stands there as printed: for each mark, the
 * offset of its folded letter (of the mark itself for a letter folded into none), how many
 * characters the two are, and the printed letter.
 */
export function markedLetters(text: string): { index: number; length: number; printed: string }[] {
  return [...text.matchAll(MARKED)].map(({ index, 0: marked }) => ({ index, length: marked.length, printed: FOLDS[marked.codePointAt(marked.length - 1)! - FIRST_MARK]!.printed }));
}
