import { foldedForIndex, foldedQuery, hasFoldedLetter, markedLetters } from './folded-letters.ts';

/**
 * Chinese, Japanese, Thai, Lao, Khmer and Burmese put no space between words, and the index is
 * built as one language (src/search/index-site.ts), in which Pagefind splits words only at
 * whitespace: a run of han and kana, or of Thai letters, up to the next blank was one "word", so
 * `议会` or `อนุมัติ` was found only where such a run began with it. So the copy of an article page
 * that the index step hands Pagefind has the text of these scripts cut into words
 * (src/search/segmented-page.ts), and so has every query the search page sends
 * (src/search/client/pagefind-api.ts), by the same rule: ICU's word boundaries (`Intl.Segmenter`,
 * in Node and in every browser; ICU picks its dictionary by the script, whatever the locale),
 * kept only where the text on one side of them is in one of these scripts. Korean is left as it
 * is written: it puts spaces between its words, and a noun with its particle (`의회가`) is found
 * by the noun alone, since Pagefind matches the words a searched word begins.
 *
 * Pagefind's text (excerpts, the page's content, the title) holds its words joined by single
 * spaces, so a space the index step put in must be told from one the page has: each comes with
 * WORD_MARK glued to the word after it. Pagefind indexes letters and digits only, so the mark
 * changes no indexed word; joinedPieces takes space and mark out again wherever text is shown.
 * The same copy and queries have the letters written two ways folded (src/search/folded-letters.ts),
 * which joinedPieces prints again too.
 */

/**
 * The scripts written without spaces between words that ICU cuts by dictionary: han and kana, and
 * what is written only among them (`ー`, `々`, `、`, `。`, `「`), Thai, Lao, Khmer and Myanmar.
 */
const UNSPACED_SCRIPTS = '\\p{scx=Han}\\p{scx=Hiragana}\\p{scx=Katakana}\\p{scx=Thai}\\p{scx=Lao}\\p{scx=Khmer}\\p{scx=Myanmar}';
const UNSPACED = new RegExp(`[${UNSPACED_SCRIPTS}]`, 'u');
const UNSPACED_AT_END = new RegExp(`[${UNSPACED_SCRIPTS}]$`, 'u');

/**
 * Glued to the start of a word the index step cut off from what comes before it. An ASCII
 * punctuation mark: Pagefind leaves it out of the indexed word and, unlike other punctuation,
 * finds no second word in it (its compound-word rule splits at ASCII punctuation only).
 */
export const WORD_MARK = '_';

/**
 * A space with WORD_MARK after it, next to one of these scripts on either side: one the index step
 * made. At the start of a text (an excerpt, a concordance line) the space and what was before it
 * are cut off: there the mark is one when the word after it holds such text, or is cut from the next.
 */
const MADE_SPACE = new RegExp(`(?<=${UNSPACED.source}) ${WORD_MARK}| ${WORD_MARK}(?=${UNSPACED.source})|^${WORD_MARK}(?=\\S*${UNSPACED.source}|\\S+ ${WORD_MARK})`, 'gu');

/**
 * One locale for pages and queries alike, so both are cut in the same places. ICU's dictionaries
 * go by script, not locale; Node's ICU and Chromium's cut Chinese, Japanese, Thai and Burmese in
 * the same places, Lao and Khmer a few long words apart (BENCHMARKS.md, "Thai, Lao, Khmer and
 * Burmese words in the index").
 */
const WORDS = new Intl.Segmenter('ja', { granularity: 'word' });

/**
 * The blocks that these scripts and the marks written among them are in (and astral characters,
 * where more han is): a test of character ranges, many times faster than UNSPACED's Unicode
 * properties over a whole page (2.1 ms for a 33 KB page in English, BENCHMARKS.md), so a page
 * without them costs next to nothing.
 */
const UNSPACED_BLOCKS = /[\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff\u19e0-\u19ff\u2e80-\u9fff\ua9e0-\ua9ff\uaa60-\uaa7f\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef\ud800-\udbff]/;

/** Whether `text` holds text of a script written without spaces, the text segmentation works on. */
export function hasUnspacedScript(text: string): boolean {
  return UNSPACED_BLOCKS.test(text) && UNSPACED.test(text);
}

/** Whether cutForIndex changes anything in `text`. */
export function changedForIndex(text: string): boolean {
  return hasUnspacedScript(text) || hasFoldedLetter(text);
}

/** Brackets and quotation marks that open: they go with the word after them. */
const OPENING = /^[\p{Ps}\p{Pi}]+$/u;

/**
 * `text` with a `separator` put before each word that ICU's word boundaries start where text of
 * these scripts meets it (the first character of the word or the last before it): `议会28日以` ->
 * `议会 28 日 以`, `คณะรัฐมนตรีอนุมัติ` -> `คณะ รัฐมนตรี อนุมัติ`. Punctuation stays with the word
 * before it, an opening bracket or quotation mark with the word after it; other text is left as it is.
 */
function cutWords(text: string, separator: string): string {
  return text.replace(/\S+/g, (chunk) => {
    if (!UNSPACED.test(chunk)) return chunk;
    let cut = '';
    let opened = false;
    for (const { segment, index, isWordLike } of WORDS.segment(chunk)) {
      const opening = OPENING.test(segment);
      const before = chunk.slice(Math.max(0, index - 2), index);
      if (index > 0 && !opened && (isWordLike || opening) && (UNSPACED.test(segment[0]!) || UNSPACED_AT_END.test(before))) cut += separator;
      opened = opening;
      cut += segment;
    }
    return cut;
  });
}

/**
 * A page's text as the index step hands it to Pagefind: the words of these scripts apart, each
 * space marked, and the letters written two ways folded (src/search/folded-letters.ts). `before`
 * is the text just before it in another element (`议会<a>大楼</a>`): where both are in these
 * scripts, they are cut apart there too.
 */
export function cutForIndex(text: string, before = ''): string {
  const separator = ` ${WORD_MARK}`;
  const joined = UNSPACED_AT_END.test(before.slice(-2)) && UNSPACED.test(text[0] ?? '');
  return foldedForIndex((joined ? separator : '') + cutWords(text, separator));
}

/** A query as Pagefind is asked it: its words of these scripts apart and its letters folded, as cutForIndex cut the pages. */
export function cutQuery(query: string): string {
  return foldedQuery(cutWords(query, ' '));
}

/**
 * Pieces of Pagefind's text (an excerpt cut at its marks, a concordance line's three parts) with
 * the spaces the index step made taken out and the folded letters printed again, each piece
 * keeping its own characters: a reader sees `议会推翻`, as the article prints it, never `议会 _推翻`.
 */
export function joinedPieces(pieces: string[]): string[] {
  const text = pieces.join('');
  // What stands as printed at an offset of `text` where the index step changed it: '' for what it added.
  const printed = new Map<number, string>();
  for (const { index, 0: space } of text.matchAll(MADE_SPACE)) for (let i = 0; i < space.length; i += 1) printed.set(index + i, '');
  for (const { index, length, printed: letter } of markedLetters(text)) for (let i = 0; i < length; i += 1) printed.set(index + i, i === 0 ? letter : '');
  if (printed.size === 0) return pieces;
  let offset = 0;
  return pieces.map((piece) => {
    let kept = '';
    for (let i = 0; i < piece.length; i += 1) kept += printed.get(offset + i) ?? piece[i];
    offset += piece.length;
    return kept;
  });
}

/** One text of Pagefind's (a title) as the page has it. */
export function joinedText(text: string): string {
  return joinedPieces([text])[0]!;
}
