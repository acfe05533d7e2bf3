import { expect, it } from 'vitest';
import { excerptCuts, excerptSegments, passageText, segmentsText, tidyExcerpt, withoutRepeatedEnd, wordOffset } from '../../src/search/excerpt.ts';

it('splits an excerpt at the mark tags into marked and plain text', () => {
  expect(excerptSegments('met <mark>Bibilov</mark> in <mark>Moscow</mark>.')).toEqual([
    { text: 'met ', marked: false },
    { text: 'Bibilov', marked: true },
    { text: ' in ', marked: false },
    { text: 'Moscow', marked: true },
    { text: '.', marked: false },
  ]);
});

it('gives back the characters of markup quoted in the text, which Pagefind escapes', () => {
  // As Pagefind 1.6 delivers it: only < and > are escaped, & is left alone.
  expect(excerptSegments('a &lt;img src=x onerror=alert(1)&gt; &amp; &lt;mark&gt; <mark>b</mark>')).toEqual([
    { text: 'a <img src=x onerror=alert(1)> &amp; <mark> ', marked: false },
    { text: 'b', marked: true },
  ]);
});

it('marks the word, not the quotes and punctuation Pagefind marks with it', () => {
  expect(excerptSegments('said <mark>“Tsikhelashvili,”</mark> then <mark>...</mark>')).toEqual([
    { text: 'said ', marked: false },
    { text: '“', marked: false },
    { text: 'Tsikhelashvili', marked: true },
    { text: ',”', marked: false },
    { text: ' then ', marked: false },
    { text: '...', marked: false },
  ]);
});

// Fixture text of our own: a page's text as Pagefind holds it (title, then body), one space between words.
const PAGE = 'Ferry Returns to Poti. The old ferry sailed again on Monday. Captain Mr. Abashidze said the S. Black Sea crossing took nine hours. Passengers cheered at the quay.';

/** An excerpt as Pagefind writes it: a run of the page's words, with the matched ones marked. */
function pagefindExcerpt(from: number, to: number, marked: string[]) {
  const words = PAGE.split(' ').slice(from, to);
  return { excerpt: words.map((word) => (marked.includes(word) ? `<mark>${word}</mark>` : word)).join(' '), plain: words.join(' ') };
}

function tidied(from: number, to: number, marked: string[], title = '') {
  const { excerpt, plain } = pagefindExcerpt(from, to, marked);
  return segmentsText(tidyExcerpt(excerptSegments(excerpt), excerptCuts(PAGE, plain), title));
}

it('tells whether an excerpt starts or ends inside a sentence of the page', () => {
  expect(excerptCuts(PAGE, 'Ferry Returns to Poti.')).toEqual({ cutStart: false, cutEnd: false });
  expect(excerptCuts(PAGE, 'to Poti. The old ferry')).toEqual({ cutStart: true, cutEnd: true });
  expect(excerptCuts(PAGE, 'Passengers cheered at the quay.')).toEqual({ cutStart: false, cutEnd: false });
  // "Mr." and "S." end no sentence.
  expect(excerptCuts(PAGE, 'Abashidze said the S.')).toEqual({ cutStart: true, cutEnd: true });
  // Text the page does not hold is taken as cut at both ends.
  expect(excerptCuts(PAGE, 'nowhere')).toEqual({ cutStart: true, cutEnd: true });
});

it('starts and ends an excerpt at sentence bounds, leaving out cut sentences without a marked word', () => {
  // "Poti. The old ferry ... hours. Passengers cheered": the cut ends hold no mark.
  expect(tidied(3, 26, ['ferry'])).toBe('The old ferry sailed again on Monday. Captain Mr. Abashidze said the S. Black Sea crossing took nine hours.');
});

it('keeps a cut sentence that holds a marked word, and shows the cut with an ellipsis', () => {
  // "ferry sailed again on Monday. Captain Mr.": the marked sentence is cut, the unmarked one left out.
  expect(tidied(6, 13, ['sailed'])).toBe('…ferry sailed again on Monday.');
  // One sentence, cut at both ends, with the marked word inside.
  expect(tidied(12, 18, ['Abashidze'])).toBe('…Mr. Abashidze said the S. Black…');
});

it('leaves out the title at the start, which the result\'s heading shows, unless a word in it is marked', () => {
  expect(tidied(0, 11, ['ferry'], 'Ferry Returns to Poti')).toBe('The old ferry sailed again on Monday.');
  expect(tidied(0, 11, ['Poti.'], 'Ferry Returns to Poti')).toBe('Ferry Returns to Poti. The old ferry sailed again on Monday.');
});

it('ends an excerpt before the sentences a listed paragraph shows whole', () => {
  const excerpt = excerptSegments('The old <mark>ferry</mark> sailed again on Monday. Captain Mr. Abashidze said the S. Black Sea…');
  const paragraph = 'Captain Mr. Abashidze said the S. Black Sea crossing took nine hours.';
  expect(passageText(withoutRepeatedEnd(excerpt, [paragraph]))).toBe('The old ferry sailed again on Monday.');
  // An excerpt that is all repetition keeps its first sentence.
  expect(passageText(withoutRepeatedEnd(excerptSegments(paragraph), [paragraph]))).toBe(paragraph);
  expect(withoutRepeatedEnd(excerpt, ['Something else.'])).toEqual(excerpt);
});

it('finds where a word of the page starts', () => {
  expect(PAGE.slice(wordOffset(PAGE, 4))).toMatch(/^The old ferry/);
  expect(wordOffset(PAGE, 0)).toBe(0);
});
