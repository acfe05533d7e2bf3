import { nameAt } from './entity-names.ts';
import { joinedPieces, joinedText } from './unspaced-words.ts';

/**
 * A Pagefind excerpt is the page's plain text with `<` and `>` (and nothing else) escaped, and
 * `<mark>` around matched words. It is never parsed as HTML: it is cut at the mark tags, the two
 * escapes are undone, and every piece becomes a text node, so an article quoting
 * `<img src=x onerror=...>` shows those characters and runs nothing.
 */
export interface ExcerptSegment {
  text: string;
  marked: boolean;
}

export function excerptSegments(excerpt: string): ExcerptSegment[] {
  const pieces: ExcerptSegment[] = [];
  let marked = false;
  for (const piece of excerpt.split(/(<\/?mark>)/)) {
    if (piece === '<mark>') marked = true;
    else if (piece === '</mark>') marked = false;
    else if (piece !== '') pieces.push({ text: unescapeExcerpt(piece), marked });
  }
  return asPrinted(pieces).flatMap((segment) => (segment.marked ? markWordOnly(segment.text) : [segment]));
}

/** Segments of Pagefind's text without the spaces the index step put between Chinese, Japanese or Thai words (src/search/unspaced-words.ts). */
function asPrinted(segments: ExcerptSegment[]): ExcerptSegment[] {
  const texts = joinedPieces(segments.map((segment) => segment.text));
  return segments.map((segment, i) => ({ ...segment, text: texts[i]! })).filter((segment) => segment.text !== '');
}

/** Pagefind's excerpts escape `<` and `>` of the page's text, and nothing else. */
function unescapeExcerpt(text: string): string {
  return text.replace(/&lt;/g, '<').replace(/&gt;/g, '>');
}

/**
 * Pagefind marks whole space-separated tokens, `“Tsikhelashvili,”` with its quotes and comma;
 * only the word itself is marked, the punctuation around it stays plain text.
 */
function markWordOnly(token: string): ExcerptSegment[] {
  const [, before = '', word = '', after = ''] = /^([^\p{L}\p{N}]*)(.*?)([^\p{L}\p{N}]*)$/su.exec(token) ?? [];
  if (word === '') return [{ text: token, marked: false }];
  return [
    ...(before ? [{ text: before, marked: false }] : []),
    { text: word, marked: true },
    ...(after ? [{ text: after, marked: false }] : []),
  ];
}

/**
 * Pagefind cuts an excerpt at a count of words, so it starts and ends mid-sentence ("Leader in
 * Moscow. Anatoly…"), and the page's text begins with the title the result's heading already
 * shows. `tidyExcerpt` leaves out a cut sentence at either end, and the title at the start, when
 * they hold no marked word; a cut sentence that does hold one is kept, and the cut is shown by an
 * ellipsis.
 */
export interface ExcerptCuts {
  /** The excerpt begins inside a sentence of the page. */
  cutStart: boolean;
  /** The excerpt ends inside a sentence of the page. */
  cutEnd: boolean;
}

const SENTENCES = new Intl.Segmenter('en', { granularity: 'sentence' });
/**
 * ICU's sentence rules (Intl.Segmenter) end a sentence at every full stop before a capital, so a
 * full stop after a capitalised word of up to three letters or after a word with a full stop
 * inside is taken for an abbreviation: "S. Ossetia", "Mr. Putin", "U.S. President".
 */
const ABBREVIATION = /(?:^|\s)(?:\p{Lu}\p{L}{0,2}|\p{L}+\.[\p{L}.]*)\.\s*$/u;
/** Characters of the page's text around an excerpt that decide whether it is cut. */
const CONTEXT = 40;

/** Offsets in `text` where a sentence starts, other than 0. */
export function sentenceStarts(text: string): number[] {
  const starts: number[] = [];
  for (const { index } of SENTENCES.segment(text)) {
    if (index > 0 && !ABBREVIATION.test(text.slice(Math.max(0, index - 12), index))) starts.push(index);
  }
  return starts;
}

/**
 * Whether an excerpt (its plain text, as Pagefind gives it) is cut from the middle of a sentence
 * of `content`, the page's text; it is looked for from `from` on (a paragraph's start). Where it
 * is not found, it is taken as cut at both ends.
 */
export function excerptCuts(content: string, plainExcerpt: string, from = 0): ExcerptCuts {
  const plain = unescapeExcerpt(plainExcerpt);
  const at = content.indexOf(plain, from);
  if (plain === '' || at < 0) return { cutStart: true, cutEnd: true };
  const before = content.slice(Math.max(0, at - CONTEXT), at);
  const after = content.slice(at + plain.length, at + plain.length + CONTEXT);
  const gap = /^\s*/.exec(after)![0].length;
  return {
    cutStart: before.trim() !== '' && !sentenceStarts(before + plain).includes(before.length),
    cutEnd: after.trim() !== '' && !sentenceStarts(plain + after).includes(plain.length + gap),
  };
}

/** `segments` without the cut or repeated sentences at either end (see ExcerptCuts). */
export function tidyExcerpt(segments: ExcerptSegment[], { cutStart, cutEnd }: ExcerptCuts, title = ''): ExcerptSegment[] {
  const text = segments.map((segment) => segment.text).join('');
  const marks: [number, number][] = [];
  let offset = 0;
  for (const { text: piece, marked } of segments) {
    if (marked) marks.push([offset, offset + piece.length]);
    offset += piece.length;
  }
  const unmarked = (from: number, to: number) => !marks.some(([start, end]) => start < to && end > from);
  const starts = sentenceStarts(text);

  let from = 0;
  let lead = '';
  const titleEnd = title !== '' && text.startsWith(title) ? title.length + /^[.\s]*/.exec(text.slice(title.length))![0].length : 0;
  if (titleEnd > 0 && titleEnd < text.length && unmarked(0, titleEnd)) from = titleEnd;
  else if (cutStart) {
    const first = starts[0];
    if (first !== undefined && unmarked(0, first)) from = first;
    else lead = '…';
  }
  let to = text.length;
  let tail = '';
  if (cutEnd) {
    const last = starts.at(-1);
    if (last !== undefined && last > from && unmarked(last, to)) to = last;
    else tail = '…';
  }
  return [
    ...(lead ? [{ text: lead, marked: false }] : []),
    ...sliceSegments(segments, from, to),
    ...(tail ? [{ text: tail, marked: false }] : []),
  ];
}

/** The text of `segments` between two offsets, outer spaces trimmed. */
function sliceSegments(segments: ExcerptSegment[], from: number, to: number): ExcerptSegment[] {
  const sliced: ExcerptSegment[] = [];
  let offset = 0;
  for (const { text, marked } of segments) {
    const piece = text.slice(Math.max(0, from - offset), Math.max(0, to - offset));
    offset += text.length;
    if (piece !== '') sliced.push({ text: piece, marked });
  }
  const first = sliced[0];
  if (first) first.text = first.text.trimStart();
  const last = sliced.at(-1);
  if (last) last.text = last.text.trimEnd();
  return sliced.filter((segment) => segment.text !== '');
}

/** The plain text of segments, as a reader sees it. */
export function segmentsText(segments: ExcerptSegment[]): string {
  return segments.map((segment) => segment.text).join('');
}

/** Where word number `word` of a page's text begins (Pagefind numbers the space-separated words). */
export function wordOffset(content: string, word: number): number {
  let number = 0;
  for (const match of content.matchAll(/\S+/g)) {
    if (number === word) return match.index;
    number += 1;
  }
  return content.length;
}

/** An excerpt's text without the ellipses that show its cuts. */
export function passageText(segments: ExcerptSegment[]): string {
  return segmentsText(segments).replace(/^…|…$/g, '');
}

/**
 * `excerpt` without its closing sentences when they are the opening of one of `passages` (the
 * paragraphs listed below it, which show them whole): it is cut at the first sentence from which
 * on it repeats one of them, and keeps at least its first sentence.
 */
export function withoutRepeatedEnd(excerpt: ExcerptSegment[], passages: string[]): ExcerptSegment[] {
  const text = segmentsText(excerpt);
  for (const start of sentenceStarts(text)) {
    const rest = text.slice(start).replace(/…$/, '');
    if (passages.some((passage) => passage.startsWith(rest))) return sliceSegments(excerpt, 0, start);
  }
  return excerpt;
}

/** The sentences of an excerpt that hold a marked word, as text without the ellipses. */
export function markedSentences(segments: ExcerptSegment[]): string[] {
  const text = segmentsText(segments);
  const bounds = [0, ...sentenceStarts(text), text.length];
  const marks: number[] = [];
  let offset = 0;
  for (const { text: piece, marked } of segments) {
    if (marked) marks.push(offset);
    offset += piece.length;
  }
  return bounds
    .slice(1)
    .map((end, i) => [bounds[i]!, end] as const)
    .filter(([start, end]) => marks.some((mark) => mark >= start && mark < end))
    .map(([start, end]) => text.slice(start, end).replace(/…/g, '').trim());
}

/**
 * The sentence in which `content` (Pagefind's text of a page) first prints `name` (nameAt), shown
 * as printed, with the name marked; none if it does not. For a result found through metadata,
 * where Pagefind marks nothing.
 */
export function sentenceAround(content: string, name: string): ExcerptSegment[] {
  const text = joinedText(content);
  const found = nameAt(text, name);
  if (!found) return [];
  const starts = [0, ...sentenceStarts(text)];
  const start = starts.filter((offset) => offset <= found.index).at(-1) ?? 0;
  const end = starts.find((offset) => offset > found.index) ?? text.length;
  const after = found.index + found.length;
  return [
    { text: text.slice(start, found.index), marked: false },
    { text: text.slice(found.index, after), marked: true },
    { text: text.slice(after, end).trimEnd(), marked: false },
  ].filter((segment) => segment.text !== '');
}
