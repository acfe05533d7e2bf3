import { cutQuery, joinedPieces } from '../unspaced-words.ts';
import { searchForm } from '../entity-names.ts';
import type { PagefindFragment } from './pagefind-api.ts';

/**
 * A concordance (keyword in context): every matched word of every result on a line of its own,
 * centred between the words around it. Pagefind gives each result's text with words separated by
 * single spaces and the numbers of the words the search matched (`locations`); each paragraph
 * that holds a match is a sub-result whose anchor (`#pN`) lists its matched words too.
 */

/** Words shown on each side of a matched word. */
export const CONTEXT_WORDS = 8;

export interface ConcordanceLine {
  /** The words before the match and a space, and punctuation before it within its token ("“"). */
  left: string;
  /** The matched word without the punctuation around it. */
  hit: string;
  right: string;
  title: string;
  /** The article's instant (ISO 8601), as its result's metadata holds it. */
  published: string;
  /** The paragraph (`…/#p3`, base path included), or the article for a match in its title. */
  url: string;
  /** The paragraph number, absent for a match before the first paragraph (the title). */
  paragraph?: number;
  /** The word's number in the article's text: lines of one article keep their reading order. */
  position: number;
}

/** What a line needs of a result's fragment (a type, so tests can build one by hand). */
export type ConcordanceSource = Pick<PagefindFragment, 'url' | 'content' | 'locations' | 'meta' | 'sub_results'>;

const PARAGRAPH_ID = /^p(\d+)$/;

/** A token's punctuation apart from its word: `“Bibilov,”` -> `“`, `Bibilov`, `,”`. */
function splitToken(token: string): [string, string, string] {
  const [, before = '', word = '', after = ''] = /^([^\p{L}\p{N}]*)(.*?)([^\p{L}\p{N}]*)$/su.exec(token) ?? [];
  return word === '' ? ['', token, ''] : [before, word, after];
}

/** The lines of one result, in reading order; none for a result matched only in its metadata. */
export function concordanceLines(source: ConcordanceSource): ConcordanceLine[] {
  const words = source.content.match(/\S+/g) ?? [];
  const paragraphOf = new Map<number, { paragraph: number; url: string }>();
  for (const sub of source.sub_results) {
    const match = PARAGRAPH_ID.exec(sub.anchor?.id ?? '');
    if (match) for (const location of sub.locations) paragraphOf.set(location, { paragraph: Number(match[1]), url: sub.url });
  }
  const positions = [...new Set(source.locations)].filter((at) => at < words.length).sort((a, b) => a - b);
  return positions.map((position) => {
    const [before, hit, after] = splitToken(words[position]!);
    const left = words.slice(Math.max(0, position - CONTEXT_WORDS), position);
    const right = words.slice(position + 1, position + 1 + CONTEXT_WORDS);
    const place = paragraphOf.get(position);
    // Joined as the text has them: `left + hit + right` is the line's text (Chinese and Japanese
    // words without the spaces the index put between them).
    const [leftText, hitText, rightText] = joinedPieces([left.map((word) => `${word} `).join('') + before, hit, after + right.map((word) => ` ${word}`).join('')]);
    return {
      left: leftText!,
      hit: hitText!,
      right: rightText!,
      title: source.meta.title ?? source.url,
      published: source.meta.published ?? '',
      url: place?.url ?? source.url,
      ...(place ? { paragraph: place.paragraph } : {}),
      position,
    };
  });
}

export const LINE_ORDERS = ['results', 'left', 'right'] as const;
/** As the results come (their order: best match, newest or oldest), or by the word beside the match. */
export type LineOrder = (typeof LINE_ORDERS)[number];

/** The words of a side nearest the match first, as compared: "the meeting in" -> in, meeting, the. */
function sideKey(text: string, side: 'left' | 'right'): string[] {
  // Chinese, Japanese or Thai words are told apart as the index tells them (src/search/unspaced-words.ts).
  const words = cutQuery(text).split(/\s+/).map(searchForm).filter(Boolean);
  return side === 'left' ? words.reverse() : words;
}

const COLLATOR = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

function compareKeys(a: string[], b: string[]): number {
  for (let i = 0; i < Math.max(a.length, b.length); i += 1) {
    // A side that ends sooner (the start of the text) sorts first.
    if (a[i] === undefined || b[i] === undefined) return a[i] === undefined ? (b[i] === undefined ? 0 : -1) : 1;
    const order = COLLATOR.compare(a[i]!, b[i]!);
    if (order !== 0) return order;
  }
  return 0;
}

/**
 * Lines by the words beside the match, nearest first (as concordances sort: left by the word just
 * before, then the one before that); ties oldest article first, then in reading order. `results`
 * keeps the order the lines came in.
 */
export function sortLines(lines: ConcordanceLine[], order: LineOrder): ConcordanceLine[] {
  if (order === 'results') return lines;
  const keyed = lines.map((line) => ({ line, key: sideKey(line[order], order) }));
  keyed.sort(
    (a, b) =>
      compareKeys(a.key, b.key) ||
      a.line.published.localeCompare(b.line.published) ||
      a.line.title.localeCompare(b.line.title) ||
      a.line.position - b.line.position,
  );
  return keyed.map(({ line }) => line);
}
